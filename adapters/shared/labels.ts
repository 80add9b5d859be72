/**
 * Text helpers both chat adapters use, so they agree: button labels, anything that could notify people, and the
 * confidence shown under an answer.
 */
import type { Answer } from '../../src/index.ts';

const BROADCASTS = /@(here|channel|everyone)/gi;
// A word joiner (U+2060) is invisible, but "@\u2060here" is no longer a word a platform could turn into a broadcast.
const WORD_JOINER = '\u2060';

/** Makes "@here", "@channel" and "@everyone" inert without changing how they read. */
export function defuseBroadcasts(text: string): string {
  return text.replace(BROADCASTS, `@${WORD_JOINER}$1`);
}

/**
 * A one-line button label of at most `max` UTF-16 units (the unit Slack and Discord count in): whitespace collapsed,
 * broadcasts defused, and a long text cut after a whole word with "…", never inside a surrogate pair.
 */
export function buttonLabel(text: string, max: number): string {
  const line = defuseBroadcasts(text.replace(/\s+/gu, ' ').trim());
  if (line.length <= max) return line;
  let head = line.slice(0, max - 1);
  // A cut between the halves of an emoji would leave a lone surrogate, which the platforms reject.
  if (/[\uD800-\uDBFF]$/u.test(head)) head = head.slice(0, -1);
  const wordEnd = head.lastIndexOf(' ');
  return `${(wordEnd >= max / 2 ? head.slice(0, wordEnd) : head).trimEnd()}…`;
}

// The core's confidence is calibrated: of the answers shown at 80%, about 80% are right. Steps of 5 points are as
// fine as such a figure deserves, and an extracted answer is never shown as certain, nor as hopeless.
const STEP = 5;
const FLOOR = 5;
const CEILING = 95;
const BANDS = [
  { from: 75, name: 'high' },
  { from: 50, name: 'medium' },
  { from: 0, name: 'low' },
] as const;

/** The confidence shown under an answer, as "Confidence: high (80%)"; null for an abstention, which claims nothing. */
export function confidenceLabel(answer: Pick<Answer, 'abstained' | 'confidence'>): string | null {
  if (answer.abstained) return null;
  const percent = Math.min(CEILING, Math.max(FLOOR, Math.round((answer.confidence * 100) / STEP) * STEP));
  // biome-ignore lint/style/noNonNullAssertion: the last band starts at 0, so every percentage finds one
  const band = BANDS.find((b) => percent >= b.from)!.name;
  return `Confidence: ${band} (${percent}%)`;
}
