import { selfDescribedName } from './outlet-names.ts';
import { memoized } from '../text/memoize.ts';
import { anyOf, regex, sources } from '../text/regex.ts';
import { endsLikeSentence, RULE_LINE, wordCount } from './blocks.ts';
import { isCreditLine, parseByline, unemphasized } from './bylines.ts';
import { publisherOf, readMastheadLine } from './masthead-line.ts';
import { isPhotoCredit } from './captions.ts';
import {
  isAdvertisement,
  isBanner,
  isBreadcrumb,
  isCommentCount,
  isCopyrightLine,
  isEditorNote,
  isNavigation,
  isPromotion,
  isShareBar,
  menuItems,
  TAG_LIST,
} from './chrome-shapes.ts';
import { datelineOf, eitherWayDates, NAME_LABEL, NAME_WORD, REPORTER_ROLE } from './dates.ts';
import { APP_NOTICE } from './chat-export.ts';

/** Why a paragraph was taken out of an article body. */
export type FurnitureKind =
  | 'cookie-notice'
  | 'skip-link'
  | 'page-chrome'
  | 'photo-credit'
  | 'widget'
  | 'dateline'
  | 'editor-note'
  | 'advertisement'
  | 'comment-count'
  | 'reader-comment'
  | 'copyright'
  | 'byline'
  | 'share'
  | 'navigation'
  | 'breadcrumb'
  | 'related-heading'
  | 'related-link'
  | 'promo'
  | 'banner'
  | 'section-label'
  | 'subheading'
  | 'link-line'
  | 'page-header'
  | 'title'
  | 'link-list'
  | 'author-bio'
  | 'site-blurb'
  | 'repeated-across-documents'
  | 'trailing-fragment'
  | 'duplicate';

// Consent banners are recognized by the word "cookie" (the same in most European languages) together with
// the vocabulary of browsing, consent or privacy in English, Portuguese, Spanish, French, German or Italian.
const COOKIE = /\bcookies?\b/i;
const CONSENT_CONTEXT = regex(
  [
    String.raw`\b`,
    anyOf(
      sources(String.raw`
      site website sitio brows\p{L}* navega\p{L}* navigat\p{L}* consent\p{L}* privacy privacidade agree\p{L}*
      privacidad confidentialit\p{L}* datenschutz policy pol[ií]tica politique accept\p{L}*
      aceit\p{L}* akzept\p{L}* settings configura\p{L}* einstellung\p{L}* experience
      experi[eê]ncia experiencia partners personali[sz]\p{L}* choices preferences
      `),
    ),
    String.raw`\b`,
  ],
  'iu',
);

