import { lexfileName, type WordClass } from './word-class.ts';
import type { Synset, SynsetReader } from './wordnet-files.ts';

/** How a corpus phrase relates to the question word that reaches it through WordNet. */
export type WordNetRelation =
  | 'synonym'
  | 'derivation'
  | 'similar'
  | 'hypernym'
  | 'hyponym'
  | 'member'
  | 'antonym'
  | 'cause'
  | 'attribute';

/** A synset whose words (or one of them) a question may use for a corpus word's sense. */
export interface Link {
  offset: number;
  cls: WordClass;
  /** 1-based number of the one word the link holds for (lexical pointers), or 0 for all of the synset's words. */
  word: number;
  relation: WordNetRelation;
  weight: number;
}

/** How strongly each relation lets a question word stand for a corpus phrase, before sense factors. */
export const RELATION_WEIGHTS: Readonly<Record<WordNetRelation, number>> = {
  synonym: 0.9,
  derivation: 0.8,
  similar: 0.7,
  member: 0.6,
  hypernym: 0.55,
  hyponym: 0.55,
  antonym: 0.6,
  cause: 0.5,
  attribute: 0.7,
};

// A group and a kind of its members are one step further apart than a group and its members ("staff" has
// members "staff member", a kind of "employee"; "police" has "policeman", of which "cop" is a kind).
const MEMBER_KIND_WEIGHT = 0.5;

// A corpus word with over a hundred kinds below it ("person": 412, "device", "period") is too general to stand for
// any one of them: a question about carpenters is not answered by every sentence that mentions a person.
const MAX_KINDS = 100;

const RELATION_OF_POINTER: Readonly<Record<string, WordNetRelation>> = {
  '+': 'derivation',
  '<': 'derivation',
  '\\': 'similar',
  '&': 'similar',
  $: 'similar',
  // The pointer goes from the corpus word's synset: its hypernym makes the corpus word the question word's hyponym.
  '@': 'hyponym',
  '~': 'hypernym',
  '%m': 'member',
  '#m': 'member',
  // "Is it legal?" is answered by "it is likely illegal": an adjective's opposite speaks to the same question.
  '!': 'antonym',
  // "How many died?" is answered by "the storm killed three": the corpus verb causes the question's.
  '>': 'cause',
  // "How heavy is the leopard?" is answered by "her normal weight of about 84 pounds": an adjective asks after the
  // attribute it is a value of (heavy → weight, tall → height, deep → depth).
  '=': 'attribute',
};

// A person's role is asked about in its general words: "IBM's leader" and "its top executive" mean its chief
// executive, four kinds up (chief executive officer, corporate executive, executive, administrator, head, leader).
// Roles are linked to their ancestors this far up, each as surely as to the direct hypernym: a chief executive is a
// leader. Not to the verbs the ancestors name: "operate" would stand for a bus driver (an operator) and "lead" for
// an employer.
const ROLE_ANCESTOR_STEPS = 5;

/**
 * The synsets one step from a corpus word's synset (its own included, for synonyms), plus group/member pairs one
 * kind apart. `wordNumber` is the corpus word's 1-based place in the synset, so lexical pointers of its synonyms
 * ("settle" → "settlement" is the word's, not its synonym's) are left out.
 */
export function linksFrom(reader: SynsetReader, synset: Synset, wordNumber: number): Link[] {
  const links: Link[] = [
    { offset: synset.offset, cls: synset.cls, word: 0, relation: 'synonym', weight: RELATION_WEIGHTS.synonym },
  ];
  const broad = synset.pointers.filter((p) => p.symbol === '~').length > MAX_KINDS;
  for (const { symbol, offset, cls, source, target } of synset.pointers) {
    const relation = RELATION_OF_POINTER[symbol];
    if (!relation || (source !== 0 && source !== wordNumber) || (broad && symbol === '~')) continue;
    if (relation === 'antonym' && synset.cls !== 'a') continue;
    // Instances (Seattle, NATO) are names, not kinds: a question about a kind never means a member state or city.
    if (relation === 'member' && (synset.instance || reader.get(offset, cls).instance)) continue;
    links.push({ offset, cls, word: target, relation, weight: RELATION_WEIGHTS[relation] });
    const next = MEMBER_KIND_STEPS[symbol];
    // Most hyponyms have no groups: their lines are only read when they mention one.
    if (next && (symbol !== '~' || reader.mentions(offset, cls, '#m'))) {
      links.push(...memberKindLinks(reader, next, offset, cls));
    }
  }
  if (synset.cls === 'n' && lexfileName(synset.lexfile) === 'noun.person')
    links.push(...roleAncestorLinks(reader, synset));
  return links;
}

/** The kinds a role is, beyond its direct hypernym and below the broad ones ("person"). */
function roleAncestorLinks(reader: SynsetReader, synset: Synset): Link[] {
  const links: Link[] = [];
  let current = synset;
  for (let step = 1; step <= ROLE_ANCESTOR_STEPS; step++) {
    const up = current.pointers.find((p) => p.symbol === '@');
    if (!up) break;
    current = reader.get(up.offset, up.cls);
    if (
      lexfileName(current.lexfile) !== 'noun.person' ||
      current.pointers.filter((p) => p.symbol === '~').length > MAX_KINDS
    )
      break;
    // The first step is the direct hypernym, already linked above.
    if (step > 1) {
      links.push({ offset: current.offset, cls: 'n', word: 0, relation: 'hyponym', weight: RELATION_WEIGHTS.hyponym });
    }
  }
  return links;
}

// From a group to kinds of its members; from a kind of a member (hypernym or hyponym) to the member's groups.
const MEMBER_KIND_STEPS: Readonly<Record<string, readonly string[]>> = { '%m': ['@', '~'], '@': ['#m'], '~': ['#m'] };

/** Group/member pairs one kind apart, reached through the synset one pointer from the corpus word. */
function memberKindLinks(reader: SynsetReader, next: readonly string[], offset: number, cls: WordClass): Link[] {
  const links: Link[] = [];
  for (const pointer of reader.get(offset, cls).pointers) {
    if (!next.includes(pointer.symbol) || reader.get(pointer.offset, pointer.cls).instance) continue;
    links.push({ offset: pointer.offset, cls: pointer.cls, word: 0, relation: 'member', weight: MEMBER_KIND_WEIGHT });
  }
  return links;
}
