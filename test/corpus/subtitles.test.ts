import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { subtitlesText } from '../../src/corpus/subtitles.ts';

const SRT = `1
00:00:00,500 --> 00:00:04,020
PRESENTER: Good evening, and welcome
to Example Tonight.

2
00:00:04,100 --> 00:00:08,900
A lifeboat station that was due to close
this autumn has been given more time.

3
00:00:08,980 --> 00:00:14,100
FIONA EXAMPLE: We are delaying the closure
by six months.

4
00:00:14,180 --> 00:00:16,780
The station will stay on service.
`;

describe('subtitles saved as text', () => {
  it("starts a turn where a meeting transcript's voice tag names another speaker, and keeps the speaker", () => {
    const cue = (id: string, time: string, voice: string, said: string): string =>
      `${id}\n00:00:${time}.000 --> 00:00:${time}.900\n<v ${voice}>${said}</v>\n`;
    const vtt = [
      'WEBVTT\n',
      cue('a1/1-0', '01', 'Dr Jane Example', 'Good morning. The case count'),
      cue('a1/2-0', '03', 'Dr Jane Example', 'is now 63.'),
      cue('a1/3-0', '05', 'Sam Roe (Council)', 'We served a notice on the 12th.'),
      cue('a1/4-0', '07', 'Dr Jane Example', 'Thank you.'),
    ].join('\n');
    expect(subtitlesText(vtt)?.trim().split('\n\n')).toEqual([
      'Dr Jane Example: Good morning. The case count is now 63.',
      'Sam Roe (Council): We served a notice on the 12th.',
      'Dr Jane Example: Thank you.',
    ]);
  });

  it("joins the cues' lines into running text, a paragraph a speaker's turn, without numbers or timings", () => {
    expect(subtitlesText(SRT)?.trim().split('\n\n')).toEqual([
      'Presenter: Good evening, and welcome to Example Tonight. A lifeboat station that was due to close this ' +
        'autumn has been given more time.',
      'Fiona Example: We are delaying the closure by six months. The station will stay on service.',
    ]);
  });

  it("reads WebVTT's header and its cues' settings away, and a voice tag as the speaker's name", () => {
    const vtt =
      'WEBVTT\n\n00:00.500 --> 00:04.020 align:start\n<v Presenter>Good evening.\n\n' +
      '00:04.100 --> 00:08.900\nThe station will stay open.\n\n00:08.980 --> 00:14.100\n<i>For now.</i>\n';
    expect(subtitlesText(vtt)?.trim()).toBe('Presenter: Good evening. The station will stay open. For now.');
  });

  it('leaves a story that quotes a timing alone', () => {
    expect(subtitlesText('The clip ran from 00:00:04,100 --> 00:00:08,900, the court heard.\n')).toBeNull();
  });

  it('is read from a .srt file dropped into the corpus', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srt-'));
    await writeFile(join(dir, 'example-tonight-lifeboat.srt'), SRT);
    const [source] = (await loadCorpus(dir)).sources;
    expect(source?.text).toContain('A lifeboat station that was due to close this autumn has been given more time.');
    expect(source?.text).not.toContain('-->');
  });
});
