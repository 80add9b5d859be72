import { regex } from '../text/regex.ts';
import type { BlockVerdict } from './furniture.ts';

// A post copied from a photo or video network (Instagram, TikTok, Facebook's mobile pages) names its account by a
// bare handle on a line of its own ("fennicksbooks"), and so does each comment under it ("janeyreads_", then
// "Put in £200 …", then "Reply"). The account's own lines are the post; other accounts' are readers' comments.

/** A bare handle: lower case, digits, "." and "_", no spaces ("the_tanner_st_deli", "k.mwangi.photo"). */
const BARE_HANDLE = /^(?=(?:[0-9._]*[a-z]){3})[a-z0-9][a-z0-9._]{1,28}[a-z0-9_]$/u;
/** The controls and ages between comments: "Reply", "2d", "— View replies (1)", "View all 48 comments". */
const COMMENT_CONTROLS = regex(
  [
    String.raw`^(?:reply|like|follow|•|·|\d{1,3}[smhdw]|\d+ (?:likes?|replies)`,
    String.raw`|—? ?view (?:all \d+ comments|replies \(\d+\)))$`,
  ],
  'i',
);
/** As many distinct accounts commenting make a comment section, not a list of words. */
const MIN_ACCOUNTS = 3;
/**
 * Words a post must say itself for its comments to be readers' only: under a link shared to a forum the comments
 * are what the page says.
 */
const POST_WORDS = 80;

const textOf = (verdict: BlockVerdict | undefined): string => verdict?.block.text.trim() ?? '';

/** Whether a line is a handle opening a comment: the line after it says something in words. */
function opensComment(verdicts: readonly BlockVerdict[], i: number): boolean {
  const next = textOf(verdicts[i + 1]);
  const line = textOf(verdicts[i]);
  return BARE_HANDLE.test(line) && !COMMENT_CONTROLS.test(line) && /\s/u.test(next) && !COMMENT_CONTROLS.test(next);
}

/** Marks the comments other accounts left under a copied post, and the controls between them. */
export function markHandleComments(verdicts: readonly BlockVerdict[]): void {
  const openings = verdicts.flatMap((_, i) => (opensComment(verdicts, i) ? [i] : []));
  const accounts = new Set(openings.map((i) => textOf(verdicts[i])));
  if (accounts.size < MIN_ACCOUNTS) return;
  // The post's account names it first, above its own text.
  const authorAt = verdicts.findIndex((v) => BARE_HANDLE.test(textOf(v)));
  const author = textOf(verdicts[authorAt]);
  const firstComment = openings.find((i) => textOf(verdicts[i]) !== author) ?? verdicts.length;
  const said = verdicts.slice(authorAt + 1, firstComment).reduce((n, v) => n + textOf(v).split(/\s+/u).length, 0);
  if (said < POST_WORDS) return;
  openings.forEach((start, k) => {
    if (textOf(verdicts[start]) === author) return;
    const end = openings[k + 1] ?? verdicts.length;
    for (let i = start; i < end; i++) {
      const line = textOf(verdicts[i]);
      // The comment ends where the page's own lines go on ("More posts from …").
      if (i > start + 1 && !COMMENT_CONTROLS.test(line) && !BARE_HANDLE.test(line)) break;
      verdicts[i]!.furniture ??= i === start || i === start + 1 ? 'reader-comment' : 'page-chrome';
    }
  });
}
