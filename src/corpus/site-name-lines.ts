import { wordCount, type Block } from './blocks.ts';
import { isJobTitleLine } from './bylines.ts';
import { datelineOf } from './dates.ts';
import { isNameLike } from './masthead-line.ts';
import { capitalizedRuns, looksLikeOutlet, outletKey } from './outlet-names.ts';
import { regex } from '../text/regex.ts';

// Lines that name a page's site in passing, beside its masthead: a photo credit, a logo set in lower case, a
// reporter's desk under a byline without "By".

// "Credit: WMR News", "Photograph: Lena Moss/The Valdora Herald": who a caption credits, last after a slash or, as a
// commissioned photographer is credited ("Photograph: Anna Kestrel for the Morning Record"), after "for".
const CREDIT = /(?:^|[\s([])(?:photo|photograph|image|picture|credit)s?(?: by)?\s*:\s*([^()[\]|:]{2,80}?)[)\]]?$/iu;

/** Who a caption's credit names ("WMR News", "The Valdora Herald"), or null. */
export function creditedName(text: string): string | null {
  const credited = CREDIT.exec(text)?.[1];
  return credited
    ? (credited
        .slice(credited.lastIndexOf('/') + 1)
        .split(/\s+for\s+/i)
        .pop() ?? null)
    : null;
}

/** Words a logo set in lower case takes ("the meridian herald"). */
const LOGO_WORDS = [2, 5];

/**
 * A logo set in lower case ("the meridian herald") on a line of its own in the header, as the page writes the name
 * elsewhere with capitals ("Photo: Ines Kowalczyk/The Meridian Herald"); null when it writes it nowhere else.
 */
export function lowercaseMasthead(top: readonly Block[], blocks: readonly Block[]): string | null {
  const logos = top.filter(({ text }) => {
    const words = wordCount(text);
    return /^\p{Ll}[\p{Ll}\s&'’.-]*$/u.test(text) && words >= LOGO_WORDS[0]! && words <= LOGO_WORDS[1]!;
  });
  if (logos.length === 0) return null;
  const runs = capitalizedRuns(blocks.map((b) => b.text).join('\n'));
  for (const { text } of logos) {
    // Written in full, or inside a longer name: "© 2026 The Northern Dispatch Media Ltd" in the copyright line.
    const written = runs.map((run) => wordsKeyed(run.split(/\s+/u), text)).find(Boolean);
    if (written && looksLikeOutlet(written)) return written;
  }
  return null;
}

/** The words of a run that spell a logo's name, as the run writes them, or null. */
function wordsKeyed(words: readonly string[], logo: string): string | null {
  const n = wordCount(logo);
  for (let i = 0; i + n <= words.length; i++) {
    const written = words.slice(i, i + n).join(' ');
    if (outletKey(written) === outletKey(logo)) return written;
  }
  return null;
}

/** How far down a page a reporter's name over their desk and town is looked for. */
export const DESK_REACH = 30;
const TOWN_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const DESK_AND_TOWN = regex([`^(.{2,40}?), (${TOWN_WORD}(?: ${TOWN_WORD}){0,2})$`]);
const WHERE_REPORTED = /,\s+(?:at|in|from)\s+\p{Lu}[^,]{1,60}$/u;

/**
 * The outlet a reporter's desk line names under their name alone on its line (two or three capitalized words, no job
 * title): "Tomas Reddy", then "HBN News, Tarrow", or their role and outlet ("Transport correspondent, NBS News").
 * Null when the lines are not such a byline.
 */
export function deskBelowName(name: string, below: string): string | null {
  const words = wordCount(name);
  if (words < 2 || words > 3 || !isNameLike(name) || looksLikeOutlet(name) || isJobTitleLine(name)) return null;
  // "Court reporter, VBC News, at Brannock District Court": where the reporter was, after the role and outlet.
  const [, desk, town] = DESK_AND_TOWN.exec(below.replace(WHERE_REPORTED, '')) ?? [];
  if (!desk || !town || datelineOf(below)) return null;
  const outlet = isJobTitleLine(desk) ? town : desk;
  return isNameLike(outlet) && looksLikeOutlet(outlet) ? outlet : null;
}

const SUBSCRIBERS = /^\d[\d,.]*[km]?\s+subscribers$/i;

/** A video channel's name, on the line above its subscriber count ("TVN Tane Valley News", "48.2K subscribers"). */
export function channelAbove(name: string, below: string): string | null {
  return SUBSCRIBERS.test(below.trim()) && isNameLike(name) ? name : null;
}
