import { collapseSpace, type HtmlDocument, type HtmlElement } from './html-dom.ts';
import { ARTICLE_TYPE, type JsonLdArticle } from './json-ld.ts';

// schema.org microdata marks the article in the page's own elements (`itemscope itemtype=".../NewsArticle"`,
// `itemprop="headline"`). Read over the DOM the page is already parsed into, as a microdata library would parse it
// again; only the few properties a source needs.

/** The value of one property element: a <meta>'s content, a <time>'s datetime, a link's address, or its text. */
function propertyValue(element: HtmlElement): string | undefined {
  const tag = element.tagName.toLowerCase();
  const attribute =
    tag === 'meta' ? 'content' : tag === 'time' ? 'datetime' : tag === 'a' || tag === 'link' ? 'href' : null;
  const value =
    (attribute && element.getAttribute(attribute)) || element.getAttribute('content') || element.textContent;
  return collapseSpace(value) || undefined;
}

/** The elements giving a property of an item: its own, not those of an item nested in it. */
function propertiesOf(item: HtmlElement, name: string): HtmlElement[] {
  return [...item.querySelectorAll(`[itemprop~="${name}"]`)].filter(
    (element) => element.parentElement?.closest('[itemscope]') === item,
  );
}

/** A property's text value, or for a nested item (an Organization, a Person) that item's name. */
function nameOf(element: HtmlElement): string | undefined {
  if (element.getAttribute('itemscope') === null) return propertyValue(element);
  const name = propertiesOf(element, 'name')[0];
  return name ? propertyValue(name) : undefined;
}

/** What the page's first Article-typed microdata item (NewsArticle, BlogPosting …) says, or null when it has none. */
export function readMicrodataArticle(document: HtmlDocument): JsonLdArticle | null {
  const item = [...document.querySelectorAll('[itemscope][itemtype]')].find((element) =>
    (element.getAttribute('itemtype') ?? '').split(/\s+/u).some((type) => ARTICLE_TYPE.test(type.split('/').at(-1)!)),
  );
  if (!item) return null;
  const first = (name: string): string | undefined => {
    const element = propertiesOf(item, name)[0];
    return element ? nameOf(element) : undefined;
  };
  return {
    headline: first('headline') ?? first('name'),
    datePublished: first('datePublished'),
    dateModified: first('dateModified'),
    publisher: first('publisher'),
    authors: propertiesOf(item, 'author').flatMap((element) => nameOf(element) ?? []),
    url: first('url') ?? first('mainEntityOfPage'),
    paywalledParts: [],
  };
}
