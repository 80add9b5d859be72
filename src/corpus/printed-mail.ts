import { toIsoDate } from './dates.ts';
import { mailSource } from './email-headers.ts';
import { cleanText as clean, type HtmlDocument } from './html-dom.ts';

// A message opened in a webmail and saved from its print view (Outlook on the web, Gmail) sets its headers in a
// table above the text: "From:", "Sent:", "To:", "Subject:". The page's own title names the webmail and the
// mailbox ("Mail - Daniel Example - Outlook"); the message's subject titles it, and its sender is its source.

/** A header's label in its own cell: "From:", "Sent:". */
const LABEL = /^(from|sent|date|subject):$/i;

/** A printed message's subject, sender and date, from its header table; null for a page without one. */
export function printedMail(
  document: HtmlDocument,
): { title: string; outlet: string; published: string | null } | null {
  const fields = new Map<string, string>();
  for (const row of document.querySelectorAll('tr')) {
    const cells = [...row.querySelectorAll('td, th')];
    const label = LABEL.exec(clean(cells[0]?.textContent) ?? '')?.[1]?.toLowerCase();
    const value = clean(cells[1]?.textContent);
    if (label && value && cells.length === 2 && !fields.has(label)) fields.set(label, value);
  }
  const [from, title] = [fields.get('from'), fields.get('subject')];
  if (!from || !title) return null;
  const source = mailSource(from, false);
  const outlet = source.outlet ?? source.sender;
  return outlet ? { title, outlet, published: toIsoDate(fields.get('sent') ?? fields.get('date') ?? '') } : null;
}
