import { z } from 'zod';

/** What a page's JSON-LD says about the article on it; each field is absent when the markup does not say. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  authors: string[];
  url?: string;
  /** CSS selectors of the article's parts the page marks as for subscribers (its `hasPart` paywall markup). */
  paywalledParts: string[];
}

// schema.org types for a piece of journalism or writing; "Article" and its subtypes, and blog posts.
export const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting)$/u;

// Publishers write JSON-LD by hand or through plugins, so every field is read leniently: a name may be a string,
// an object with a name, or a list of either; anything malformed counts as absent rather than failing the page.
const text = z.string().trim().min(1);
const Named = z.union([text, z.object({ name: text })]).transform((v) => (typeof v === 'string' ? v : v.name));
const names = z.union([
  Named.transform((n) => [n]),
  z.array(Named.optional().catch(undefined)).transform((list) => list.filter((n) => n !== undefined)),
]);
const link = z.union([text, z.object({ '@id': text })]).transform((v) => (typeof v === 'string' ? v : v['@id']));

const ArticleNode = z.object({
  '@type': z.union([text.transform((t) => [t]), z.array(z.string())]),
  headline: text.optional().catch(undefined),
  datePublished: text.optional().catch(undefined),
  dateModified: text.optional().catch(undefined),
  publisher: names.optional().catch(undefined),
  author: names.optional().catch(undefined),
  url: text.optional().catch(undefined),
  mainEntityOfPage: link.optional().catch(undefined),
  hasPart: z.unknown().optional(),
});

// Google's markup for paywalled articles names the subscribers' part of the article by a CSS selector.
const Part = z.object({ cssSelector: z.union([text.transform((t) => [t]), z.array(text)]) });

/** The selectors a `hasPart` value (one part or a list) names; malformed parts name none. */
function partSelectors(hasPart: unknown): string[] {
  return (Array.isArray(hasPart) ? hasPart : [hasPart]).flatMap((part) => Part.safeParse(part).data?.cssSelector ?? []);
}

/** Every node of a JSON-LD document: top-level arrays and `@graph` lists are flattened. */
function nodesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(nodesOf);
  if (value && typeof value === 'object' && '@graph' in value) return [value, ...nodesOf(value['@graph'])];
  return [value];
}

/** Reads the first Article-typed node (NewsArticle, ReportageNewsArticle, BlogPosting …) out of JSON-LD scripts. */
export function readJsonLdArticle(scripts: readonly string[]): JsonLdArticle | null {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue; // Broken JSON-LD is common (trailing commas, CMS template slips); other sources still apply.
    }
    for (const node of nodesOf(data)) {
      const parsed = ArticleNode.safeParse(node);
      if (!parsed.success || !parsed.data['@type'].some((type) => ARTICLE_TYPE.test(type))) continue;
      const a = parsed.data;
      return {
        headline: a.headline,
        datePublished: a.datePublished,
        dateModified: a.dateModified,
        publisher: a.publisher?.[0],
        authors: a.author ?? [],
        url: a.url ?? a.mainEntityOfPage,
        paywalledParts: partSelectors(a.hasPart),
      };
    }
  }
  return null;
}
