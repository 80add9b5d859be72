import { regex } from '../text/regex.ts';
import { looksLikeOutlet, namesBody } from './outlet-names.ts';
import type { FrontMatterSplit } from './front-matter.ts';

// An email "saved as text" by a mail client opens with its headers, one a line, then a blank line (and a feed
// reader's item exported as text with its own):
// "From:\tOrder Flow by Ilse Marais <ilse@…>", "Sent: Thursday, 12 March 2026 06:30", "To: …", "Subject: …".
// Any other header a client keeps ("List-Unsubscribe:", "Message-ID:", "X-Mailer:") has a hyphenated name.
const HEADER = regex(
  [
    String.raw`^(from|sent|date|to|cc|bcc|subject|importance|attachments|feed|title|link|published|author|categories`,
    // A newsgroup's post, saved with its Usenet headers.
    String.raw`|path|newsgroups|organi[sz]ation|lines|references|keywords|summary|xref`,
    String.raw`|[a-z]+(?:-[a-z]+)+):[ \t]*(.*)$`,
  ],
  'iu',
);
/** At most this many header lines are read: a block longer than that is no mail header (a Usenet post's is long). */
const MAX_HEADERS = 20;

// "Order Flow by Ilse Marais", "Ilse Marais from Order Flow": the sender's display name names the newsletter beside
// the writer; a display name alone may be a person's, and names an outlet only when it reads as one ("Civic Wire").
const SENDER_PARTS = /^(.+?)\s+by\s+.+$|^.+?\s+(?:from|at)\s+(.+)$/iu;

/** The sender's display name ("Saltmarsh Road Surgery <surgery@…>" → "Saltmarsh Road Surgery"). */
export const displayName = (from: string): string =>
  from
    .replace(/<[^>]*>/gu, '')
    .trim()
    // The quotes round a display name ("\"Colin Doe\" <colin@…>") close before the address that followed.
    .replace(/^["']|["']$/gu, '')
    .trim();

/**
 * "Allotments (Harnbury Borough Council)", "Harnbury Borough Council – Care Charges Refunds": a team's mailbox named
 * with the body it belongs to.
 */
const TEAM_OF_BODY = /^[^()]+\(([^()]+)\)$|^([^–—]+?)\s+[–—-]\s+\S/u;

/** The newsletter or outlet a sender's display name names, or null. */
function senderOutlet(name: string): string | null {
  const parts = SENDER_PARTS.exec(name);
  if (parts) return (parts[1] ?? parts[2] ?? '').trim() || null;
  const team = TEAM_OF_BODY.exec(name);
  const body = (team?.[1] ?? team?.[2])?.trim();
  if (body && namesBody(body)) return body;
  return looksLikeOutlet(name) ? name : null;
}

/** A team's mailbox by its function alone: "Press Office", "Media Relations", "Communications Team". */
const TEAM_MAILBOX = new RegExp(
  String.raw`^(?:the )?(?:press|media|news|communications?|comms|public relations|pr)` +
    String.raw`(?: (?:office|team|desk|relations|unit|enquiries))*$`,
  'iu',
);

/** Headers only a mailing list's messages carry: their sender is the newsletter, not a person writing. */
export const LIST_HEADERS: readonly string[] = ['list-id', 'list-unsubscribe'];

/**
 * Where a message comes from, as metadata: the outlet its sender names (a mailing list's sender is one), else the
 * sender, its source when the text names no outlet ("Saltmarsh Road Surgery").
 */
export function mailSource(from: string, list: boolean): { outlet?: string; sender?: string } {
  const name = displayName(from);
  // A team's mailbox ("Press Office", "Media Relations") names no one: its body signs the message.
  if (!list && TEAM_MAILBOX.test(name)) return {};
  const outlet = senderOutlet(name) ?? (list && name ? name : null);
  return outlet ? { outlet } : name ? { sender: name } : {};
}

/**
 * Reads the mail headers a text file opens with as its front matter (the subject its title, the date sent its
 * date, the sender's newsletter its outlet), or returns null when it opens otherwise.
 */
export function splitEmailHeaders(raw: string): FrontMatterSplit | null {
  const lines = raw.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const headers = new Map<string, string>();
  let end = 0;
  while (end < Math.min(lines.length, MAX_HEADERS)) {
    const header = HEADER.exec(lines[end]!);
    if (!header) break;
    if (!headers.has(header[1]!.toLowerCase())) headers.set(header[1]!.toLowerCase(), header[2]!.trim());
    end++;
  }
  // A feed reader's "export as text" heads an item the same way: "Feed:", "Title:", "Link:", "Published:".
  const subject = headers.get('subject') ?? headers.get('title');
  const sent = headers.get('sent') ?? headers.get('date') ?? headers.get('published');
  const from = headers.get('from');
  const feed = headers.get('feed');
  if (!subject || !(sent || from || feed) || (lines[end] ?? '').trim() !== '') return null;
  // "Dairy Industry Review — News": the feed is the outlet's, a section after a dash.
  const list = LIST_HEADERS.some((key) => headers.has(key));
  // A newsgroup's post is published in the group it went to ("uk.rec.climbing"), written by its sender.
  const group = headers.get('newsgroups')?.split(',')[0]?.trim();
  const source = group
    ? { outlet: group, sender: from ? displayName(from) : undefined }
    : from
      ? mailSource(from, list)
      : { outlet: feed?.split(/\s+[—–-]\s+/u)[0] };
  const link = headers.get('link');
  // A subject listing an issue's stories ("Census review gets its chair | Rates cap bill clears first reading") or
  // naming the newsletter after a bar is titled by its first headline.
  const data = {
    title: subject.split(/\s+\|\s+/u)[0]!,
    ...(sent ? { date: sent } : {}),
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.sender ? { sender: source.sender } : {}),
    ...(link && /^https?:\/\//u.test(link) ? { url: link } : {}),
  };
  return { data, body: lines.slice(end + 1).join('\n') };
}

// A message forwarded, or printed from a webmail with the forwarder's note: what was forwarded opens on a marker
// line, then its own headers ("---------- Forwarded message ---------", "-----Original Message-----").
const FORWARDED = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)\s*$/im;
/** How far into a file a forwarded message's marker is looked for: past a print's header and a short note. */
const FORWARD_REACH = 2000;

/**
 * The message a file forwards, read as {@link splitEmailHeaders} reads one: its headers as front matter, its text
 * as the body; the forwarder's note and a webmail print's header before it are not the piece. Null if none.
 */
export function splitForwardedMessage(raw: string): FrontMatterSplit | null {
  const marker = FORWARDED.exec(raw.slice(0, FORWARD_REACH));
  if (!marker) return null;
  return splitEmailHeaders(raw.slice(marker.index + marker[0].length).replace(/^\s*\n/u, ''));
}
