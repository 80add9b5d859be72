import { SCALE_SUFFIXES, SCALE_WORDS } from './magnitudes.ts';
import { anyOf, regex } from './regex.ts';

// What the runtime's Intl knows of currencies (ISO 4217 codes, English names, signs), the one home of that knowledge:
// the annotator reads money written with a code or a name by it, and a question asking "in Swiss francs" is
// answered by "CHF 4.5 million". The names and signs are built on first use: asking Intl for all of them takes
// about 12 ms, too long for every start.

/** Currency codes: "CHF", "EUR", "USD". */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

interface CurrencyWords {
  /** The codes each currency word names: "franc" → CHF, XOF, …; "swiss franc" → CHF. */
  byName: ReadonlyMap<string, ReadonlySet<string>>;
  /** The codes each sign writes: "€" → EUR, "$" → USD. */
  bySign: ReadonlyMap<string, ReadonlySet<string>>;
  /** A currency named after a figure, with a country's adjective between: "38.20 Swiss francs". */
  namedAfter: RegExp;
}

let words: CurrencyWords | undefined;

const put = (map: Map<string, Set<string>>, key: string, code: string): void => {
  map.set(key, (map.get(key) ?? new Set()).add(code));
};

function currencyWords(): CurrencyWords {
  if (words) return words;
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  const byName = new Map<string, Set<string>>();
  const bySign = new Map<string, Set<string>>();
  for (const code of CURRENCY_CODES) {
    const name = names.of(code)?.toLowerCase() ?? '';
    const last = name.split(' ').pop() ?? '';
    if (/^\p{Ll}{3,}$/u.test(last)) {
      put(byName, last, code);
      put(byName, name, code);
    }
    const format = new Intl.NumberFormat('en', { style: 'currency', currency: code });
    const sign = format.formatToParts(1).find((part) => part.type === 'currency')?.value;
    if (sign && sign !== code) put(bySign, sign, code);
  }
  const last = [...new Set([...byName.keys()].filter((name) => !name.includes(' ')))];
  const namedAfter = regex(
    [String.raw`^(?:\s+`, anyOf(SCALE_WORDS), String.raw`)?\s+\p{Lu}\p{L}+\s+`, anyOf(last), String.raw`s?\b`],
    'u',
  );
  words = { byName, bySign, namedAfter };
  return words;
}

/** A currency's code right before a figure, perhaps after a space ("CHF 4.5 million", "EUR12m"). */
const CODE_BEFORE = /\b(\p{Lu}{3}) ?$/u;
/** A figure a currency code prices: with decimals, thousands or a magnitude ("TOP 10" is a list, not money). */
const PRICED_FIGURE = regex(
  [String.raw`[.,]\d|\d\s*`, anyOf([...SCALE_WORDS, ...SCALE_SUFFIXES]), String.raw`\b`],
  'i',
);

/**
 * How many characters before a figure name its currency: a sign ("£52m", "€30 million"), or a code before a figure
 * written as money ("CHF 4.5 million"); 0 when none does.
 */
export function currencyBefore(text: string, at: number, value: string): number {
  if (/\p{Sc}/u.test(text[at - 1]!)) return 1;
  const code = CODE_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  const priced = PRICED_FIGURE.test(text.slice(at, at + value.length + 10));
  return code && CURRENCY_CODES.has(code[1]!) && priced ? code[0].length : 0;
}

/** The currency named after a figure with a country's adjective ("38.20 Swiss francs"), as a match, or null. */
export function currencyNamedAfter(text: string): RegExpExecArray | null {
  return currencyWords().namedAfter.exec(text);
}

/** The codes of the currency a name gives ("Swiss francs", "euros", "francs"), or an empty set. */
export function currenciesNamed(name: string): ReadonlySet<string> {
  const words = name.toLowerCase().trim().replace(/s$/u, '');
  const { byName } = currencyWords();
  return byName.get(words) ?? byName.get(words.split(' ').pop() ?? '') ?? new Set();
}

const CODE_AT_START = /^\p{Lu}{3}\b/u;
const NAME_AT_END = /(?:\p{Lu}\p{L}+\s+)?\p{L}+$/u;

/** The codes of the currency a money value is written in ("CHF 4.5 million", "€12m", "2.1 billion euros"). */
export function currenciesOfMoney(text: string): ReadonlySet<string> {
  const code = CODE_AT_START.exec(text)?.[0];
  if (code && CURRENCY_CODES.has(code)) return new Set([code]);
  const { bySign } = currencyWords();
  for (const [sign, codes] of bySign) if (text.startsWith(sign)) return codes;
  const name = NAME_AT_END.exec(text)?.[0];
  return name ? currenciesNamed(name) : new Set();
}
