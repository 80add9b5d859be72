// Sites built with Astro, Next.js or Docusaurus keep their posts as MDX: Markdown whose first lines import the
// components its text then places between paragraphs ("<Callout type="warning">", "<Image src={photo} />"). Saved
// as a `.md` file, the imports and the components' tags are code, never the post's words; the text inside a
// component ("<Callout>The consultation closes …</Callout>") is.

/** An ES module's import or export line at the top of an MDX post. */
const ESM_LINE =
  /^(?:import\s+(?:[\w*{},\s]+\s+from\s+)?['"][^'"\n]+['"];?|export\s+(?:const|default|function)\b.*)$/gmu;
/** A component's opening, closing or self-closing tag alone on its lines, its attributes perhaps over several. */
const COMPONENT_TAG = /^<\/?[A-Z][\w.]*(?:\s[^<>]*?)?\/?>[ \t]*$/gmsu;

/** An MDX post's text without its imports and component tags; other Markdown is returned as it is. */
export function withoutMdxSyntax(markdown: string): string {
  if (markdown.match(ESM_LINE) === null) return markdown;
  return markdown.replace(ESM_LINE, '').replace(COMPONENT_TAG, '');
}
