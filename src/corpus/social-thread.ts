import { regex } from '../text/regex.ts';
import type { BlockVerdict } from './furniture.ts';

// A thread copied from a social network (X, Bluesky, Threads, Mastodon) opens each post with the poster's name and
// handle, then "·" and maybe "Replying to @…", and closes it with its time and counts. The thread's author writes
// the story; what other accounts reply under it are readers' comments, cited no more than a page's comment section.

/** A handle on a line of its own: "@tomashby_chess", "@jane.bsky.social". */
const HANDLE = /^@[\p{L}\p{N}_.-]{2,40}$/u;
/** "Replying to @tomashby_chess and @kn1ght_errant_88". */
const REPLYING = /^replying to @\S+(?:(?:,|,? and) @\S+)*$/iu;
/** The network's controls and labels around posts. */
const CONTROLS =
  /^(?:·|post|thread|quote|show (?:more replies|replies|probable spam|this thread|more)|\/end|translate post)$/i;
/** A post's counts: "41 Replies   377 Reposts   5.2K Likes", "96.4K Views". */
const COUNTS = regex(
  [
    String.raw`^(?:\d[\d.,]*[KkMm]?\s+`,
    String.raw`(?:replies|reply|reposts?|retweets?|likes?|quotes?|views?|bookmarks?|boosts?|favou?rites?)\s*)+$`,
  ],
  'iu',
);
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
  const author = textOf(verdicts[handles[0]!]).toLowerCase();
  // Each post starts at the poster's name, the line above its handle.
  const starts = handles.map((at) => Math.max(0, at - 1));
  starts.forEach((start, k) => {
    const handle = handles[k]!;
    const end = starts[k + 1] ?? verdicts.length;
    const reply = verdicts.slice(handle + 1, handle + 1 + REPLY_REACH).some((v) => REPLYING.test(textOf(v)));
    const byOther = textOf(verdicts[handle]).toLowerCase() !== author;
    for (let i = start; i < end; i++) {
      const verdict = verdicts[i]!;
      const line = textOf(verdict);
      const chrome = i <= handle || CONTROLS.test(line) || REPLYING.test(line) || COUNTS.test(line);
      if (chrome || (reply && byOther)) verdict.furniture ??= reply && byOther ? 'reader-comment' : 'page-chrome';
    }
  });
  // Labels and counts above the first post ("Post", "Thread") and after the last ("Show probable spam").
  for (const verdict of verdicts) {
    const line = textOf(verdict);
    if (CONTROLS.test(line) || COUNTS.test(line)) verdict.furniture ??= 'page-chrome';
  }
}
