// Newsletters, reports and papers are typeset with LaTeX, and a file of its source reads as a page only once its
// markup is taken out: the preamble's \title, \author and \date give the document's title and date; sections become
// headings, list items lines, footnotes brackets, a table's rows lines of cells; commands that only set type go.
// The readers for Node turn a whole document into HTML and stop at a package they do not know; the subset a
// newsletter uses is small, so it is read here.
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';

const DOCUMENT = /\\documentclass\b|\\begin\{document\}/u;
/** How far into a file its \documentclass is looked for: a few comment lines may come before it. */
const PREAMBLE_REACH = 4000;
const COMMENT = /(?<!\\)%.*$/gmu;
/** Commands that set type or place things, with the arguments each takes: left out with them. */
const LAYOUT_ARGUMENTS: Readonly<Record<string, number>> = {
  vspace: 1,
  hspace: 1,
  includegraphics: 1,
  label: 1,
  rule: 2,
  setlength: 2,
  pagestyle: 1,
  thispagestyle: 1,
  usepackage: 1,
  newcommand: 2,
  renewcommand: 2,
};
/**
 * Characters written as named commands, read before any command is taken out. A command's name ends where its letters
 * do ("\pounds24"); "{}" may end it too ("\pounds{}24").
 */
const NAMED_SYMBOLS: ReadonlyArray<[RegExp, string]> = [
  [/\\(?:pounds|textsterling)(?![A-Za-z])(?:\{\}|\s)?/gu, '£'],
  [/\\(?:euro|texteuro)(?![A-Za-z])(?:\{\}|\s)?/gu, '€'],
  [/\\(?:ldots|dots)(?![A-Za-z])(?:\{\}|\s)?/gu, '…'],
];
/** Characters escaped, and marks written as ligatures, as a reader sees them. */
const MARKS: ReadonlyArray<[RegExp, string]> = [
  [/\\([&%$#_{}])/gu, '$1'],
  [/---/gu, '—'],
  [/--/gu, '–'],
  [/``/gu, '“'],
  [/''/gu, '”'],
  [/(?<!\\)~/gu, ' '],
  [/\\,|\\ /gu, ' '],
];

/** A LaTeX document's source as a corpus file's Markdown; null for any other text. */
export function latexSourceText(text: string): string | null {
  if (!DOCUMENT.test(text.slice(0, PREAMBLE_REACH))) return null;
  const source = text.replace(COMMENT, '');
  const macros = simpleMacros(source);
  const begin = source.indexOf('\\begin{document}');
  const preamble = begin < 0 ? '' : source.slice(0, begin);
  const field = (name: string): string[] => {
    const at = preamble.search(new RegExp(String.raw`\\${name}\{`, 'u'));
    const value = at < 0 ? null : argumentAt(preamble, preamble.indexOf('{', at));
    return value ? lines(plain(expand(value.text, macros))) : [];
  };
  const [title, ...subtitle] = field('title');
  const end = source.indexOf('\\end{document}');
  const body = source.slice(begin < 0 ? 0 : begin + '\\begin{document}'.length, end < 0 ? undefined : end);
  const paragraphs = [...subtitle, ...field('author'), ...bodyParagraphs(expand(body, macros))];
  if (!title || paragraphs.length === 0) return null;
  return articleMarkdown({ title, published: toIsoDate(field('date').join(' ') || null) }, paragraphs);
}

/** A braced argument starting at `open` (a "{"), its text and where it ends; null when unbalanced. */
function argumentAt(text: string, open: number): { text: string; end: number } | null {
  if (text[open] !== '{') return null;
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return { text: text.slice(open + 1, at), end: at + 1 };
  }
  return null;
}

/** A command's `count` braced arguments from `at`, and where the last ends; null when one is missing. */
function argumentsAt(text: string, at: number, count: number): { texts: string[]; end: number } | null {
  const texts: string[] = [];
  let end = at;
  for (let k = 0; k < count; k++) {
    const arg = argumentAt(text, end);
    if (!arg) return null;
    texts.push(arg.text);
    end = arg.end;
  }
  return { texts, end };
}

/** The document's own commands, "\newcommand{\issue}{187}" or with arguments ("\loco[1]{\textit{#1}}"). */
function simpleMacros(source: string): Map<string, { count: number; body: string }> {
  const macros = new Map<string, { count: number; body: string }>();
  for (const m of source.matchAll(/\\(?:re)?newcommand\*?\{?\\([A-Za-z]+)\}?(?:\[(\d)\])?(?=\{)/gu)) {
    const body = argumentAt(source, m.index + m[0].length);
    if (body) macros.set(m[1]!, { count: Number(m[2] ?? 0), body: body.text });
  }
  return macros;
}

/** The text with the document's own commands replaced by what they stand for, their arguments put in. */
function expand(text: string, macros: ReadonlyMap<string, { count: number; body: string }>): string {
  if (macros.size === 0) return text;
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/\\([A-Za-z]+)/gu)) {
    const macro = macros.get(m[1]!);
    if (!macro || m.index < at) continue;
    const args = argumentsAt(text, m.index + m[0].length, macro.count);
    if (!args) continue;
    // A command without arguments ends at its name: "\issue\ -- \season" keeps the space its backslash held.
    out += text.slice(at, m.index) + macro.body.replace(/#(\d)/gu, (_, n: string) => args.texts[Number(n) - 1] ?? '');
    at = args.end;
  }
  return out + text.slice(at);
}

/** The body's paragraphs: sections as headings, list items and table rows as lines, layout left out. */
function bodyParagraphs(body: string): string[] {
  const marked = body
    .replace(/\\(?:part|chapter|(?:sub){0,2}section|paragraph)\*?\s*(?=\{)/gu, '\n\n\u0001')
    .replace(/\\begin\{(?:tabular|tabularx|longtable)\}(?:\{[^}]*\})+/gu, '\n\n\u0002')
    .replace(/\\end\{(?:tabular|tabularx|longtable)\}/gu, '\n\n')
    .replace(/\\(?:begin|end)\{[a-z*]+\}(?:\[[^\]]*\])?/gu, '\n\n')
    .replace(/\\item\b\s*/gu, '\n\n- ')
    .replace(/\\(?:par|maketitle|newpage|clearpage|bigskip|medskip|smallskip)\b/gu, '\n\n');
  const paragraphs: string[] = [];
  for (const block of marked.split(/\n\s*\n/u)) {
    if (block.startsWith('\u0001')) {
      const heading = argumentAt(block, 1);
      if (heading) paragraphs.push(`## ${plain(heading.text)}`, ...lines(plain(block.slice(heading.end))));
    } else if (block.startsWith('\u0002')) {
      const rows = block
        .slice(1)
        .split(/\\\\/u)
        .map((row) => plain(row.replace(/\\hline\b/gu, '')));
      paragraphs.push(
        ...rows
          .map((row) =>
            row
              .split(/\s*&\s*/u)
              .filter(Boolean)
              .join(', '),
          )
          .filter(Boolean),
      );
    } else paragraphs.push(...lines(plain(block)));
  }
  return paragraphs.filter((p) => p !== '' && p !== '-');
}

/** A paragraph's text as a reader sees it: footnotes in brackets, links as their words, type commands gone. */
function plain(text: string): string {
  let out = NAMED_SYMBOLS.reduce((t, [pattern, symbol]) => t.replace(pattern, symbol), text);
  for (const [name, count] of Object.entries(LAYOUT_ARGUMENTS)) out = withoutCommand(out, name, count);
  // A source line break is a space; "\\" breaks a line (a title's, an address's).
  out = out
    .replace(/\s*\n\s*/gu, ' ')
    .replace(/\\footnote\{/gu, ' (\\footnotetext{')
    .replace(/\\href\{[^}]*\}/gu, '')
    .replace(/\\\\(?:\[[^\]]*\])?/gu, '\n');
  // Innermost first: a command around a command ("\textbf{\loco{X}}") is undone from the inside out.
  for (let pass = 0; pass < 4 && /\\[A-Za-z]+\*?(?:\[[^\]]*\])?\{/u.test(out); pass++) {
    out = out.replace(/\\([A-Za-z]+)\*?(?:\[[^\]]*\])?\{([^{}]*)\}/gu, (_, name: string, words: string) =>
      name === 'footnotetext' ? `${words})` : words,
    );
  }
  for (const [pattern, symbol] of MARKS) out = out.replace(pattern, symbol);
  return out
    .replace(/\\[A-Za-z]+\*?/gu, '')
    .replace(/[{}]/gu, '')
    .replace(/[ \t]+/gu, ' ')
    .replace(/ ?\n ?/gu, '\n')
    .trim();
}

/** A command and its braced arguments taken out of a text ("\vspace{4pt}", "\rule{\linewidth}{0.4pt}"). */
function withoutCommand(text: string, name: string, count: number): string {
  const pattern = new RegExp(String.raw`\\${name}\*?(?:\[[^\]]*\])?(?=\{)`, 'gu');
  let out = text;
  for (let m = pattern.exec(out); m; m = pattern.exec(out)) {
    const end = argumentsAt(out, m.index + m[0].length, count)?.end ?? m.index + m[0].length;
    out = out.slice(0, m.index) + out.slice(end);
    pattern.lastIndex = m.index;
  }
  return out;
}

/** A text's non-empty lines, each with its spacing tidied: \\ breaks a title or an address into lines. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}
