import { termOf, terms as termsOf } from '../text/analyzer.ts';
import { singularAcronym } from './names.ts';
import { acronymsOf, namesWithin } from '../text/names.ts';
import { ExpansionTable } from './expansion-table.ts';
import { corpusUnits, shortenedForm, SHORTENED_FACTOR, type CorpusUnit } from './corpus-units.ts';
import { Lexicon } from './lexicon.ts';
import { preferredSenses } from './sense-preference.ts';
import { beginsCollocation, collocationStarts } from './sense-index.ts';
import { SynsetWords, type SynsetWord } from './synset-words.ts';
import { SynsetReader } from './wordnet-files.ts';
import { linksFrom, RELATION_WEIGHTS, type Link } from './wordnet-links.ts';
import { headNounShare, LEADER } from './leaders.ts';
import type { WordClass } from './word-class.ts';

const ACRONYM_WEIGHT = 0.9;
const ALIAS_WEIGHT = 0.95;

/** One corpus word as the index saw it: the classes it was tagged with and the index terms of its surface forms. */
export interface CorpusWord {
  classes: Set<WordClass | null>;
  terms: Set<string>;
}

/** A content word of a phrase: its lemma and the index term of its surface form. */
export interface PhraseWord {
  lemma: string;
  term: string;
}

/**
 * A corpus noun naming a kind of head stands in for the leader a question asks about ("Who runs the KDCA?"), however
 * far below head WordNet files it: one link level down reaches "manager", not "chair" or "chief executive officer".
 */
function linkLeader(table: ExpansionTable, unit: CorpusUnit): void {
  if (unit.cls !== 'n' || unit.lemma === LEADER) return;
  const share = headNounShare(unit.lemma);
  if (share === 0) return;
  const weight = RELATION_WEIGHTS.hyponym * share * unit.factor;
  for (const phrase of unit.phrases) table.addWord(LEADER, 'n', phrase, 'hyponym', weight, false);
}

/** Collects the corpus's lemmas, phrases, names and acronyms while the index is built, then builds the Lexicon. */
export class LexiconBuilder {
  private readonly words = new Map<string, CorpusWord>();
  private readonly phrases = new Map<string, Set<string>>();
  private readonly names = new Set<string>();
  private readonly acronyms = new Set<string>();
  private readonly aliasGroups: string[][] = [];
  private readonly ownTermCache = new Map<string, Set<string>>();

  /** One token of the corpus: its lemma (from wink), word class if known, and index term (termOf its surface). */
  addWord(lemma: string, cls: WordClass | null, term: string): void {
    if (!lemma || !term) return;
    const key = lemma.toLowerCase();
    let word = this.words.get(key);
    if (!word) this.words.set(key, (word = { classes: new Set(), terms: new Set() }));
    word.classes.add(cls);
    word.terms.add(term);
  }

  /**
   * The last `size` words of a run of consecutive content tokens (2-3), for WordNet collocations ("police officer").
   * Its key is put together before anything else: most phrases are none, and are dropped before any list is made.
   */
  addPhrase(run: readonly PhraseWord[], size: number): void {
    const first = run.length - size;
    if (size < 2 || first < 0) return;
    // Lemmas with "_" in them are left to the whole key, whose words they would split differently.
    const [lemma, next] = [run[first]!.lemma.toLowerCase(), run[first + 1]!.lemma.toLowerCase()];
    if (!lemma.includes('_') && !next.includes('_') && !beginsCollocation(lemma, next)) return;
    let key = run[first]!.lemma;
    for (let k = first + 1; k < run.length; k++) key += `_${run[k]!.lemma}`;
    key = key.toLowerCase();
    // Only a phrase WordNet may hold is kept: a corpus has millions of others, and nothing looks them up.
    if (!collocationStarts().has(key)) return;
    let variants = this.phrases.get(key);
    if (!variants) this.phrases.set(key, (variants = new Set()));
    variants.add(
      run
        .slice(first)
        .map((word) => word.term)
        .join(' '),
    );
  }

  /** A capitalized multiword name as written ("American Civil Liberties Union"), for acronyms. */
  addName(name: string): void {
    this.names.add(name.trim());
  }

  /** An all-capitals token as written ("ACLU", "CEOs"). */
  addAcronym(token: string): void {
    this.acronyms.add(singularAcronym(token));
  }

