// A mail client saves a message as .eml, its MIME source: encoded headers ("=?UTF-8?Q?…?="), parts in charsets and
// transfer encodings. postal-mime decodes them; the message is read as the Markdown `npm run add` would write for a
// page: its subject the title, the day it was sent the date, and its sender as an email saved as text reads it.
import PostalMime, { type Email } from 'postal-mime';
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';
import { LIST_HEADERS, mailSource } from './email-headers.ts';
import { namesBody } from './outlet-names.ts';

/** An .eml message as a corpus file's text, or why it cannot be read. */
export async function emailAsCorpusFile(bytes: Buffer): Promise<{ raw: string } | string> {
  const mail = await PostalMime.parse(bytes);
  // A message forwarded as an attachment is what was sent on: it speaks, its sender and subject name the file, and
  // the forwarder's note comes first.
  const attached = mail.attachments.find((a) => a.mimeType === 'message/rfc822');
  const forwarded = attached ? await PostalMime.parse(attached.content) : null;
  const bodies = [await bodyOf(mail), forwarded ? await bodyOf(forwarded) : ''].filter((text) => text.trim());
  if (bodies.length === 0) return 'is an email with no text in it; save the newsletter or article it links to instead';
  const source = forwarded ?? mail;
  const header = (key: string): string | undefined => source.headers.find((h) => h.key === key)?.value;
  const list = LIST_HEADERS.some((key) => header(key) !== undefined);
  const sent = mailSource(source.from?.name ?? '', list);
  const signedBy = sent.outlet
    ? null
    : sent.sender
      ? employerSigned(bodies[0]!, source.from?.address ?? '')
      : signingBody(bodies[0]!);
  const frontMatter = {
    title: source.subject?.replace(/\s+/gu, ' ').trim(),
    // The Date header as written: the day the sender saw, not the day in UTC.
    published: toIsoDate(header('date')),
    ...(signedBy ? { outlet: signedBy } : sent),
  };
  return {
    raw: articleMarkdown(
      frontMatter,
      bodies.map((text) => text.replace(/\r\n?/gu, '\n').trim()),
    ),
  };
}

/** Where a reply quotes the message before it: Outlook's rule, or "On … wrote:". */
export const QUOTED_FROM = /^(?:-{2,}\s*Original Message\s*-{2,}|On .{5,120} wrote:|From: .+)$/mu;
/** Lines of a signature looked through, above the quoted message. */
const SIGNATURE_LINES = 8;

/**
 * The body a team's mailbox signs for, in the signature above what the reply quotes: "Communications and
 * Engagement | Brackenford City Council".
 */
function signingBody(text: string): string | null {
  for (const parts of signatureParts(text, SIGNATURE_LINES).reverse()) {
    const body = parts.find((part) => part.split(/\s+/u).length <= 6 && namesBody(part));
    if (body) return body;
  }
  return null;
}

/** The last lines of a message above what it quotes, each split into its parts ("Role | Body", "Role, Body"). */
function signatureParts(text: string, lines: number): string[][] {
  return text
    .split(QUOTED_FROM)[0]!
    .trim()
    .split('\n')
    .slice(-lines)
    .map((line) => line.split(/\s+[|·•]\s+|,\s+/u).map((part) => part.trim()));
}

// A mail domain's labels that name no organization: the provider, the kind of host, the country.
const GENERIC_LABEL = /^(?:mail|email|e-mail|www|news|info|co|com|org|net|gov|ac|edu|example|[a-z]{2})$/u;
const MIN_LABEL = 4;
/** How many lines of a signature a person's employer is looked for in. */
const EMPLOYER_LINES = 12;

/**
 * The company a person's message is sent for, as its signature names it beside their role ("Senior Loss Adjuster /
 * Kestrel Claims Partners Ltd", "Co-founder & CEO, Pootle Robotics"): the name whose letters hold the sender's mail
 * domain (kestrelclaims.example). A personal address's provider names no one in a signature.
 */
function employerSigned(text: string, address: string): string | null {
  const labels = (address.split('@')[1] ?? '')
    .toLowerCase()
    .split('.')
    .filter((label) => label.length >= MIN_LABEL && !GENERIC_LABEL.test(label));
  if (labels.length === 0) return null;
  for (const part of signatureParts(text, EMPLOYER_LINES).flat()) {
    const name = /^\p{Lu}[\p{L}\p{N}&'’ -]*$/u.test(part) && part.split(/\s+/u).length <= 6;
    const letters = part.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (name && labels.some((label) => letters.includes(label))) return part;
  }
  return null;
}

/** A message's text: its plain-text part, else the article its HTML part holds. */
async function bodyOf(mail: Email): Promise<string> {
  return mail.text?.trim() ? mail.text : mail.html ? await textOfPage(mail.html) : '';
}

// The HTML extractor takes a third of a second to load: only a message without a plain-text part loads it.
async function textOfPage(html: string): Promise<string> {
  const { extractHtmlArticle } = await import('./html-article.ts');
  const article = extractHtmlArticle(html, null);
  return typeof article === 'string' ? '' : article.paragraphs.join('\n\n');
}
