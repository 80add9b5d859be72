import { standsFor } from '../text/names.ts';
import { monthNumber } from '../text/calendar.ts';
import { anyOf, regex } from '../text/regex.ts';
import { wordCount } from './blocks.ts';
import { isAllCaps, JOINING_WORDS } from './outlet-names.ts';

// Shapes of the lines a site template wraps around every article: menus, share bars, promotions, banners.
// Each test reads the line's form (short items between separators, a call to action about a subscription),
// never the words of one site.

const SEPARATED = /\s+[|•·›»‹«>/]\s+|\s*[|•›»‹«]\s*/u;

/**
 * A breadcrumb trail: the menu shape with arrows between the items ("News › Local › Schools", and a forum's
 * "Board index ‹ Local issues"), or a trail from "Home" ending in the page's own long title ("Home / World News /
 * Halvard postpones senior exams …").
 */
export function isBreadcrumb(text: string): boolean {
  const trail = /\s[›»‹«>]\s/u.test(text) && (isNavigation(text) || sectionTrail(text));
  return trail || /^home\s+[/›»>]\s+\S/iu.test(text);
}

/** Words a section's name in a trail takes at most. */
const SECTION_WORDS = 6;

/** "POLITICS  >  ASHCOMBE AND TILLINGFORD BY-ELECTION": sections, each a few words in capitals, in a trail. */
function sectionTrail(text: string): boolean {
  const parts = text.split(/\s[›»>]\s/u).map((part) => part.trim());
  return parts.length >= 2 && parts.every((part) => wordCount(part) <= SECTION_WORDS && isAllCaps(part));
}

// Menus copied from a page as text often keep only the gaps between their items: "Home  Local  Weather  Sports".
const SPACED = /\s{2,}|\t+/u;
const MIN_SPACED_ITEMS = 3;
/** How many links make a footer's row, which may hold more long ones than a header's buttons. */
const MIN_FOOTER_LINKS = 6;

/** The items of a menu laid on one line, set apart by wide gaps or by separators ("News   Sport", "News | Sport"). */
export function menuItems(text: string): string[] {
  return text
    .trim()
    .split(SPACED)
    .flatMap((part) => part.split(SEPARATED))
    .filter((item) => item.trim());
}

/**
 * An item of such a menu: a word or three in title case ("Watch Live", "e-Paper", "Cost of Living"), or two joined
 * ("Art & design").
 */
const titleCaseItem = (words: number): RegExp =>
  regex([
    String.raw`^(?:[\p{Lu}\p{N}&]|\p{Ll}-?\p{Lu})[^\s]*`,
    String.raw`(?:\s(?:${anyOf([...JOINING_WORDS])}\s)?[\p{Lu}\p{N}&][^\s]*){0,${words - 1}}$`,
    String.raw`|^\p{Lu}\S*\s&\s\p{Ll}+$`,
  ]);
const TITLE_CASE_ITEM = titleCaseItem(3);
/** A station's branded section ("7 On Your Side") may take a word more, once in a longer menu. */
const LONG_TITLE_CASE_ITEM = titleCaseItem(4);
const MIN_ITEMS_WITH_LONG_ONE = 5;
/** A header's buttons, capitalized only at the start ("Log in", "Subscribe from $1 a week"): at most one this long. */
const BUTTON_ITEM = /^\p{Lu}[^\s.!?]*(?:\s[^\s.!?]+){0,4}$/u;

/**
 * A menu whose items only wide gaps separate: three or more short items in title case, or a header's buttons
 * ("Menu   Search   Log in   Subscribe from $1 a week").
 */
function isSpacedMenu(text: string): boolean {
  // A button drawn in brackets ("[ Menu ]") is read for its label.
  const items = text
    .trim()
    .split(SPACED)
    .map((item) => item.replace(/^\[\s*(.+?)\s*\]$/u, '$1'));
  if (items.length < MIN_SPACED_ITEMS) return false;
  const short = items.filter((item) => TITLE_CASE_ITEM.test(item)).length;
  if (short === items.length) return true;
  const long = items.length >= MIN_ITEMS_WITH_LONG_ONE && short === items.length - 1;
  if (long && items.every((item) => LONG_TITLE_CASE_ITEM.test(item))) return true;
  const buttons = items.filter((item) => BUTTON_ITEM.test(item));
  // Two one-word buttons at least ("Menu", "Search"): a headline's words split by stray gaps run in pairs. A footer's
  // long row of links may hold two longer ones ("Terms & conditions", "How to complain").
  const words = items.map(wordCount);
  const longer = items.length >= MIN_FOOTER_LINKS ? 2 : 1;
  return (
    buttons.length === items.length &&
    words.filter((n) => n > 2).length <= longer &&
    words.filter((n) => n === 1).length >= 2
  );
}

