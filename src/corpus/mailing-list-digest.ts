import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';
import { displayName } from './email-headers.ts';
import { QUOTED_FROM } from './email-message.ts';

// A mailing list's digest (Mailman's "Send FoWL-talk mailing list submissions to …", "Today's Topics:", then each
// message as "Message: 1" and its mail headers) gathers many people's mails in one file. Read as text, its
// instructions would be its lede, its headers its paragraphs, and every reply would quote the mail before it again.
// Each message's own words become its paragraphs, the first opening on its sender's name; quoted lines and
// signatures are left out. The list names the digest, titled as its closing line does, and the last mail dates it.

const SUBMISSIONS = /^Send (\S.{0,60}?) mailing list submissions to$/mu;
const MESSAGE = /^Message: \d+$/u;
const HEADER = /^([A-Za-z-]+):\s*(.*)$/u;
const DIGEST_NAME = /^End of (\S.{0,80}Digest, Vol \d+, Issue \d+)$/mu;
/** A line of dashes, as the digest parts its messages and its table of contents. */
const PARTING = /^-{20,}$|^_{20,}$/u;
const SIGNATURE = /^-- ?$/u;

/** A message's body as paragraphs: blank lines part them, quoted lines and the signature are dropped. */
function bodyParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (SIGNATURE.test(line)) break;
    if (line.startsWith('>') || QUOTED_FROM.test(line.trim())) continue;
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)!.push(line.trim());
  }
  return paragraphs.filter((p) => p.length > 0).map((p) => p.join(' '));
}

/** A mailing list's digest as a corpus file's Markdown; null for any other text. */
export function mailingListDigest(text: string): string | null {
  const list = SUBMISSIONS.exec(text.slice(0, 500))?.[1];
  if (!list) return null;
  const lines = text.split('\n');
  const paragraphs: string[] = [];
  let published: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!MESSAGE.test(lines[i]!.trim())) continue;
    let j = i + 1;
    const headers = new Map<string, string>();
    for (; j < lines.length && lines[j]!.trim() !== ''; j++) {
      const [, name, value] = HEADER.exec(lines[j]!) ?? [];
      if (name) headers.set(name.toLowerCase(), value ?? '');
    }
    let end = j;
    while (end < lines.length && !PARTING.test(lines[end]!.trim()) && !MESSAGE.test(lines[end]!.trim())) end++;
    const [first, ...rest] = bodyParagraphs(lines.slice(j, end));
    if (first) paragraphs.push(`${displayName(headers.get('from') ?? 'Unknown')}: ${first}`, ...rest);
    published = toIsoDate(headers.get('date') ?? '') ?? published;
    i = end - 1;
  }
  const title = DIGEST_NAME.exec(text)?.[1] ?? `${list} Digest`;
  return paragraphs.length > 0 ? articleMarkdown({ title, outlet: list, published }, paragraphs) : null;
}
