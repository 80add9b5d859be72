import { chatOfFileName } from './chat-export.ts';
import { anyOf, regex } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import { datelineOf } from './dates.ts';
import { MONTH_PATTERN } from '../text/calendar.ts';

/** What a corpus file's name says about the article, the way people save pages. */
export interface FileNameHints {
  /** The headline half of a browser-saved name ("Headline _ Site.txt", "Site - Headline.txt", "Headline.md"). */
  headline: string | null;
  /** The site half of a browser-saved name. */
  site: string | null;
}

// Names that say nothing: "article (1).txt", "index.md", "download-2.txt", "untitled.txt".
const GENERIC = regex(
  [
    '^',
    anyOf([
      'article',
      'page',
      'index',
      'untitled',
      'download',
      'document',
      'file',
      'story',
      'news',
      'text',
      'new file',
      'copy of .*',
    ]),
    String.raw`(?:\s*\(\d+\)|[-_ ]?\d+)?$`,
  ],
  'iu',
);
const ISSUE_MONTH = regex([String.raw`^${MONTH_PATTERN}\s+\d{4}$`], 'iu');
const LABEL_IN_CAPITALS = /^(?:IMPORTANT|URGENT|FWD?|RE|UPDATE|REMINDER|NOTICE|ACTION REQUIRED)$/u;

// Browsers turn "Headline | Site" into "Headline _ Site" (characters not allowed in file names become "_").
const TITLE_SEPARATOR = /\s+[_|–—-]\s+/u;
const SITE_NAME_WORDS = 6;

/** Reads a corpus file's name (a path relative to the corpus directory) for headline and site hints. */
export function fileNameHints(file: string): FileNameHints {
  const base = (file.split('/').pop() ?? file).replace(/\.[^.]+$/u, '').trim();
  // Slugs ("outlet-name-story-words") are read by outletSlugWords, once the headline is known.
  if (!base || GENERIC.test(base) || !/\s/u.test(base)) return { headline: null, site: null };
  // An exported chat is the chat's, and titled as its file is; a saved mail is named by its subject, no site's.
  const chat = chatOfFileName(base);
  if (chat) return { headline: base, site: chat };
  if (/\.eml$/i.test(file)) return { headline: base, site: null };
  const halves = base.split(TITLE_SEPARATOR);
  if (halves.length !== 2) return { headline: base, site: null };
  // The site is the short, name-like half: "Council votes … _ Harbor Ledger", "Harbor Ledger - Council votes …".
  const [first, second] = halves as [string, string];
  // "The Morning Hallow - 15 September 2026", "Skelda Sound - May 2026": a newsletter's issue is named by its date,
  // which names no site.
  if (datelineOf(second)?.published || ISSUE_MONTH.test(second)) return { headline: first, site: null };
  const [site, headline] = wordCount(first) < wordCount(second) ? [first, second] : [second, first];
  if (wordCount(site) > SITE_NAME_WORDS || !/^[\p{Lu}\p{N}]/u.test(site)) return { headline: base, site: null };
  // "IMPORTANT - your appointment has been cancelled": a mail's label in capitals is no site.
  if (LABEL_IN_CAPITALS.test(site)) return { headline, site: null };
  return { headline, site };
}

/** A content hash as scrapers name files by ("3f9a1c2e7b6d4a10"), or a bare number. */
const HASH = /^(?:[\da-f]{8,}|\d+)$/i;

/**
 * The words of a slug that name the outlet: those before the date ("example-news-2020-06-10-story") or the
 * underscore ("example-news_story-words"), or before the first word the headline shares ("example-news-story-words"
 * with headline "Story words …"). Empty when the slug gives no such split.
 */
export function outletSlugWords(file: string, headline: string | null): string[] {
  const base = (file.split('/').pop() ?? file).replace(/\.[^.]+$/u, '');
  if (/\s/u.test(base)) return [];
  // "004_3f9a1c2e7b6d4a10.txt": a scraper's running number and hash name nothing.
  if (!base.split(/[-_.\s]+/u).some((part) => /\p{L}{2}/u.test(part) && !HASH.test(part))) return [];
  const underscore = base.indexOf('_');
  if (underscore > 0) return base.slice(0, underscore).toLowerCase().split(/[-.]+/u).filter(Boolean);
  const words = base
    .toLowerCase()
    .split(/[-_.]+/u)
    .filter(Boolean);
  const date = words.findIndex((w) => /^(?:19|20)\d\d$/u.test(w));
  if (date > 0) return words.slice(0, date);
  const plainHeadline = (headline ?? '').toLowerCase().normalize('NFKD').replace(/['’]/gu, '');
  const headlineWords = new Set(plainHeadline.split(/[^\p{L}\p{N}]+/u));
  const shared = words.findIndex((w) => w.length > 3 && headlineWords.has(w));
  // "2026-03-22-shes-home": figures before the headline date the post, they name no site.
  return shared > 0 && words.slice(0, shared).some((w) => /\p{L}/u.test(w)) ? words.slice(0, shared) : [];
}