/** A menu or breadcrumb: two or more short items between separators ("Home | News | Sports", "Sport > Football"). */
export function isNavigation(text: string): boolean {
  if (isSpacedMenu(text)) return true;
  const items = text
    .split(SEPARATED)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < 2 || wordCount(text) > 30) return false;
  const longest = Math.max(...items.map(wordCount));
  // Two items make a menu only when both are a word or three ("Sign in | Subscribe"); a title and a site name
  // ("Headline | Site") are not a menu.
  if (longest > (items.length === 2 ? 3 : 4)) return false;
  if (items.length === 2 && callLetters(items[0]!, items[1]!)) return false;
  return items.every((item) => !/[.!?]$/u.test(item) || /^\p{Lu}\.$/u.test(item));
}

/**
 * "MPR 89.3 | Marrowick Public Radio", "WCPR 89.7 FM | Calloway Public Radio": a station's call letters, perhaps
 * with its frequency, beside its name; an American station's begin with a K or a W before the name's initials.
 */
export function callLetters(letters: string, name: string): boolean {
  const sign = letters.split(/\s+/u)[0]!;
  return standsFor(sign, name) || (/^[KW]\p{Lu}{2,4}$/u.test(sign) && standsFor(sign.slice(1), name));
}

// Where readers can share a story to, or the button's verb for it ("Tweet", "Pin it"); the row names only these.
const SHARE_TARGET = regex(
  [
    '^',
    anyOf([
      'facebook',
      'twitter',
      'tweet',
      'x',
      'email',
      'e-mail',
      'mail',
      'print',
      'whatsapp',
      'linkedin',
      'reddit',
      'pinterest',
      'pin(?: it)?',
      'flipboard',
      'messenger',
      'sms',
      'text',
      'telegram',
      'threads',
      'bluesky',
      'mastodon',
      'copy(?: link)?',
      'link',
      'save',
      'gift(?: this)? article',
    ]),
    '$',
  ],
  'iu',
);
const SHARE_LABEL = /^share(?: (?:this|the) (?:article|story|page|post))?(?: on| via)?\s*:?\s*/i;
// "Email this story": a button's verb may name what it sends.
const SHARE_OBJECT = /\s+(?:this|the) (?:article|story|page|post)$/i;

/**
 * A share bar ("Share this article: Facebook Twitter Email Print", "Share: Facebook | X | Email", "Share on
 * Facebook   Share on X   Email this story").
 */
export function isShareBar(text: string): boolean {
  let labelled = false;
  let targets = 0;
  // A plain loop that stops at the first item that is no share target: in prose, that is the first one.
  for (const item of text.split(/\s*[|•·,/]\s*|\s+(?=\p{Lu})/u)) {
    const label = SHARE_LABEL.exec(item.trim());
    if (label) labelled = true;
    const target = (label ? item.trim().slice(label[0].length) : item).replace(SHARE_OBJECT, '').trim();
    if (!target) continue;
    if (!SHARE_TARGET.test(target)) return false;
    targets++;
  }
  return labelled || targets >= 3;
}

// What promotions sell: subscriptions, newsletters, apps, alerts, live streams, podcasts.
const PROMO_TOPIC = regex(
  [
    String.raw`\b`,
    anyOf([
      'newsletters?',
      'subscri(?:be|bers?|ption)',
      'sign(?:ing)? up',
      'sign in',
      'log in',
      'download',
      'apps?',
      'app store',
      'google play',
      'podcasts?',
      'inbox',
      'digital access',
      'unlimited access',
      'alerts',
      'live ?stream',
      'watch live',
      'e-edition',
      'donat(?:e|ion)s?',
      'become a member',
      'membership',
      'support (?:our|us|independent|local) (?:journalism|newsroom|reporting)',
      // A reader-funded paper's appeal: "Support the Ledger: fund fearless, independent journalism. Support us →".
      String.raw`fund (?:(?:our|fearless|independent|local|quality),?\s+)*(?:journalism|reporting|newsroom)`,
    ]),
    String.raw`\b`,
  ],
  'iu',
);
// Promotions speak to the reader: an imperative at the start of the line or of one of its sentences.
const CALL_TO_ACTION = regex(
  [
    String.raw`(?:^|[.!?:]\s+|\s[-–—]\s+)`,
    anyOf([
      'get',
      'download',
      'subscribe',
      'sign up',
      'sign in',
      'log in',
      'never miss',
      "don['’]t miss",
      'join',
      'follow',
      'listen',
      'watch',
      'turn on',
      'try',
      'register',
      'become a (?:member|subscriber)',
      'already a subscriber',
      'want',
      'donate',
      'support',
      'fund',
    ]),
    String.raw`\b`,
  ],
  'iu',
);
const ENDS_WITH_ACTION =
  /\b(?:sign up(?: here| now)?|subscribe(?: now| today)?|log in|join now|learn more|get started)[.!]?\]?$/i;

