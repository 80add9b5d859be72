// A page saved as text by a terminal browser (lynx, w3m) marks each link "[12]" beside its words and lists the
// addresses at the end, under "References" or "Visible links": the marks and the list are the browser's, not the
// article's.
const LIST_HEADING = /^[ \t]*(?:References|Visible links|Hidden links):?[ \t]*$/im;
const NUMBERED_LINK = /^[ \t]*\d{1,4}\.[ \t]+\S+:\/\/\S+[ \t]*$/gmu;
// lynx sets the mark before the link's words ("By [19]Jas Whitcombe"), w3m and others after them.
const LINK_MARK = /(?<=\S)\[\d{1,4}\]|\[\d{1,4}\](?=\S)/gu;
/** Numbered addresses a list must hold to be a browser's, not an article's "References" heading. */
const MIN_LINKS = 2;

/** A page as a terminal browser saved it, without its link marks and the list of addresses they point to. */
export function withoutLinkReferences(text: string): string {
  // Most texts hold no address at all: the heading is looked for only in one that does.
  const heading = text.includes('://') ? LIST_HEADING.exec(text) : null;
  if (!heading) return text;
  const list = text.slice(heading.index);
  if ((list.match(NUMBERED_LINK)?.length ?? 0) < MIN_LINKS) return text;
  return text.slice(0, heading.index).replace(LINK_MARK, '');
}

// A browser's "Save Page As… Text Files" writes each link's address in angle brackets after its words ("Home
// <https://…>", "By Jane Roe <https://…/authors/jane-roe>, Reporter"): the addresses are the browser's too.
const LINK_TARGET = /(?<=\S)[ \t]+<(?:[a-z][\w+.-]*:\/\/|mailto:)[^<>\s]*>/giu;
/** Addresses after words a text must hold to be such a save, not a note quoting a link or two. */
const MIN_TARGETS = 3;

/** A page saved as text with its links' addresses after their words, without the addresses. */
export function withoutLinkTargets(text: string): string {
  if (!text.includes('://')) return text;
  const targets = text.match(LINK_TARGET)?.length ?? 0;
  return targets >= MIN_TARGETS ? text.replace(LINK_TARGET, '') : text;
}
