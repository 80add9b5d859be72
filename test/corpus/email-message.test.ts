import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';

// A newsletter as a mail client saves it: a list's headers, an encoded subject, a plain-text part and a
// quoted-printable web page.
const MESSAGE = [
  'From: Example Now <briefing@example.com>',
  'Subject: =?UTF-8?Q?Friday_Briefing:_Campaign_fund_passes_=C2=A341k?=',
  'Date: Fri, 10 Jul 2026 07:00:12 +0100',
  'List-Unsubscribe: <https://example.com/u>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="part"',
  '',
  '--part',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Campaigners have raised more than £41,000 towards a legal challenge against the closure of the unit.',
  '',
  'Their solicitors sent a pre-action letter to the health board on Monday, giving it 14 days to reply.',
  '',
  '--part',
  'Content-Type: text/html; charset=UTF-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<p>Campaigners have raised more than =C2=A341,000.</p>',
  '--part--',
  '',
].join('\r\n');

describe('a newsletter saved as .eml', () => {
  it("is read from its plain-text part, titled, dated and named by its headers: a list's sender", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eml-'));
    await writeFile(join(dir, 'Friday Briefing.eml'), MESSAGE);
    const { sources } = await loadCorpus(dir);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      outlet: 'Example Now',
      title: 'Friday Briefing: Campaign fund passes £41k',
      published: '2026-07-10',
    });
    expect(sources[0]!.text).toContain('giving it 14 days to reply.');
    expect(sources[0]!.text).not.toContain('=C2=A3');
  });
});
