import {
  capitalizedRuns,
  deskOwner,
  onlyMastheadWord,
  fromCapitals,
  isAllCaps,
  looksLikeOutlet,
  outletKey,
  outletWords,
} from './outlet-names.ts';
import type { OutletSignal, OutletSignalKind } from './outlet-signals.ts';
import { isAcronym, standsFor } from '../text/names.ts';
import { escapeRegExp } from '../text/regex.ts';

// How much each reading counts, and (by its order) which wins a tie: a masthead or a byline names the site;
// a domain, a file name or a job title only hint at it; a copyright line names the owner, not the masthead.
const WEIGHTS: ReadonlyArray<[OutletSignalKind, number]> = [
  // "from Hallowford Now" under a newsletter's or a show's own name: the house that publishes it.
  ['publisher', 4],
  ['masthead', 3],
  ['site-home', 3],
  ['byline', 3],
  ['wire-dateline', 3],
  ['title-suffix', 2],
  ['file-name', 2],
  ['after-byline', 2],
  ['self-description', 2],
  ['app-promo', 2],
  ['job-title', 1],
  ['domain', 1],
  ['file-slug', 1],
  ['copyright', 0.5],
  // A caption's credit names an agency as often as the site: it only words the site's name more fully; so does a
  // heading over the site's other stories ("More from NRV News").
  ['credit', 0],
  ['more-from', 0],
];
const WEIGHT = new Map(WEIGHTS);
const RANK = new Map(WEIGHTS.map(([kind], i) => [kind, i]));
// Readings that may name the outlet by themselves; the others confirm one, or stand in when nothing else speaks.
const HINTS = new Set<OutletSignalKind>(['job-title', 'domain', 'file-slug', 'copyright', 'credit', 'more-from']);

/**
 * How far two names are the same outlet: the same name (1), or one a part of the other ("Courier") (0.5), as is a
 * desk named by the site's initials ("NCN North Country" beside "North Country News").
 */
function agreement(a: string, b: string, desks = true): number {
  if (outletKey(a) === outletKey(b)) return 1;
  const [wa, wb] = [outletWords(a), outletWords(b)];
  const within = (x: string[], y: string[]): boolean => x.length > 0 && x.every((w) => y.includes(w));
  return within(wa, wb) || within(wb, wa) || (desks && (initialsOf(a, b) || initialsOf(b, a))) ? 0.5 : 0;
}

/** Whether a name opens on the initials of another: "NCN North Country" on those of "North Country News". */
function initialsOf(name: string, other: string): boolean {
  const first = /^\S+/u.exec(other)?.[0] ?? '';
  return first !== name && isAcronym(first) && standsFor(first, name);
}

/**
 * Picks the outlet's name from the readings of a page: the one most others agree with (a masthead that the byline
 * and the file name repeat), never a person the bylines name, written as the strongest readings of it write it.
 * Hints stand in, in this order, only when no reading names the site: a job title's outlet, the domain, the file
 * name, and last the copyright holder. Null when nothing names it.
 */
export function chooseOutlet(signals: readonly OutletSignal[], people: readonly string[], text: string): string | null {
  const personKeys = new Set(people.map(outletKey));
  const usable = signals.filter((s) => !personKeys.has(outletKey(s.name)));
  const pools = [
    usable.filter((s) => !HINTS.has(s.kind)),
    usable.filter((s) => s.kind === 'job-title' && looksLikeOutlet(s.name) && !onlyMastheadWord(s.name)),
    usable.filter((s) => s.kind === 'domain'),
    usable.filter((s) => s.kind === 'file-slug' && looksLikeOutlet(s.name)),
    usable.filter((s) => s.kind === 'copyright'),
  ];
  const pool = pools.find((p) => p.length > 0);
  if (!pool) return null;
  const support = (name: string): number =>
    usable.reduce((sum, s) => sum + WEIGHT.get(s.kind)! * agreement(name, s.name), 0);
  const scored = pool.map((signal) => ({ signal, support: support(signal.name) }));
  scored.sort((a, b) => b.support - a.support || RANK.get(a.signal.kind)! - RANK.get(b.signal.kind)!);
  return displayForm(ownerOfDesk(fullerWording(wordingOf(scored[0]!.signal, pool), usable), usable), usable, text);
}

