import { describe, expect, it } from 'vitest';
import { timedCaptionsText } from '../../src/corpus/timed-captions.ts';

const paragraphs = (text: string | null): string[] =>
  (text ?? '')
    .split(/\n{2,}/u)
    .map((p) => p.trim())
    .filter(Boolean);

describe('timedCaptionsText: a transcript copied from a video player', () => {
  it('drops the cue times and joins the lines of a sentence, so a figure keeps what it is about', () => {
    const lines = [
      'so this is Alan Rosewarne whose field the temporary road is going through',
      "well it's not ideal is it",
      "I lose about eleven acres of grazing while it's down there",
      'and I have had to move the ewes before lambing but what was I going to say',
      'no these are my neighbours',
    ];
    const copied = [
      'Cut off: the village at the end of a detour',
      'Transcript',
      ...lines.flatMap((l, i) => [`1:0${i}`, l]),
    ];
    const read = paragraphs(timedCaptionsText(copied.join('\n')));
    expect(read[0]).toBe('Cut off: the village at the end of a detour\nTranscript');
    expect(read[1]).toContain(lines.slice(0, 3).join(' '));
    // Unpunctuated speech is cut into runs of a few lines, never one paragraph for the whole video.
    expect(read.at(-1)).toBe(lines[4]);
  });

  it("ends a paragraph at a sentence's end and keeps a sound the captions note apart", () => {
    const copied = ['0:00', '[Music]', '0:04', 'Good evening.', '0:09', 'The bridge reopens', '0:12', 'on Monday.'];
    const read = paragraphs(timedCaptionsText([...copied, '0:15', 'Thanks.'].join('\n')));
    expect(read).toEqual(['[Music]', 'Good evening.', 'The bridge reopens on Monday.', 'Thanks.']);
  });

  it("leaves a live blog's entries, each opening on its time, as they are", () => {
    const entry = (time: string): string[] => [
      time,
      'Minister backs the regulator',
      'The minister spoke at noon.',
      'So did the regulator.',
    ];
    expect(timedCaptionsText(['21:55', '19:30', '17:10', '15:40', '13:05'].flatMap(entry).join('\n'))).toBeNull();
  });
});
