import type { Synset, SynsetReader } from './wordnet-files.ts';

/** How a corpus phrase relates to the question word that reaches it through WordNet. */
export type WordNetRelation = 'synonym' | 'derivation' | 'similar' | 'hypernym' | 'hyponym' | 'member';

/** A synset whose words (or one of them) a question may use for a corpus word's sense. */
export interface Link {
  synset: Synset;
  /** 1-based number of the one word the link holds for (lexical pointers), or 0 for all of the synset's words. */
  word: number;
  relation: WordNetRelation;
  weight: number;
}

/** How strongly each relation lets a question word stand for a corpus phrase, before sense factors. */
export const RELATION_WEIGHTS: Readonly<Record<WordNetRelation, number>> = {
  synonym: 0.9, derivation: 0.8, similar: 0.7, member: 0.6, hypernym: 0.55, hyponym: 0.55,
};

// A group and a kind of its members are one step further apart than a group and its members ("staff" has
// members "staff member", a kind of "employee"; "police" has "policeman", of which "cop" is a kind).
const MEMBER_KIND_WEIGHT = 0.5;

// A corpus word with over a hundred kinds below it ("person", "device", "period") matches too much to stand for any
// one of them, and following them all would triple the build and the cache.
const MAX_KINDS = 100;

const RELATION_OF_POINTER: Readonly<Record<string, WordNetRelation>> = {
  '+': 'derivation', '<': 'derivation', '\\': 'similar', '&': 'similar', '$': 'similar',
  // The pointer goes from the corpus word's synset: its hypernym makes the corpus word the question word's hyponym.
  '@': 'hyponym', '~': 'hypernym', '%m': 'member', '#m': 'member',
};

/**
 * The synsets one step from a corpus word's synset (its own included, for synonyms), plus group/member pairs one
 * kind apart. `wordNumber` is the corpus word's 1-based place in the synset, so lexical pointers of its synonyms
 * ("settle" → "settlement" is the word's, not its synonym's) are left out.
 */
export function linksFrom(reader: SynsetReader, synset: Synset, wordNumber: number): Link[] {
  const links: Link[] = [{ synset, word: 0, relation: 'synonym', weight: RELATION_WEIGHTS.synonym }];
  const broad = synset.pointers.filter((p) => p.symbol === '~').length > MAX_KINDS;
  for (const pointer of synset.pointers) {
    const relation = RELATION_OF_POINTER[pointer.symbol];
    if (!relation || (pointer.source !== 0 && pointer.source !== wordNumber)) continue;
    if (broad && pointer.symbol === '~') continue;
    const target = reader.get(pointer.offset, pointer.cls);
    // Instances (Seattle, NATO) are names, not kinds: a question about a kind never means a member state or city.
    if (relation === 'member' && (synset.instance || target.instance)) continue;
    links.push({ synset: target, word: pointer.target, relation, weight: RELATION_WEIGHTS[relation] });
    links.push(...memberKindLinks(reader, pointer.symbol, target));
  }
  return links;
}

/** Group/member pairs one kind apart, reached through `target`, one pointer from the corpus word. */
function memberKindLinks(reader: SynsetReader, symbol: string, target: Synset): Link[] {
  // From a group to kinds of its members; from a kind of a member (hypernym or hyponym) to the member's groups.
  const next = symbol === '%m' ? ['@', '~'] : symbol === '@' || symbol === '~' ? ['#m'] : [];
  const links: Link[] = [];
  for (const pointer of target.pointers) {
    if (!next.includes(pointer.symbol)) continue;
    const synset = reader.get(pointer.offset, pointer.cls);
    if (!synset.instance) links.push({ synset, word: 0, relation: 'member', weight: MEMBER_KIND_WEIGHT });
  }
  return links;
}