/** The organization a desk's site belongs to, as another reading names it ("© 2026 Corvane Microsystems"). */
function ownerOfDesk(best: OutletSignal, signals: readonly OutletSignal[]): OutletSignal {
  const owner = deskOwner(best.name, () => signals.map((s) => s.name));
  return owner ? (signals.find((s) => s.name === owner) ?? best) : best;
}

// Agreement decides which outlet it is; the weight of the readings that write each form decides how to write it,
// and of forms as strong, the fuller ("Commons Library Research Briefing" in a report's running header, "Research
// Briefing" on its cover) names it more exactly.
// Short forms ("Harbor 7" in an app promo, the file slug, a job title) agree with the full name only in part, so
// they would otherwise outvote the masthead's full name by agreeing fully with one another.
function wordingOf(best: OutletSignal, pool: readonly OutletSignal[]): OutletSignal {
  // A desk under the site's initials ("NCN North Country") is of the site, but no way of writing its name.
  const forms = pool.filter((s) => agreement(best.name, s.name, false) > 0);
  const weight = (name: string): number =>
    forms.filter((s) => outletKey(s.name) === outletKey(name)).reduce((sum, s) => sum + WEIGHT.get(s.kind)!, 0);
  const ranked = forms.map((signal) => ({ signal, weight: weight(signal.name) }));
  ranked.sort(
    (a, b) =>
      b.weight - a.weight ||
      RANK.get(a.signal.kind)! - RANK.get(b.signal.kind)! ||
      outletWords(b.signal.name).length - outletWords(a.signal.name).length,
  );
  return ranked[0]!.signal;
}

// A byline, a photo credit, the page's own title or the heading over its other stories naming the site more fully
// ("HBN News, Tarrow", "Credit: WMR News", "Headline | Coastline 7 News", "More from NRV News" under the masthead
// "HBN", "WMR", "COASTLINE 7" or "NRV") names the desk the article came from, as the page credits its own work.
const FULLER_KINDS = new Set<OutletSignalKind>(['byline', 'credit', 'title-suffix', 'more-from']);
// A credit to the site's picture desk ("Photograph: Sentinel Picture Desk") names a desk of it, not its name.
const PICTURE_DESK = /\b(?:picture|photo|photograph(?:y|ic)?|image)s?(?:\s+(?:desk|library|agency|service|team))?$/i;

// A logo's initials ("CBR") are named in full by the page's own title or byline that spells them ("Headline |
// Carrick Business Review"), and a station's logo by its newsroom's credit ("Image: Coastwide News").
function fullerWording(best: OutletSignal, signals: readonly OutletSignal[]): OutletSignal {
  // A station's logo sets its frequency beside its name ("COASTWIDE 104.2"), which its newsroom's name leaves out.
  const named = outletWords(best.name).filter((w) => !/^\d+$/u.test(w));
  const words = named.length > 0 ? named : outletWords(best.name);
  const fuller = signals.find((s) => {
    if (!FULLER_KINDS.has(s.kind) || (s.kind === 'credit' && PICTURE_DESK.test(s.name))) return false;
    if (isAcronym(best.name) && standsFor(best.name, s.name)) return true;
    const own = outletWords(s.name);
    return own.length > words.length && words.every((w) => own.includes(w));
  });
  return fuller ?? best;
}

// A name set in capitals for a logo ("HARBOR LEDGER") is shown as the page writes it elsewhere ("Harbor Ledger"); a
// name read without its article ("Local Lede #148: …") keeps the one its masthead line gives it ("THE LOCAL LEDE").
function displayForm(best: OutletSignal, signals: readonly OutletSignal[], text: string): string {
  if (!isAllCaps(best.name)) return withMastheadArticle(best.name, text);
  const key = outletKey(best.name);
  const forms = signals.map((s) => s.name).concat(capitalizedRuns(text));
  const written = forms.find((n) => outletKey(n) === key && !isAllCaps(n));
  // "THE BRENMOUTH HERALD" keeps its article where the page writes the name without one ("…/Brenmouth Herald").
  const the = /^the\s/i;
  return written ? (the.test(best.name) && !the.test(written) ? `The ${written}` : written) : fromCapitals(best.name);
}

/** A name with the "The" a line of the page naming it alone gives it ("THE LOCAL LEDE" for "Local Lede"). */
function withMastheadArticle(name: string, text: string): string {
  if (/^the\s/i.test(name)) return name;
  return new RegExp(`^the\\s+${escapeRegExp(name)}\\s*$`, 'imu').test(text) ? `The ${name}` : name;
}