  /** The corpus's own alias groups (from its manifest): phrases as written that stand for one another. */
  addAliases(groups: string[][]): void {
    this.aliasGroups.push(...groups);
  }

  /** Links every WordNet word that may stand for a corpus word or phrase to it, then the acronyms and aliases. */
  build(): Lexicon {
    const table = new ExpansionTable();
    const reader = new SynsetReader();
    const synsetWords = new SynsetWords();
    for (const unit of corpusUnits(this.words, this.phrases)) {
      this.linkUnit(table, reader, synsetWords, unit);
      linkLeader(table, unit);
    }
    this.linkAcronyms(table);
    this.linkAliases(table);
    return Lexicon.fromJSON(table.snapshot());
  }

  private linkUnit(table: ExpansionTable, reader: SynsetReader, synsetWords: SynsetWords, unit: CorpusUnit): void {
    for (const sense of preferredSenses(unit.lemma, unit.cls)) {
      const synset = reader.get(sense.offset, sense.cls);
      for (const link of linksFrom(reader, synset, synset.words.indexOf(unit.lemma) + 1)) {
        const relation = unit.shortened ? 'phrase' : link.relation;
        for (const asked of this.questionWords(reader, synsetWords, link)) {
          // The corpus word is no stand-in for itself, but a collocation the corpus shortens is ("chief executive").
          if (asked.lemma === unit.lemma && !unit.shortened) continue;
          const weight = link.weight * sense.factor * asked.factor * unit.factor;
          const own = this.ownTerms(asked.lemma);
          // A question may shorten a collocation as the corpus may ("chief executive" for chief executive officer).
          const shortened = asked.lemma.includes('_') ? shortenedForm(asked.lemma) : null;
          for (const phrase of unit.phrases) {
            if (own.has(phrase)) continue;
            table.addWord(asked.lemma, link.cls, phrase, relation, weight, asked.anyClass);
            if (shortened) {
              table.addWord(shortened, link.cls, phrase, 'phrase', weight * SHORTENED_FACTOR, asked.anyClass);
            }
          }
        }
      }
    }
  }

  /** The words a question may use for a link's synset: all whose frequent senses include it, or the one it names. */
  private questionWords(reader: SynsetReader, synsetWords: SynsetWords, link: Link): readonly SynsetWord[] {
    const words = synsetWords.wordsOf(link.offset, link.cls);
    if (!link.word) return words;
    const lemma = reader.get(link.offset, link.cls).words[link.word - 1];
    return words.filter((w) => w.lemma === lemma);
  }

  /** The index terms a question word already matches by itself: its own forms in the corpus. */
  private ownTerms(lemma: string): Set<string> {
    let own = this.ownTermCache.get(lemma);
    if (!own) this.ownTermCache.set(lemma, (own = this.computeOwnTerms(lemma)));
    return own;
  }

  private computeOwnTerms(lemma: string): Set<string> {
    // The term of the lemma itself is left to the Lexicon, which drops it at question time: stemming every
    // WordNet word reached here would double the build.
    const own = new Set(this.words.get(lemma)?.terms ?? []);
    for (const variant of this.phrases.get(lemma) ?? []) own.add(variant);
    return own;
  }

  private linkAcronyms(table: ExpansionTable): void {
    for (const name of [...this.names].flatMap(namesWithin)) {
      const nameTerms = termsOf(name);
      for (const acronym of acronymsOf(name)) {
        if (!this.acronyms.has(acronym)) continue;
        const acronymTerm = termOf(acronym.toLowerCase());
        if (!acronymTerm || !nameTerms.length) continue;
        table.addTerms([acronymTerm], nameTerms, 'acronym', ACRONYM_WEIGHT);
        table.addTerms(nameTerms, [acronymTerm], 'acronym', ACRONYM_WEIGHT);
      }
    }
  }

  private linkAliases(table: ExpansionTable): void {
    const corpusTerms = new Set<string>();
    for (const word of this.words.values()) for (const term of word.terms) corpusTerms.add(term);
    for (const group of this.aliasGroups) {
      const phrases = group.map((phrase) => termsOf(phrase)).filter((terms) => terms.length > 0);
      for (const from of phrases) {
        for (const to of phrases) {
          if (from !== to && to.every((term) => corpusTerms.has(term))) table.addTerms(from, to, 'alias', ALIAS_WEIGHT);
        }
      }
    }
  }
}
