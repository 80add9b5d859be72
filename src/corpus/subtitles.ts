// A TV or video report's subtitles, saved as SubRip (.srt) or WebVTT (.vtt), or pasted into a text file: numbered
// cues, each a timing line and a line or two of what was said, often a speaker's name in capitals before their
// words. Read as text, the timings would be sentences' first words and every sentence would break at a cue. The
// cues' words are joined into running text, a paragraph for each speaker's turn, the speaker's name kept as the
// page would print it ("Fiona Ashdown: …").

/** "00:00:04,100 --> 00:00:08,900", WebVTT's "00:04.100 --> 00:08.900 align:start". */
const TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}(?:\s.*)?$/u;
/** A WebVTT file's header and its blocks that are no cues. */
const VTT_BLOCK = /^(?:WEBVTT|NOTE|STYLE|REGION)\b/u;
/** A speaker's name in capitals opening a cue: "PRESENTER:", "FIONA ASHDOWN:". */
const SPEAKER = /^(\p{Lu}[\p{Lu}'’. -]{1,40}):\s+/u;
/** WebVTT's voice tag, as a meeting app writes each cue's speaker: "<v Dr Ama Boateng>", "<v.loud Fiona Ashdown>". */
const VOICE = /^<v(?:\.[\w.-]+)*\s+([^>]+)>/u;
/** As many timing lines among the first lines make a file subtitles, not a story quoting one. */
const MIN_CUES = 3;
const OPENING_LINES = 30;

const titleCased = (name: string): string =>
  name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());

/** Subtitles as running text, a paragraph a speaker's turn; null for any other text. */
export function subtitlesText(text: string): string | null {
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  if (lines.slice(0, OPENING_LINES).filter((line) => TIMING.test(line.trim())).length < MIN_CUES) return null;
  const turns: string[][] = [];
  // Between a timing line and the blank line after its text; a cue's number stands before its timing, outside.
  let inCue = false;
  let voice: string | null = null;
  const speak = (line: string): void => {
    const speaker = SPEAKER.exec(line);
    if (speaker || turns.length === 0) turns.push(speaker ? [`${titleCased(speaker[1]!.trim())}:`] : []);
    turns.at(-1)!.push(speaker ? line.slice(speaker[0].length) : line);
  };
  // A meeting's cues each carry their speaker's voice tag: a turn lasts while the same voice speaks.
  const voiced = (line: string): void => {
    const name = VOICE.exec(line)?.[1]?.trim() ?? null;
    if (name && name !== voice) turns.push([`${name}:`]);
    voice = name ?? voice;
    speak(line.replace(/<[^>]*>/gu, ''));
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (TIMING.test(line)) inCue = true;
    else if (line === '' || VTT_BLOCK.test(line)) inCue = false;
    // WebVTT's voice tags ("<v Fiona Ashdown>") say who, and its styling ("<i>") how, never what.
    else if (inCue) voiced(line);
  }
  const paragraphs = turns.map((words) => words.join(' ').replace(/\s+/gu, ' ').trim()).filter(Boolean);
  return paragraphs.length > 0 ? `${paragraphs.join('\n\n')}\n` : null;
}
