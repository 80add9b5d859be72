import type { Block } from './blocks.ts';

// A memo or briefing note heads its text with who wrote it and for whom: "From: Cllr Jane Roe (Independent),
// Example County Council – Riverside division", then "To: …". Its writer is its source where nothing names one.

/** How many lines from the top a memo's header may stand (below its title and a label). */
const HEADER_REACH = 8;
const FROM = /^from:\s*(\S.*)$/i;
const TO = /^to:\s*\S/i;
/** The writer's name ends at a bracket (a party, a role), a comma (the body they belong to) or a dash. */
const WRITER = /^([^(,<–—]+?)\s*(?:[(,<–—]|\s-\s|$)/u;

/** The writer a memo's "From:" line names, as it writes them; else null. */
export function memoWriter(blocks: readonly Block[]): string | null {
  const top = blocks.slice(0, HEADER_REACH).map((b) => b.text.trim());
  const from = top.map((line) => FROM.exec(line)?.[1]).find(Boolean);
  if (!from || !top.some((line) => TO.test(line))) return null;
  return WRITER.exec(from)?.[1] ?? null;
}
