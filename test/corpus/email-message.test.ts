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

// A plot holder forwards the council's message as an attachment, with a note of his own.
const FORWARDED = [
  'From: Rob Roe <rob@mailbox.example>',
  'Subject: Fwd: Notice to quit - Example Lane allotments',
  'Date: Sat, 28 Feb 2026 09:12:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'Hi Nadia, here is the email all of us at Example Lane got yesterday (attached).',
  '',
  '--outer',
  'Content-Type: message/rfc822',
  'Content-Disposition: attachment; filename="Notice to quit.eml"',
  '',
  'From: "Allotments (Example Borough Council)" <allotments@example.gov>',
  'Subject: Notice to quit - Example Lane allotments',
  'Date: Fri, 27 Feb 2026 15:40:00 +0000',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  'This email is notice to quit your allotment tenancy at Example Lane on 30 September 2026.',
  '',
  '--outer--',
  '',
].join('\r\n');

describe('a message forwarded as an attachment', () => {
  it('reads the forwarded message after the note, named, titled and dated by it: it is what was sent on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eml-'));
    await writeFile(join(dir, 'Fwd_ Notice to quit.eml'), FORWARDED);
    const { sources } = await loadCorpus(dir);
    // The council's team mailbox is the council's.
    expect(sources[0]).toMatchObject({
      outlet: 'Example Borough Council',
      title: 'Notice to quit - Example Lane allotments',
      published: '2026-02-27',
    });
    expect(sources[0]!.text).toContain('Hi Nadia, here is the email');
    expect(sources[0]!.text).toContain('notice to quit your allotment tenancy at Example Lane on 30 September 2026.');
  });
});

// A press office's reply to a reporter, its mailbox named by its function, the body signing it above the quote.
const PRESS_REPLY = [
  'From: Press Office <press.office@example.gov>',
  'To: Ffion Example <ffion@news.example>',
  'Subject: RE: Media enquiry - housing register data',
  'Date: Thu, 12 Mar 2026 15:47:02 +0000',
  'Content-Type: text/plain; charset="utf-8"',
  '',
  'Hi Ffion,',
  '',
  'The helpline received 2,314 calls in its first week, and its opening hours have been extended to 8pm.',
  '',
  'Kind regards,',
  '',
  'Owain Example',
  'Senior Communications Officer',
  'Communications and Engagement | Example City Council',
  '',
  '-----Original Message-----',
  'From: Ffion Example <ffion@news.example>',
  'Subject: Re: Media enquiry - housing register data',
  '',
  'How many calls has the helpline had? Regards, Ffion | Example Trade Review',
  '',
].join('\r\n');

describe("a team mailbox's reply", () => {
  it('is credited to the body its signature names, not to "Press Office"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eml-'));
    await writeFile(join(dir, 'Re_ Media enquiry.eml'), PRESS_REPLY);
    const { sources } = await loadCorpus(dir);
    expect(sources[0]).toMatchObject({ outlet: 'Example City Council', published: '2026-03-12' });
  });
});

const fromPerson = (address: string, signature: string[]): string =>
  [
    `From: Jo Example <${address}>`,
    'Subject: Claim update - interim payment',
    'Date: Tue, 07 Apr 2026 10:12:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'We have agreed an interim payment of £95,000 towards the stock claim, which will be paid this week.',
    '',
    'The shop front and the structural repairs are being priced by two contractors.',
    '',
    'Kind regards,',
    'Jo Example',
    ...signature,
    '',
  ].join('\r\n');

describe("a person's message for their company", () => {
  const outletOf = async (message: string): Promise<string | undefined> => {
    const dir = await mkdtemp(join(tmpdir(), 'eml-'));
    await writeFile(join(dir, 'Claim update.eml'), message);
    return (await loadCorpus(dir)).sources[0]?.outlet;
  };

  it("is credited to the company its signature names, when the mail domain is that company's", async () => {
    const signature = ['Senior Loss Adjuster', 'Examplar Claims Partners Ltd', 'www.examplarclaims.example'];
    expect(await outletOf(fromPerson('jo@examplarclaims.example', signature))).toBe('Examplar Claims Partners Ltd');
    expect(await outletOf(fromPerson('jo@pootle.example', ['Co-founder & CEO, Pootle Robotics']))).toBe(
      'Pootle Robotics',
    );
  });

  it("stays the sender's from a personal address, whatever company the signature names", async () => {
    const signature = ['Senior Loss Adjuster', 'Examplar Claims Partners Ltd'];
    expect(await outletOf(fromPerson('jo.example@gmail.example', signature))).toBe('Jo Example');
  });
});
