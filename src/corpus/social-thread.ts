import { regex } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import type { BlockVerdict } from './furniture.ts';

// A thread copied from a social network (X, Bluesky, Threads, Mastodon) opens each post with the poster's name and
// handle, then "·" and maybe "Replying to @…", and closes it with its time and counts. The thread's author writes
// the story; what other accounts reply under it are readers' comments, cited no more than a page's comment section.

/** An account's handle: "@tomashby_chess", "@jane.bsky.social", Mastodon's "@nina@example.social". */
const HANDLE_PATTERN = String.raw`@[\p{L}\p{N}_.-]{2,40}(?:@[\p{L}\p{N}.-]{3,60})?`;
/** A handle on a line of its own, as a post's header sets it. */
const HANDLE = new RegExp(`^${HANDLE_PATTERN}$`, 'u');
/** "Replying to @tomashby_chess and @kn1ght_errant_88". */
const REPLYING = /^replying to @\S+(?:(?:,|,? and) @\S+)*$/iu;
/** The network's controls and labels around posts. */
const CONTROLS = regex(
  [
    String.raw`^(?:·|post|thread|quote|show (?:more replies|replies|probable spam|this thread|more)|\/end`,
    String.raw`|translate post|reply|boost|favou?rite|bookmark|more|follow|back)$`,
  ],
  'i',
);
/** A post's age ("12h", "48m"), or a count standing alone under its control ("Boost", then "14"). */
const BARE_FIGURE = /^(?:\d{1,3}\s?[smhdw]|\d[\d.,]*[KkMm]?)$/u;
/** A post's counts: "41 Replies   377 Reposts   5.2K Likes", "96.4K Views". */
const COUNTS = regex(
  [
    String.raw`^(?:\d[\d.,]*[KkMm]?\s+`,
    String.raw`(?:replies|reply|reposts?|retweets?|likes?|quotes?|views?|bookmarks?|boosts?|favou?rites?)`,
    String.raw`\s*(?:·\s*)?)+$`,
  ],
  'iu',
);
/** A post opening on the account it answers: "@ninakavanagh Same here in Wrexley." */
const MENTION_FIRST = new RegExp(`^${HANDLE_PATTERN}\\s+\\S`, 'u');
/** How many lines after a handle a "Replying to" line may stand ("·" between them). */
const REPLY_REACH = 2;

const textOf = (verdict: BlockVerdict | undefined): string => verdict?.block.text.trim() ?? '';

/**
 * Marks a pasted thread's furniture: every poster's name and handle, the network's controls and counts, and whole
 * replies by accounts other than the thread's author. A text with fewer than two handle lines is no thread.
 */
export function markSocialThread(verdicts: readonly BlockVerdict[]): void {
  const handles = verdicts.flatMap((v, i) => (HANDLE.test(textOf(v)) ? [i] : []));
  if (handles.length < 2) return;
  // "@nina@example.social" and "@nina" are one account: the instance is left out of a reply on the same one.
  const account = (i: number): string => textOf(verdicts[i]).toLowerCase().split('@')[1]!;
  const author = account(handles[0]!);
  // Each post starts at the poster's name, the line above its handle.
  const starts = handles.map((at) => Math.max(0, at - 1));
  starts.forEach((start, k) => {
    const handle = handles[k]!;
    const end = starts[k + 1] ?? verdicts.length;
    // A reply says whom it answers: "Replying to @…" above it, or (Mastodon) a mention opening it.
    const reply = verdicts
      .slice(handle + 1, handle + 1 + REPLY_REACH + 1)
      .some((v) => REPLYING.test(textOf(v)) || MENTION_FIRST.test(textOf(v)));
    const byOther = account(handle) !== author;
    for (let i = start; i < end; i++) {
      const verdict = verdicts[i]!;
      const line = textOf(verdict);
      const figure = BARE_FIGURE.test(line) && (i === handle + 1 || CONTROLS.test(textOf(verdicts[i - 1])));
      const chrome = i <= handle || figure || CONTROLS.test(line) || REPLYING.test(line) || COUNTS.test(line);
      if (chrome || (reply && byOther)) verdict.furniture ??= reply && byOther ? 'reader-comment' : 'page-chrome';
    }
  });
  // Labels and counts above the first post ("Post", "Thread") and after the last ("Show probable spam").
  for (const verdict of verdicts) {
    const line = textOf(verdict);
    if (CONTROLS.test(line) || COUNTS.test(line)) verdict.furniture ??= 'page-chrome';
  }
}

/** A thread's author, the name over its first handle, and the opening of its first post (for its title). */
export function threadOpening(lines: readonly string[]): { author: string; opening: string } | null {
  const handles = lines.flatMap((line, i) => (HANDLE.test(line.trim()) ? [i] : []));
  const first = handles[0];
  if (handles.length < 2 || first === undefined || first === 0) return null;
  const author = lines[first - 1]!.trim();
  const post = lines
    .slice(first + 1, handles[1]! - 1)
    .find((line) => !CONTROLS.test(line.trim()) && !BARE_FIGURE.test(line.trim()) && wordCount(line) >= 3);
  if (!post || !/^\p{Lu}/u.test(author) || wordCount(author) > 4) return null;
  // The first sentence, or its first words when it runs long.
  const sentence = post.trim().split(/(?<=[.!?])\s/u)[0]!;
  const words = sentence.split(/\s+/u);
  return { author, opening: words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')}…` : sentence };
}

/** Words of a post's opening a title keeps. */
const OPENING_WORDS = 16;
