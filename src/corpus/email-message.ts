// A mail client saves a message as .eml, its MIME source: encoded headers ("=?UTF-8?Q?…?="), parts in charsets and
// transfer encodings. postal-mime decodes them; the message is read as the Markdown `npm run add` would write for a
// page: its subject the title, the day it was sent the date, and its sender as an email saved as text reads it.
import PostalMime from 'postal-mime';
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';
import { LIST_HEADERS, mailSource } from './email-headers.ts';

/** An .eml message as a corpus file's text, or why it cannot be read. */
export async function emailAsCorpusFile(bytes: Buffer): Promise<{ raw: string } | string> {
  const mail = await PostalMime.parse(bytes);
  const body = mail.text?.trim() ? mail.text : mail.html ? await textOfPage(mail.html) : '';
  if (!body.trim()) return 'is an email with no text in it; save the newsletter or article it links to instead';
  const header = (key: string): string | undefined => mail.headers.find((h) => h.key === key)?.value;
  const list = LIST_HEADERS.some((key) => header(key) !== undefined);
  const frontMatter = {
    title: mail.subject?.replace(/\s+/gu, ' ').trim(),
    // The Date header as written: the day the sender saw, not the day in UTC.
    published: toIsoDate(header('date')),
    ...mailSource(mail.from?.name ?? '', list),
  };
  return { raw: articleMarkdown(frontMatter, [body.replace(/\r\n?/gu, '\n').trim()]) };
}

// The HTML extractor takes a third of a second to load: only a message without a plain-text part loads it.
async function textOfPage(html: string): Promise<string> {
  const { extractHtmlArticle } = await import('./html-article.ts');
  const article = extractHtmlArticle(html, null);
  return typeof article === 'string' ? '' : article.paragraphs.join('\n\n');
}
