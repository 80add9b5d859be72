// A site's RSS or Atom feed, saved as it is or as a browser shows it ("This XML file does not appear to have any
// style information…", the feed's XML kept in the saved page), lists the site's stories, each with its headline,
// link, date and summary. Each story is read as a related entry of the site's, citable with its own date and link:
// a feed has no text of its own, and its stories' summaries are what it says.
import { DOMParser } from 'linkedom';
import { articleMarkdown } from './article-markdown.ts';
import { toIsoDate } from './dates.ts';
import { collapseSpace, parseHtmlDocument, type HtmlElement } from './html-dom.ts';
import { domainOf } from './metadata.ts';

/** The feed's XML, wherever it sits in the file: from its root element to that element's end. */
const RSS = /<rss\b[^>]*>[\s\S]*<\/rss>/u;
const ATOM = /<feed\b[^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"[^>]*>[\s\S]*<\/feed>/u;
/** The separators a feed's title sets between its site's name and its section: "Westmoor Echo - Transport". */
const TITLE_PARTS = /\s+(?:[|–—:-])\s+|:\s+/u;

interface FeedStory {
  title: string | null;
  url: string | null;
  published: string | null;
  excerpt: string | null;
}

/** A feed as a corpus file's Markdown: its site, and each story as a related entry; null for any other text. */
export function newsFeedText(text: string): string | null {
  const xml =
    (text.includes('<rss') ? RSS.exec(text)?.[0] : undefined) ??
    (text.includes('<feed') ? ATOM.exec(text)?.[0] : undefined);
  if (!xml) return null;
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: HtmlElement };
  const root = document.documentElement;
  const channel = root.tagName.toLowerCase() === 'rss' ? childNamed(root, 'channel') : root;
  if (!channel) return null;
  const stories = childrenNamed(channel, 'item')
    .concat(childrenNamed(channel, 'entry'))
    .map(storyOf)
    .filter((s) => s.excerpt ?? s.title);
  if (stories.length === 0) return null;
  const link = linkOf(channel);
  const outlet = siteName(textOf(childNamed(channel, 'title')), link);
  const dates = stories.map((s) => s.published).filter((d): d is string => d !== null);
  return articleMarkdown(
    {
      title: textOf(childNamed(channel, 'title')),
      outlet,
      published: dates.sort().at(-1) ?? toIsoDate(textOf(childNamed(channel, 'lastBuildDate'))),
      url: link,
      related: stories.map((story) => ({ ...story, outlet })),
    },
    [],
  );
}

function storyOf(item: HtmlElement): FeedStory {
  const summary = textOf(childNamed(item, 'description') ?? childNamed(item, 'summary') ?? childNamed(item, 'content'));
  const date = textOf(childNamed(item, 'pubDate') ?? childNamed(item, 'published') ?? childNamed(item, 'updated'));
  return {
    title: textOf(childNamed(item, 'title')),
    url: linkOf(item),
    published: toIsoDate(date),
    // A summary is often HTML, escaped inside the XML: its text is what the story says.
    excerpt:
      summary && /<\w/u.test(summary) ? collapseSpace(parseHtmlDocument(summary).documentElement.textContent) : summary,
  };
}

/** The site's name from its feed's title, the part its address spells ("Westmoor Evening Echo" on westmoorecho). */
function siteName(title: string | null, link: string | null): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_PARTS).filter(Boolean);
  const host = domainOf(link)?.toLowerCase() ?? '';
  const spelled = (part: string): number =>
    part
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2 && host.includes(word)).length;
  return [...parts].sort((a, b) => spelled(b) - spelled(a))[0] ?? title;
}

function linkOf(element: HtmlElement): string | null {
  const link = childNamed(element, 'link');
  const url = link?.getAttribute('href') ?? textOf(link);
  return url && /^https?:\/\//u.test(url) ? url : null;
}

const childrenNamed = (element: HtmlElement, name: string): HtmlElement[] =>
  [...element.children].filter((child) => child.tagName.toLowerCase() === name.toLowerCase());
const childNamed = (element: HtmlElement, name: string): HtmlElement | undefined => childrenNamed(element, name)[0];
const textOf = (element: HtmlElement | undefined): string | null => collapseSpace(element?.textContent) || null;
