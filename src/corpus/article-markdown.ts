import { stringify } from 'yaml';

/**
 * A corpus Markdown file: YAML front matter (fields that are null or empty left out), a blank line, then one
 * paragraph a line with blank lines between, the layout the corpus loader splits into paragraphs.
 */
export function articleMarkdown(frontMatter: Record<string, unknown>, paragraphs: readonly string[]): string {
  const fields = Object.fromEntries(
    Object.entries(frontMatter).filter(
      ([, value]) =>
        value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
  // lineWidth 0: a long title stays on one line, readable and greppable.
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`;
}
