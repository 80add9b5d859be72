import { endsLikeSentence, wordCount } from './blocks.ts';

// A video's or a podcast's transcript copied from its player sets each cue's time alone on a line ("0:04", "1:12",
// "[00:01:12]") above a short line of speech that often breaks mid-sentence, unpunctuated ("has been cut off from
// Hallowcombe since the coast road" / "went over the cliff on the 8th of February"). Read line by line, a fact would
// sit apart from the words that say what it is about. The cue times are dropped and the lines of one sentence are
// joined into a paragraph; speech with no punctuation at all is joined into short runs of lines instead.

/** A cue time alone on a line: "3:03", "0:00:41", "[00:01:12]". */
const CUE_TIME = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?$/u;
/**
 * So many cue times, a third of its lines or more, make a text a timed transcript: one such line elsewhere may be a
 * video's running time, and a live blog's entries each open on their time.
 */
const MIN_CUES = 5;
const CUE_SHARE = 1 / 3;
/** A run of unpunctuated speech closes after about two spoken sentences' worth of words. */
const RUN_WORDS = 45;
/** A sound the captions note ("[Music]", "[Laughter]") stands alone: it is never part of what was said. */
const SOUND = /^\[[^\]]+\]$/u;

/** A timed transcript with its cue times dropped and its lines of speech joined; null for any other text. */
export function timedCaptionsText(text: string): string | null {
  const lines = text.split('\n').map((line) => line.trim());
  const cues = lines.filter((line) => CUE_TIME.test(line)).length;
  if (cues < MIN_CUES || cues < CUE_SHARE * lines.filter(Boolean).length) return null;
  const first = lines.findIndex((line) => CUE_TIME.test(line));
  const paragraphs: string[] = [];
  let open = false;
  for (const line of lines.slice(first)) {
    if (!line || CUE_TIME.test(line)) continue;
    const last = paragraphs.at(-1);
    if (open && last !== undefined && !SOUND.test(line)) paragraphs[paragraphs.length - 1] = `${last} ${line}`;
    else paragraphs.push(line);
    const joined = paragraphs.at(-1)!;
    open = !SOUND.test(line) && !endsLikeSentence(joined) && wordCount(joined) < RUN_WORDS;
  }
  // What comes before the first cue (a video page's title, channel and description) keeps its own lines.
  return `${lines.slice(0, first).join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}
