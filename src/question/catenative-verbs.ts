import type { QuestionToken } from './tag-question.ts';

// "End up" and "wind up" before a verb only say how something turned out: "how much did the recount end up costing"
// asks what it cost. Two English phrasal verbs, by lemma, listed by hand: WordNet files "end up" as a verb of its own
// ("finish"), which would make "finish" the event to look for.
const TURNED_OUT = new Set(['end', 'wind']);

/** Whether a token may be the verb a catenative governs: a verb, or an "-ing" form the tagger read otherwise. */
const isVerbForm = (token: QuestionToken | undefined): boolean =>
  token !== undefined && (token.pos === 'VERB' || token.pos === 'AUX' || /\p{L}{2,}ing$/u.test(token.lower));

/**
 * Reads "end up" and "wind up" before a verb as auxiliaries, as "did" is read: the verb after them is what the
 * question asks about, and "end" is neither its topic noun ("the recount end") nor its event ("finish").
 */
export function markCatenatives(tokens: QuestionToken[]): void {
  tokens.forEach((token, i) => {
    const up = tokens[i + 1];
    if (!TURNED_OUT.has(token.lemma) || up?.lower !== 'up' || !isVerbForm(tokens[i + 2])) return;
    for (const t of [token, up]) Object.assign(t, { pos: 'AUX', cls: 'v' });
  });
}
