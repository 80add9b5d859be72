import { memoized } from '../text/memoize.ts';
import { sensesOf } from './sense-index.ts';
import { lexfileName } from './word-class.ts';
import { hypernymOf, type Synset, synsetAt } from './wordnet-files.ts';

// Who leads an organization: a leader, or a kind of head ("head, chief, top dog"): its chief executive, president,
// director or administrator. Other kinds of leader (an employer, a trainer, a supervisor) are not who runs it.
const HEAD_STEPS = 4;

/** The word a question asking who leads something searches for ("Who runs IBM?" asks for IBM's leader). */
export const LEADER = 'leader';

let heads: { leader: number; head: number; presiding: number } | undefined;

/** The senses heads are found under: the leader, "head, chief, top dog", and a presiding officer. */
function headRoots(): { leader: number; head: number; presiding: number } {
  heads ??= {
    leader: sensesOf('leader').find((s) => s.cls === 'n' && s.sense === 1)?.offset ?? -1,
    head: sensesOf('top_dog').find((s) => s.cls === 'n')?.offset ?? -1,
    presiding: sensesOf('presiding_officer').find((s) => s.cls === 'n')?.offset ?? -1,
  };
  return heads;
}

const isPerson = (synset: Synset): boolean => lexfileName(synset.lexfile) === 'noun.person';

const isHeadKind = memoized((key: string): boolean => {
  const { leader, head } = headRoots();
  let synset: Synset | null = synsetAt(Number(key), 'n');
  if (synset.offset === leader) return true;
  for (let step = 0; step <= HEAD_STEPS && synset && isPerson(synset); step++) {
    if (synset.offset === head) return true;
    synset = hypernymOf(synset);
  }
  return false;
});

const leadsBy = (doers: readonly number[]): boolean => doers.some((offset) => isHeadKind(String(offset)));

const doers = (synset: Synset): number[] =>
  synset.pointers.filter((p) => p.symbol === '+' && p.cls === 'n').map((p) => p.offset);

/**
 * Whether a verb synset names one who leads by derivation ("head" → head, "direct" → director), or, when its own
 * doer is some other person ("operate, run" → operator), the verb it is a kind of does ("direct").
 */
const namesLeader = memoized((key: string): boolean => {
  const verb = synsetAt(Number(key), 'v');
  const own = doers(verb);
  if (leadsBy(own)) return true;
  const up = hypernymOf(verb);
  return up !== null && own.some((offset) => isPerson(synsetAt(offset, 'n'))) && leadsBy(doers(up));
});

/**
 * Whether one of a verb's social senses (WordNet's verb.social: running things, not running races) is doing what
 * the head of an organization does ("runs", "leads", "heads", "manages"): "Who runs IBM?" asks who IBM's leader is.
 * Any such sense counts, frequent or not: a question asks it of an organization, which leaves no other sense.
 */
export function isLeadingVerb(lemma: string): boolean {
  return sensesOf(lemma).some(
    (s) => s.cls === 'v' && lexfileName(s.lexfile) === 'verb.social' && namesLeader(String(s.offset)),
  );
}

/**
 * Whether a noun, though most often something else, may name the head of an organization: "the head of Crestline"
 * is its chief executive, not a body part. Nouns whose first sense is a person already reach the roles below them.
 */
export const isLeaderNoun = memoized((lemma: string): boolean => {
  const senses = sensesOf(lemma).filter((s) => s.cls === 'n');
  const first = senses.find((s) => s.sense === 1);
  return first !== undefined && lexfileName(first.lexfile) !== 'noun.person' && leadsBy(senses.map((s) => s.offset));
});

/**
 * Whether a noun sense is a kind of presiding officer: the chair of an organization's board is who a question about
 * who runs it may be answered by, though "who chairs the board" asks for the chair alone, not its executive.
 */
const presides = memoized((key: string): boolean => {
  return hypernymOf(synsetAt(Number(key), 'n'))?.offset === headRoots().presiding;
});

/** How much a noun sense below its most frequent one counts as naming a head ("chair" is most often a seat). */
const RARER_SENSE_SHARE = 0.6;

/**
 * How surely a corpus noun names the head of an organization, by its senses: 1 when its most frequent sense is a kind
 * of head or the leader ("president", "chief executive officer"), less when only a rarer one is ("chair" of a board),
 * 0 when none. Whatever the depth below head: a chief executive is an executive, an administrator, a head.
 */
export const headNounShare = memoized((lemma: string): number => {
  const senses = sensesOf(lemma).filter((s) => s.cls === 'n');
  const heading = senses.filter((s) => isHeadKind(String(s.offset)) || presides(String(s.offset)));
  if (heading.length === 0) return 0;
  return heading.some((s) => s.sense === 1) ? 1 : RARER_SENSE_SHARE;
});
