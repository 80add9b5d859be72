// Chat spells some everyday words its own way ("gonna", "ppl", "bc"): a question reads them as English writes them,
// so the tagger and the dictionary know them. Hand-written: no maintained library lists them for English text.
const SPELLED_OUT: Readonly<Record<string, string>> = {
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: 'do not know',
  lemme: 'let me',
  gimme: 'give me',
  outta: 'out of',
  lotta: 'lot of',
  ya: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  'b/c': 'because',
  abt: 'about',
  'w/': 'with',
  'w/o': 'without',
  thru: 'through',
  tho: 'though',
  b4: 'before',
  ppl: 'people',
  govt: 'government',
  biz: 'business',
  dept: 'department',
  mgmt: 'management',
  intl: 'international',
  natl: 'national',
  pic: 'picture',
  pics: 'pictures',
  yrs: 'years',
  approx: 'approximately',
  idk: 'I do not know',
  // Contractions typed without their apostrophe, where no English word is spelled the same ("wont", "cant" are).
  whats: "what's",
  whos: "who's",
  hows: "how's",
  wheres: "where's",
  whens: "when's",
  whys: "why's",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  doesnt: "doesn't",
  didnt: "didn't",
  hasnt: "hasn't",
  havent: "haven't",
  hadnt: "hadn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  theyre: "they're",
  theyd: "they'd",
  btw: 'by the way',
  // A lone sign, not after a figure ("what % of voters"), is the word: a figure's own sign ("64%") is left alone.
  '%': 'percent',
};

// Typed in lower case, or capitalized at the start of a question when four letters or more: "BC" is British
// Columbia and "Ur" a city, not "because" and "your".
const written = (word: string): string => {
  const escaped = word.replace(/[/]/gu, String.raw`\/`);
  return word.length >= 4 ? `[${word.charAt(0)}${word.charAt(0).toUpperCase()}]${escaped.slice(1)}` : escaped;
};
// Whole words only, and never part of an abbreviation or a name ("U.S.", "B&O").
const CHAT_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}.&'’/-])(?:${Object.keys(SPELLED_OUT).map(written).join('|')})(?![\p{L}\p{N}.&'’/-])`,
  'gu',
);
const LONE_U = /(?<![\p{L}\p{N}.&'’/-])u(?![\p{L}\p{N}.&'’/-])/gu;

/** A question with chat's spellings written out: "how much is it gonna cost" → "how much is it going to cost". */
export function spelledOut(question: string): string {
  return question.replace(CHAT_WORD, (word) => SPELLED_OUT[word.toLowerCase()] ?? word).replace(LONE_U, 'you');
}
