import { articleMarkdown } from './article-markdown.ts';

// A recording's transcript from a transcription app (Otter, Rev, Descript) heads each turn with its speaker and the
// time into the recording, on a line of their own: "Alun Marrack  0:19", "Speaker 5  3:08". Read as text, those
// lines would be headlines and the turns would lose who spoke. Each turn becomes a paragraph opening on its speaker
// ("Alun Marrack: Good evening …"), an unnamed one's words stand alone, the app's credit line is dropped, and the
// transcript is titled as its file is, as a chat's export is: nothing in it names the recording.

/** A speaker's name, or "Speaker 5", then at least two spaces or a tab and a time: "Fiona Ashdown  1:08". */
const TURN = /^(\p{Lu}[\p{L}'’.-]*(?: [\p{Lu}\d][\p{L}\d'’.-]*){0,3})(?: {2,}|\t)(?:\d{1,2}:)?\d{1,2}:\d{2}$/u;
const UNNAMED = /^Speaker \d+$/u;
const APP_CREDIT = /^Transcribed by \S+$/u;
/** As many turns among the first lines make a file a transcript, not a story quoting one. */
const MIN_TURNS = 3;
const OPENING_LINES = 40;

/** A transcript as a corpus file's Markdown, titled `title`; null for any other text. */
export function transcriptText(text: string, title: string): string | null {
  const lines = text.split('\n').map((line) => line.trim());
  if (lines.slice(0, OPENING_LINES).filter((line) => TURN.test(line)).length < MIN_TURNS) return null;
  const turns: Array<{ speaker: string | null; said: string[] }> = [];
  for (const line of lines) {
    const turn = TURN.exec(line);
    if (turn) turns.push({ speaker: UNNAMED.test(turn[1]!) ? null : turn[1]!, said: [] });
    else if (line && !APP_CREDIT.test(line) && turns.length > 0) turns.at(-1)!.said.push(line);
  }
  const paragraphs = turns
    .filter(({ said }) => said.length > 0)
    .map(({ speaker, said }) => `${speaker ? `${speaker}: ` : ''}${said.join(' ')}`);
  return paragraphs.length > 0 ? articleMarkdown({ title }, paragraphs) : null;
}
