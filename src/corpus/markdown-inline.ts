import { wordCount } from './blocks.ts';

// Pages clipped to Markdown (a browser clipper, a note app) keep their links, images and marks inline: a sentence
// must read and quote as the article's words, "Norstrand paused the pens", not "[Norstrand paused the
// pens](https://…)". Hand-written rather than a Markdown parser: only inline marks go (links, images, emphasis and
// a note app's marks), and every line stays a line, so paragraphs, furniture and headlines are found as in any
// other page.

/** An image, "![alt](address)": the picture itself, never the article's words. */
const IMAGE = /!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/gu;
/** An image by reference, "![][image1]" (Google Docs' Markdown, its picture defined at the end of the file). */
const IMAGE_REFERENCE = /!\[[^\]\n]*\]\[[^\]\n]*\]/gu;
/** A heading's identifier after its words, "# Headline {#headline}" (Google Docs, Pandoc): an anchor, not words. */
const HEADING_ID = /^(#{1,6}[ \t].*?)[ \t]*\{[#.][^}\n]*\}[ \t]*$/gmu;
/** A link, "[words](address "title")", nested parentheses in the address allowed. */
const LINK = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"\n]*")?\)/gu;
/** A note app's link to another note, "[[Page]]" or "[[Page|words]]". */
const WIKI_LINK = /\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]/gu;
/** Highlighted words, "==words==". */
const HIGHLIGHT = /==([^=\n]+)==/gu;
/**
 * A section heading that asks ("## What is dravolone?"): the paragraph below answers it, so it is kept as the
 * question it is, without its marks (a heading that names a section is furniture; the page's title is "# …").
 */
const ASKING_HEADING = /^#{2,6}[ \t]+(?=[^\n]*\?[ \t]*$)/gmu;
/**
 * Words set in bold or italics, "**MH:**", "*Alexandrium catenella*", "__now__": a pair of marks that hug the words
 * between them on one line. A bullet ("* item"), a footnote's star and "snake_case" are no pair.
 */
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])(\*\*|__|\*|_)(?=[^\s*_])([^\n]*?[^\s*_\\])\1(?![\p{L}\p{N}*_])/gu;
/**
 * A wiki page copied as text: its footnote marks after a word or a sentence ("… on 5 August.[1][2] At …",
 * "[citation needed]") and its section headings' "[edit]" links.
 */
const WIKI_MARK =
  /(?<=[\p{L}\p{N}.,;:!?'"”’)\]])\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed|edit)\](?=[\s.,;:[]|$)/gmu;
/** A converter's span with attributes (Pandoc's), "[words]{.mark}", "[words]{#id .underline}": the words. */
const ATTRIBUTED_SPAN = /\[([^\]\n]*)\]\{[#.][^}\n]*\}/gu;
/** Pandoc's attributes set straight after emphasis or a link's words, "*words*{.underline}". */
const ATTRIBUTES = /(?<=\S)\{\.[\w-]+\}/gu;
/** Pandoc's fenced divs, which keep a page's boxes: "::: {.article-body}" opens one, ":::" closes it. */
const FENCED_DIV = /^:{3,}(?:[ \t]*\{[^}\n]*\}|[ \t]*[\w-]+)?[ \t]*$/gmu;
/** An image's attributes, left alone on their line once the image is dropped: "![…](…){.lead-image}". */
const LONE_ATTRIBUTES = /^[ \t]*\{[#.][^}\n]*\}[ \t]*$/gmu;
/** A punctuation mark escaped ("\$210", "\-4 °C", "\*"), or a backslash closing a line (a hard line break). */
const ESCAPE = /\\([!-/:-@[-`{-~])|\\$/gmu;
/** A quotation's marks, "> " opening each of its lines (nested, "> > "): the quoted words are the article's. */
const QUOTE_MARKS = /^(?:[ \t]*>)+[ \t]?/gmu;
/** A callout's type, "> [!quote]" or "> [!note] Title". */
const CALLOUT = /^(\s*>\s*)\[![\w-]+\][+-]?\s*/gmu;
/** An ordered list's number opening a line. */
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+/u;
/** What a line of links holds besides them: bullets, separators, quote marks, emphasis. */
const LINK_LINE_MARKS = /[\s\-*+•·|/>()–—]/gu;
/** A label before a list of links ("Related:", "More from Harbor Ledger:") takes at most this many words. */
const LINK_LABEL_WORDS = 6;

/** What a related story's link may have after it: its source, "(The Harbor Ledger)" or "— The Harbor Ledger". */
const SOURCE_AFTER = /^\s*(?:[-*+•]\s*)?(?:\(\s*[^()]{2,60}\)|[—–]\s*[^.()]{2,60})\s*$/u;

/**
 * Whether a line is only links (a menu, a list of related stories, share buttons), perhaps after a short label or
 * with a story's source after it.
 */
function onlyLinks(line: string): boolean {
  if (!line.includes('](') || !line.match(LINK)) return false;
  // A numbered list of links ("1.  [Headline](…)", a "Most viewed" box) is links all the same.
  const withoutLinks = line.replace(LIST_NUMBER, '').replace(IMAGE, '').replace(LINK, '');
  const rest = withoutLinks.replace(LINK_LINE_MARKS, ' ').trim();
  return (
    rest === '' ||
    (rest.endsWith(':') && wordCount(rest) <= LINK_LABEL_WORDS) ||
    (line
      .trimStart()
      .replace(/^[-*+•]\s*/u, '')
      .startsWith('[') &&
      SOURCE_AFTER.test(withoutLinks))
  );
}

/** A text with Markdown's inline marks turned into the words they mark, and lines that are only links dropped. */
export function plainMarkdown(text: string): string {
  if (!/\]\(|\[\[|==|\[!|^#{2,6}[ \t]|^[ \t]*>|[*_\\]|\S\[|\]\{|^:::/mu.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (onlyLinks(line) ? '' : line))
    .join('\n')
    .replace(FENCED_DIV, '')
    .replace(IMAGE, '')
    .replace(IMAGE_REFERENCE, '')
    .replace(LONE_ATTRIBUTES, '')
    .replace(HEADING_ID, '$1')
    .replace(ATTRIBUTED_SPAN, '$1')
    .replace(ATTRIBUTES, '')
    .replace(LINK, '$1')
    .replace(WIKI_LINK, '$1')
    .replace(HIGHLIGHT, '$1')
    .replace(EMPHASIS, '$2')
    .replace(WIKI_MARK, '')
    .replace(CALLOUT, '$1')
    .replace(QUOTE_MARKS, '')
    .replace(ASKING_HEADING, '')
    .replace(ESCAPE, '$1');
}