// A consent banner's buttons on a line of their own: "Accept all   Manage preferences", "Accept | Manage Options".
const CONSENT_BUTTON = /^\[?\s*(?:i )?(?:accept|reject|allow|deny|decline|manage|customi[sz]e|agree)\b(?:\s\S+){0,2}$/i;
// The consent framework's own wording, cookies or not: "We and our partners store and/or access information on a
// device".
const DEVICE_CONSENT = /\bstore and(?:\/or)? access information on (?:a|your) device\b/i;
/** A consent banner's heading: "We value your privacy", "Your privacy choices", "Cookie settings". */
// "Cookies on NRB": a consent banner's heading naming the site it is on.
const COOKIES_ON = /^Cookies on (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?: \p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;
const CONSENT_HEADING = regex(
  [
    String.raw`^(?:we (?:value|care about|respect) your privacy|your privacy(?: choices| settings)?`,
    String.raw`|privacy settings|cookie (?:settings|preferences|consent))$`,
  ],
  'i',
);
// Beside such a button, a bare "Preferences" or "Show Purposes" is one more ("I Accept   Show Purposes").
const CONSENT_CHOICES =
  /^(?:(?:cookie )?(?:preferences|settings)|(?:more )?options|show (?:purposes|vendors|details))$/i;
const BUTTON_GAP = /\s{2,}|\t+|\s+\|\s+/u;
const isConsentButtons = (text: string): boolean => {
  const items = text.trim().split(BUTTON_GAP);
  return (
    items.some((item) => CONSENT_BUTTON.test(item)) &&
    items.every((item) => CONSENT_BUTTON.test(item) || CONSENT_CHOICES.test(item))
  );
};

const SKIP_LINK = regex(
  [
    '^',
    anyOf([
      '(?:skip|jump) (?:to |over )?(?:the )?(?:main )?(?:content|navigation|article|footer|search|menu)',
      // A live page's or a front's own skip links: "Skip to key events", "Skip to key stories".
      String.raw`(?:skip|jump) to (?:the )?(?:key|latest|top) (?:events|stories|updates|points)\s*$`,
      '(?:pular|ir) para o conte[uú]do',
      'saltar al contenido',
      'aller au contenu',
      'zum inhalt',
    ]),
  ],
  'iu',
);

/** The line a phone's share sheet adds to what it shares (a pattern's source): "Shared from Apple News". */
export const SHARED_FROM = String.raw`shared (?:from|via) \S.{0,40}`;

// Buttons and labels that page templates put around images and articles.
const PAGE_CHROME = regex(
  [
    '^',
    anyOf([
      '(?:enlarge|expand|toggle|hide|show|view)(?: this)? (?:icon|image|photo|caption|gallery)',
      'enlarge icon',
      'accessibility(?: help| statement)?',
      'print',
      'email',
      'tweet',
      'copy link',
      'share',
      // "Listen to this article (5 min)", "Listen to this article · 6 min".
      String.raw`listen(?: to this (?:article|story))?(?:\s*[(·•|-]\s*\d+\s*min(?:utes?)?\.?\)?)?`,
      String.raw`loading\.*`,
      'image',
      'photo',
      'video',
      String.raw`\[?(?:ok|accept|got it|close|dismiss)\]?`,
      // The buttons of a site's header, saved as lines of their own ("Menu", "Search", "Toggle navigation").
      '(?:(?:open|close|toggle|show|hide|main|site) )?(?:menu|navigation)',
      // An email newsletter's top line.
      String.raw`view (?:this (?:email|newsletter)|it|online) (?:in|on) (?:your|a|the) (?:web )?browser\.?`,
      String.raw`view this (?:post|email|newsletter|issue) (?:on|in) the web(?: at \S+)?`,
      // A newsletter sign-up's small print: "Privacy notice: Newsletters may contain info about charities, …".
      String.raw`privacy (?:notice|policy):.{0,200}`,
      String.raw`search(?: (?:this|the) site)?`,
      // A paper's links to its other businesses at the top of its pages: "Print subscriptions", "Search jobs".
      String.raw`(?:print|newspaper|digital) subscriptions?|(?:search|find) (?:jobs|homes|property|cars)`,
      'sections',
      // A station's player: "Now playing: Bore Da Cennen with Aled & Meinir", "On air: The Breakfast Show".
      String.raw`(?:now playing|on air(?: now)?)\s*:\s*.{1,80}`,
      // A site's picker of local news: "Your area: Holderby & Brackenmouth   Change".
      String.raw`(?:your|my) (?:local )?(?:area|location|region|edition|town)(?:\s*:\s*.{1,60}?\s+(?:change|edit))?`,
      // A phone's share sheet around an article pasted into a note: "Shared from Examiner News", "Sent from my iPhone".
      SHARED_FROM,
      String.raw`sent from my \S+(?: \S+)?`,
      // A paper's slogan under its masthead: "Serving Port Emory since 1885", "Our daily newspaper since 1894".
      String.raw`(?:(?:serving|covering)\s.{3,60}|.{0,40}\b(?:news)?paper)\s+since\s+(?:1[6-9]|20)\d\d`,
      String.raw`(?:est\.?|established|founded)(?:\s+in)?\s+(?:1[6-9]|20)\d\d`,
      // A pager between posts or messages: "Previous message: …", "Newer Post Older Post Home", and a mail
      // archive's sorting links ("Messages sorted by: [ date ] [ thread ]").
      String.raw`(?:previous|next|newer|older) (?:message|post|article|story|entry|thread|topic)s?(?:\s*:\s*.{1,150})?`,
      String.raw`(?:(?:newer|older) posts?\s*){1,2}(?:home)?`,
      String.raw`(?:messages )?sorted by:?(?:\s*\[\s*\w+\s*\])+`,
      // A board paper's item number in its corner: "Agenda item: 9.2".
      String.raw`(?:agenda )?item(?: no\.?)?:?\s*\d+(?:\.\d+)*[a-z]?`,
      // A chat channel's export (DiscordChatExporter's text): its header ("Guild: …", "After: 07/03/2026 00:00"),
      // each message's stamp and poster ("[07/03/2026 09:14] wharfside_pete"), its reactions ("{Reactions}",
      // "👀 (3) ❤️ (2)") and its count of what it exported.
      String.raw`(?:guild|channel):\s.{1,120}|(?:after|before):\s*\d{1,4}[/.-]\d.{0,30}`,
      String.raw`\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]\s+[^\s.!?:]{2,40}`,
      String.raw`\{(?:reactions|embed|attachments|stickers)\}`,
      String.raw`(?:\p{Extended_Pictographic}\S{0,3}\s*\(\d+\)\s*)+`,
      String.raw`exported \d+ messages?(?:\(s\))?`,
      // A workspace channel copied from the app: its reactions by shortcode (":eyes: 3  :clap: 6") and who joined.
      String.raw`(?::[\w+-]{1,40}:\s*\d+\s*)+`,
      String.raw`\p{Lu}.{0,60} (?:has )?joined #[\w-]{1,80}\.?`,
      // A WhatsApp export's notices among the messages: its encryption notice, the group's making, media left out.
      String.raw`.{0,60}(?:${APP_NOTICE}).*`,
      String.raw`.{0,60}(?:<media omitted>|\b(?:image|video|audio|sticker|document|gif) omitted)`,
    ]),
    '$',
  ],
  'iu',
);

/** A search box's label naming the site it searches ("Search Northline"), or its prompt ("Search or paste URL"). */
const SEARCH_SITE = /^Search (?:(\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)?)|or paste (?:a )?URL)$/u;

/** The site a search box's label names ("Search Hansard" → "Hansard"), or null. */
export const searchedSite = (text: string): string | null => SEARCH_SITE.exec(text.trim())?.[1] ?? null;

// Reader-engagement widgets: comment boxes, author boxes, calls to share opinions, send tips or subscribe (the
// calls only where a sentence starts, so a quoted "Sign up for the alerts," said the mayor stays).
const WIDGET = regex(
  [
    String.raw`\b`,
    anyOf([
      'comments? section',
      'comments are (?:closed|disabled)',
      'leave a (?:comment|reply)',
      'view (?:all )?comments',
      'show comments',
      'notify of',
      'inline feedbacks?',
      'about (?:the )?author',
      'share your (?:views|thoughts)',
      'join the conversation',
      // An email newsletter's footer: "You are receiving this because you subscribed to …".
      "you(?: are|['’]re) receiving this (?:email |newsletter )?because",
    ]),
    String.raw`\b|(?:^|[.!?]\s+)`,
    anyOf([
      'subscribe to (?:our|the)',
      'sign up for (?:our|the)',
      'follow us on',
      '(?:have|got) a (?:news |story )?tip(?=\\?)',
      // A call for readers' stories: "Have you been affected by the evacuation? Email newsdesk@…".
      String.raw`have you been affected by [^?]{1,80}\?\s+(?:e-?mail|contact|get in touch|message|tell|send|write)`,
      // A newsletter box's small print: "By signing up you agree to our privacy notice."
      String.raw`by (?:signing up|subscribing|registering|clicking [^,.]{1,30}),? you agree\b`,
      // A page's call for readers' letters and columns: "Send a letter to the editor (250 words or fewer) to …".
      '(?:send|submit|write) (?:us )?(?:a|your) (?:letters? to the editor|guest (?:column|essay|op-ed)|op-ed)',
    ]),
    String.raw`\b`,
  ],
  'iu',
);

/**
 * A reporter's name and job on a line of their own, as a byline is set without "By": "Tom Ridley, Technical Editor",
 * "Words: Nadia Brookfield, Senior Reporter".
 */
const NAME_AND_ROLE = new RegExp(
  String.raw`^(?:${NAME_LABEL})?${NAME_WORD}(?:\s+${NAME_WORD}){1,2},\s+${REPORTER_ROLE}$`,
  'u',
);

const MAX_TAG_WORDS = 30;
/** A site's owner named in its footer: "Dales 104.6 is part of Pennine Sound Group." */
const OWNER_KIND = '(?:Group|Media|Ltd|Limited|plc|PLC|Radio|Network|Publishing|Newspapers|Broadcasting|Inc)';
const GROUP_MEMBER = new RegExp(
  String.raw`^\p{Lu}[^.!?]{0,60} is (?:a )?part of (?:the )?(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){0,5}${OWNER_KIND}\b`,
  'u',
);

/**
 * A market ticker's strip: two or more moves ("-5.6%", "▲ 0.3%", a price's arrow "£2.41/kg ▲") among figures and
 * short names, with no lower-case word a sentence would have ("HX25 1,842.17 ▼ 1.9%   Brent 71.84 ▼ 0.6%").
 */
const MARKET_MOVE = /[▲▼]\s?\d[\d.,]*%?|\d(?:\/\p{L}+)?\s?[▲▼]|(?<![\p{L}\d])[+\-−]\d[\d.,]*%/gu;
const SENTENCE_WORD = /(?<![\p{L}/])\p{Ll}{4,}/u;
const isMarketTicker = (text: string): boolean =>
  (text.match(MARKET_MOVE)?.length ?? 0) >= 2 && !SENTENCE_WORD.test(text);
/** A strip of labelled updates between bars: "Traffic: … | Weather: 19°C, sunny spells"; not a caption's parts. */
const CAPTION_LABEL = /^(?:image|photo|picture|video|caption)s?:/i;
const LABELLED_STRIP = /^\p{Lu}\p{Ll}+:\s[^|]+(?:\|\s*\p{Lu}\p{Ll}+:\s[^|]+)+$/u;

// Headings of the link lists sites append: "Related", "Read more:", "More from the Ledger", "Most read".
const RELATED_HEADING = regex(
  [
    '^',
    anyOf([
      'related(?: (?:stories|articles|coverage|content|links|news|reading))?',
      'read more',
      'read next',
      'more (?:from|on|in|about) [^.!?]{1,40}',
      'more (?:stories|coverage|news)',
      'most (?:read|popular|viewed|shared)',
      'you (?:may|might) also like',
      'recommended(?: for you| stories| reading)?',
      'trending(?: now)?',
      'top stories',
      'see also',
      'also read',
      'further reading',
      'latest (?:news|stories)',
      'what to read next',
    ]),
    String.raw`\s*:?$`,
  ],
  'iu',
);
const RELATED_LINK = /^(?:read more|related|see also|also read|read next|more)\s*:\s*\S/iu;

const MARKDOWN_HEADING = /^#{1,6}\s+\S/u;
// A link on a line of its own, perhaps after its label ("Unsubscribe: https://…", "View in browser: https://…"); a
// browser's print view puts the page's address, then when it was printed or the page's count, at the foot of every
// page ("https://… 5/3/26, 8:41 AM", "https://… 2/4").
const LINK_LINE = regex(
  [
    String.raw`^(?:\p{L}[\p{L}' ]{1,30}:\s*)?<?https?:\/\/\S+>?`,
    String.raw`(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\s+\d{1,3}\/\d{1,3})?$`,
  ],
  'iu',
);
/** A press release's label ("NEWS RELEASE", "FOR IMMEDIATE RELEASE: Tuesday, August 25, 2026"). */
export const RELEASE_LABEL = /^(?:news release|press release|media release|for immediate release)\b/i;
/** A printed release's label beside its other column of labels ("PRESS RELEASE      Regulated information"). */
const RELEASE_LABEL_ROW = new RegExp(String.raw`${RELEASE_LABEL.source}\s{3,}\S`, 'i');
// A press release's contact lines: "Media contact: Ruth Castellane, communications director", "(555) 014-2290 |
// press@example.org".
const CONTACT = /^(?:(?:media|press|news) (?:contacts?|inquiries|enquiries)|contacts?|for more information)\s*:/i;
const CONTACT_DETAILS = regex(
  [
    String.raw`^(?:[\s|,;·•/]*(?:(?:tel|phone|email|e-mail|mobile|cell|web|website|[tew])\s*:?\s*)?`,
    String.raw`(?:\+?\(?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?www\.[\w-]+(?:\.[\w-]+)+\/?))+`,
    String.raw`[\s|,;·•/]*$`,
  ],
  'i',
);
const MAX_CONTACT_WORDS = 20;
/** A blog's feed closes each post naming its site: "The post Headline appeared first on Local Roads Journal." */
export const APPEARED_FIRST = /^the post .+ appeared first on (\S.{0,60}?)\.?$/iu;
// A postal address on one line, its parts set apart by commas and closing on a British postcode or a US state and
// ZIP code: "Castle Walk, Wenford, Kestershire KS1 2DW", "200 Main St, Carrow Falls, OH 43001".
const ADDRESS_PART = String.raw`[\p{Lu}\d][\p{L}\d'’.&-]*(?: [\p{Lu}\d][\p{L}\d'’.&-]*)*`;
const POSTAL_CODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)`;
const POSTAL_ADDRESS = new RegExp(String.raw`^${ADDRESS_PART}(?:,\s*${ADDRESS_PART})+(?<=\b${POSTAL_CODE})$`, 'u');
/** A site's name and what it is, set apart as its tagline: "Rivets & Rust · a gemlog about old aeroplanes". */
const TAGLINE = /^[^.!?]{2,60}?\s+[·–—|]\s+(?:a|an|the)\s/iu;
const MAX_TAGLINE_WORDS = 20;
/** A station's live stream above its story: "LISTEN LIVE · Valley Morning with Ana Whitfield", "Watch live". */
export const LIVE_STREAM = /^(?:listen|watch) live\b/i;
const MAX_LIVE_STREAM_WORDS = 12;
// A print view's page count: "Page 2 of 3".
const PAGE_COUNT = /^page \d+ of \d+$/i;
// A short line in capitals: a section ("LOCAL NEWS") or a site name set as a logo.
const CAPITALS_LABEL = /^[\p{Lu}\p{N}&'’ .-]{2,40}$/u;

// A link to a clip or a recording, set among the paragraphs under its title: "Video: Shop owners worry about …",
// "WATCH: …", "▶ Listen: …". A title has no full stop; a sentence after such a label is reporting.
const MEDIA_LABEL = /^(?:[▶►▷⏵]\s*)?(?:video|watch|listen|audio|podcast)\s*:\s*[^.!?]+$/i;
const MAX_MEDIA_LABEL_WORDS = 20;

/** Classifies one paragraph on its own text, or returns null when it is not furniture by itself. */
export const furnitureOf: (text: string) => FurnitureKind | null = memoized(classifyLine, 20_000);

const BULLET = /^[•·▪◦‣]\s*/u;
const BRACKETED_ITEMS = /^(?:\[[^[\]]{1,60}\]\s*){1,12}$/u;

// Metadata inference and cleaning both ask about the same lines (menus, bylines, datelines) several times over.
function classifyLine(written: string): FurnitureKind | null {
  // "•\tTweet": a bulleted item is read for what it says.
  const text = written.replace(BULLET, '');
  // A page saved as text shows its images and buttons by their labels in brackets: "[Advertisement]", "[Share on
  // Facebook] [Share on X]". The labels say what the line is.
  if (BRACKETED_ITEMS.test(text)) {
    const kind = classifyLine(text.replace(/\]\s*\[/gu, '   ').replace(/^\[|\]\s*$/gu, ''));
    if (kind) return kind;
  }
  // Counted once, and tested before the patterns it bounds: long paragraphs of prose are most lines.
  const words = wordCount(text);
  if ((COOKIE.test(text) && CONSENT_CONTEXT.test(text)) || DEVICE_CONSENT.test(text)) return 'cookie-notice';
  if (words <= 8 && (isConsentButtons(text) || CONSENT_HEADING.test(text) || COOKIES_ON.test(text))) {
    return 'cookie-notice';
  }
  if (SKIP_LINK.test(text)) return 'skip-link';
  if (PAGE_CHROME.test(text) || SEARCH_SITE.test(text) || APPEARED_FIRST.test(text)) return 'page-chrome';
  if (isAdvertisement(text)) return 'advertisement';
  if (isPhotoCredit(text)) return 'photo-credit';
  if (isCommentCount(text)) return 'comment-count';
  if (words <= 60 && WIDGET.test(text)) return 'widget';
  if (isMarketTicker(text)) return 'widget';
  // A line that is only a date, whichever way its figures are read ("02/04/2026 09:15"), is a date line; dotted
  // ("09.03.2026"), it is no phone number.
  if (datelineOf(text) || eitherWayDates(text)) return 'dateline';
  if (words <= MAX_CONTACT_WORDS && (CONTACT.test(text) || CONTACT_DETAILS.test(text) || POSTAL_ADDRESS.test(text))) {
    return 'page-chrome';
  }
  if (isCopyrightLine(text) || GROUP_MEMBER.test(text)) return 'copyright';
  if (words <= MAX_TAGLINE_WORDS && TAGLINE.test(text) && selfDescribedName(text)) return 'page-chrome';
  if (words <= MAX_TAG_WORDS && TAG_LIST.test(text) && !endsLikeSentence(text)) return 'navigation';
  if (parseByline(text) || isCreditLine(text) || readMastheadLine(text) || publisherOf(text)) return 'byline';
  if (NAME_AND_ROLE.test(text)) return 'byline';
  if (isEditorNote(text)) return 'editor-note';
  if (isShareBar(text)) return 'share';
  if (words <= 8 && RELATED_HEADING.test(unemphasized(text))) return 'related-heading';
  if (words <= 25 && RELATED_LINK.test(text)) return 'related-link';
  if (isBreadcrumb(text)) return 'breadcrumb';
  if (isNavigation(text)) return 'navigation';
  if (isPromotion(unemphasized(text))) return 'promo';
  if (isBanner(text)) return 'banner';
  if (words <= MAX_MEDIA_LABEL_WORDS && MEDIA_LABEL.test(text)) return 'page-chrome';
  if (MARKDOWN_HEADING.test(text)) return 'subheading';
  if (LINK_LINE.test(text)) return 'link-line';
  if (PAGE_COUNT.test(text) || RULE_LINE.test(text)) return 'page-chrome';
  if (words <= MAX_LIVE_STREAM_WORDS && LIVE_STREAM.test(text)) return 'page-chrome';
  if (words <= 4 && CAPITALS_LABEL.test(text) && !endsLikeSentence(text)) return 'section-label';
  if (RELEASE_LABEL_ROW.test(text)) return 'section-label';
  if (isButtonPair(text)) return 'navigation';
  if (LABELLED_STRIP.test(text) && !CAPTION_LABEL.test(text)) return 'widget';
  if (PRINT_BOX.test(text) && printBoxes(text)) return 'widget';
  const lines = text.split('\n');
  // Lines of furniture a page set without a blank between them: "Serving Port Emory since 1885" over its dateline.
  return lines.length > 1 && lines.length <= 3 ? allFurniture(lines) : null;
}

/** Whether every labelled box of a block, wrapped over lines or not, is a printed front page's index or weather. */
function printBoxes(text: string): boolean {
  const boxes = text.split(/\n(?=\p{Lu}+\s*:)/u).map((box) => box.replace(/\n/gu, ' '));
  return boxes.every((box) => PRINT_BOX.test(box));
}

/** The kind of a block's first line when each of its lines is furniture of some kind, else null. */
function allFurniture(lines: readonly string[]): FurnitureKind | null {
  const kinds = lines.map(furnitureOf);
  return kinds.every((kind) => kind !== null) ? kinds[0]! : null;
}

/**
 * A printed front page's boxes, one or more to a block: its index by page ("INSIDE: Obituaries A5 | Sports B1") and
 * its weather ("WEATHER: Cloudy, high 41, low 29. Details, B8").
 */
const PRINT_BOX = /^(?:(?:inside|index)\s*:.*\b[A-H]\d{1,2}\b|(?:weather|today|tonight|forecast)\s*:.*\bhigh\s+-?\d)/iu;

// Two header buttons with only a wide gap between ("Menu   Search"): each is furniture on its own, where two words
// of a headline split by a stray gap are not.
const BUTTON_KINDS: ReadonlySet<FurnitureKind | null> = new Set(['page-chrome', 'promo']);
function isButtonPair(text: string): boolean {
  const items = menuItems(text);
  return items.length === 2 && items.every((item) => BUTTON_KINDS.has(furnitureOf(item)));
}