/** A page's list of its tags or topics: "Tags: allotments, statutory sites, campaigns". */
export const TAG_LIST = /^(?:tags|topics|related topics|filed under|categories|keywords)\s*:\s*\S/iu;

// A header's button asking for support by the site's name: "Support the Ledger", "Support Eastside Signal".
const SUPPORT_BUTTON = /^(?:[Ss]upport|[Dd]onate to|[Ff]und) (?:the |us\b)?(?:\p{Lu}[\p{L}&'’-]*(?: |$)){0,4}$/u;

// A paywall's meter: "Subscriber content · You are reading 1 of 2 free articles this month", "3 free articles left".
const PAYWALL_METER = regex(
  [
    String.raw`\byou(?:['’]ve| have)? (?:read|are reading) \d+ of (?:your )?\d+ free\b`,
    String.raw`|\b\d+ free (?:articles?|stories|reads?) (?:left|remaining)\b`,
    String.raw`|^(?:subscriber|premium|members?)(?:[- ]only)? (?:content|article|exclusive)\b`,
  ],
  'iu',
);
const MAX_METER_WORDS = 20;

/** A subscription, newsletter, app or live-stream promotion, recognized by a call to action about one of those. */
export function isPromotion(text: string): boolean {
  if (SUPPORT_BUTTON.test(text.trim())) return true;
  if (PAYWALL_METER.test(text) && wordCount(text) <= MAX_METER_WORDS) return true;
  if (wordCount(text) > 45 || !PROMO_TOPIC.test(text)) return false;
  return CALL_TO_ACTION.test(text) || ENDS_WITH_ACTION.test(text);
}

// Banners open with a label in capitals: "WEATHER ALERT:", "LIVE NOW:", "WATCH:", "BREAKING NEWS:".
const BANNER = regex([
  String.raw`^(?:[\p{Lu}\d]+ ){0,3}`,
  anyOf([
    'ALERTS?',
    'WARNING',
    'ADVISORY',
    'BREAKING(?: NEWS)?',
    'LIVE(?: NOW| UPDATES)?',
    'WATCH(?: LIVE| NOW)?',
    'LISTEN',
    'VIDEO',
    'PHOTOS?',
    'GALLERY',
    'DEVELOPING',
    'SPONSORED',
    'PROMOTED',
  ]),
  String.raw`(?: [\p{Lu}\d]+){0,2}\s*:`,
]);

// A site's weather strip: a temperature in degrees ("14°C Showers", "Thursday, March 12 · 4°C, light rain").
const TEMPERATURE = /-?\d{1,3}\s?°\s?[CF]\b/u;
const WEATHER_STRIP_WORDS = 12;

// A station's player bar ("▶ LISTEN LIVE Now: The Breakfast Show") and an old story's notice ("This article is more
// than 1 month old").
const PLAYER_OR_AGE = regex(
  [
    String.raw`^[▶►▸]\s*(?:listen|watch) live\b`,
    String.raw`|^this (?:article|story) is more than \S+ (?:day|week|month|year)s? old$`,
  ],
  'i',
);

/**
 * A weather, alert, live or video banner ("WEATHER ALERT: …", "WATCH: … (2:14)"), a weather strip, a player bar or
 * an old story's notice.
 */
export function isBanner(text: string): boolean {
  if (PLAYER_OR_AGE.test(text)) return true;
  // A sentence wrapped over lines ("… the pier has cooled to 18.1°C.") ends as one; a strip does not.
  if (TEMPERATURE.test(text) && wordCount(text) <= WEATHER_STRIP_WORDS && !/[.!?]$/u.test(text)) return true;
  return BANNER.test(text) && wordCount(text) <= 40;
}

const ADVERTISEMENT = regex(
  [
    '^',
    anyOf([
      'advertisement',
      'advertising',
      'ad',
      'sponsored(?: content| post| links?)?',
      'paid (?:content|post)',
      'promoted(?: content)?',
      'story continues (?:below|after) (?:this )?(?:advertisement|ad)',
    ]),
    '$',
  ],
  'iu',
);

// A shopping or money site's note on how it is paid ("Advertising disclosure: … may earn a commission from some
// links …") and on why readers may trust it: the site's notice, no part of the story.
const DISCLOSURE = regex(
  [
    String.raw`^(?:advertising|affiliate|advertiser)\s+disclosure\b|^why (?:you can|to) trust\b[^:.]{0,40}:`,
    String.raw`|\bmay (?:earn|receive|get) (?:a )?(?:small )?commissions? (?:from|on|when|if)\b[^.]{0,40}\blinks?\b`,
  ],
  'iu',
);
const MAX_DISCLOSURE_WORDS = 45;

/** An advertisement slot's label ("Advertisement", "Sponsored content"), or a site's note on how ads pay it. */
export function isAdvertisement(text: string): boolean {
  if (DISCLOSURE.test(text) && wordCount(text) <= MAX_DISCLOSURE_WORDS) return true;
  return ADVERTISEMENT.test(text.replace(/^[-–—\s]+|[-–—\s]+$/gu, ''));
}

// "42 Comments", "Comments (17)", "87 comments", "32 Comments | Sign in to join the conversation".
const COMMENT_COUNT = regex(
  [
    '^',
    anyOf([
      String.raw`\d[\d,.]*k?\s+comments?`,
      // A video page's counts: "48.2K subscribers", "312 likes"; a thread's "Thread 48.2K views".
      String.raw`(?:thread\s+)?\d[\d,.]*[km]?\s+(?:subscribers|likes|views|replies|reposts|shares)`,
      // A social post's count beside its button, alone on its line once the button's icon is gone: "6".
      String.raw`\d{1,3}(?:[.,]\d)?[km]?`,
      String.raw`comments?\s*\(\s*\d[\d,]*\s*\)`,
      String.raw`comments?\s*:\s*\d[\d,]*`,
    ]),
    String.raw`(?:\s*[|•·].*)?$`,
  ],
  'iu',
);

/** A comment counter or link to the comments. */
export function isCommentCount(text: string): boolean {
  return COMMENT_COUNT.test(text) && wordCount(text) <= 12;
}

// "© 2024 …", "Copyright 2024 …", "… All rights reserved.", "This material may not be published, broadcast …".
const COPYRIGHT = regex(
  [
    String.raw`^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b`,
    String.raw`|\bmay not be (?:published|reproduced|copied|republished|redistributed)\b`,
  ],
  'iu',
);

/** A copyright or legal footer line. */
export function isCopyrightLine(text: string): boolean {
  return COPYRIGHT.test(text) && wordCount(text) <= 45;
}

// Where a reprint first ran: "This article originally appeared in The Harbor Ledger on May 7, 2026."
const REPRINTED =
  String.raw`(?:this|the) (?:article|story|post|piece|report|interview|column) (?:was )?(?:originally |first )?` +
  String.raw`(?:appeared|ran|published) (?:in|on|at)\b`;
const REPRINT_NOTE = regex(['^', REPRINTED], 'iu');
// "… first published in Dutch in Dorrendams Dagblad on …": the name after "in", past the language it ran in.
const REPRINT_SOURCE = regex([
  String.raw`^(?:in \p{Lu}\p{Ll}+ )?in ((?:The )?\p{Lu}[\p{L}&'’.-]*(?: (?:of |and |& )?\p{Lu}[\p{L}&'’.-]*)*)`,
]);

/** Whether a line says where and when the article first ran, as reprints close. */
export function isReprintNote(text: string): boolean {
  return REPRINT_NOTE.test(text.replace(/^[*_]+/u, ''));
}

/** Where a reprint note says the article first ran ("… originally appeared in The Harbor Ledger on …"), or null. */
export function reprintSource(text: string): string | null {
  const plain = text.replace(/^[*_]+/u, '');
  const note = REPRINT_NOTE.exec(plain);
  if (!note) return null;
  // The note's pattern ends on "in", "on" or "at": the name is read from that word on.
  const rest = plain.slice(note.index + note[0].length - 2).replace(/^(?:on|at)\b/u, 'in');
  const name = REPRINT_SOURCE.exec(rest)?.[1]?.replace(/\.+$/u, '');
  // "… was published in March": a month is when, not where.
  return name && monthNumber(name.split(' ')[0]!) === null ? name : null;
}

const EDITOR_NOTE = regex(
  [
    '^',
    anyOf([
      String.raw`(?:this|the) (?:article|story|post|piece|report) (?:was|has been|is being)` +
        String.raw` (?:updated|corrected|changed|amended|revised|clarified)\b`,
      String.raw`(?:correction|clarification|editor['’]s note|update)\s*:`,
      'an earlier version of this (?:article|story|report)',
      REPRINTED,
      // A wire story's revision note under its headline: "(Adds comment from battery maker)", "(Updates with vote)".
      String.raw`\((?:adds|updates|recasts|corrects|changes|refiles|rewrites|removes|fixes|inserts)\b[^()]*\)$`,
    ]),
  ],
  'iu',
);

/** A live story's timed label, "UPDATE 21:37:": what follows it may be news, or a note on the article. */
const TIMED_UPDATE = /^update(?:d)?\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*:\s*/i;

/** An editor's note about the article itself ("This story has been updated …", "Correction: …", "(Adds …)"). */
export function isEditorNote(text: string): boolean {
  return EDITOR_NOTE.test(text.replace(/^[*_]+/u, '').replace(TIMED_UPDATE, ''));
}
