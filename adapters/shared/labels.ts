/** Text helpers both chat adapters use for what they show on buttons and for anything that could notify people. */

const BROADCASTS = /@(here|channel|everyone)/giu;
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
