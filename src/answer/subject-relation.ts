import { acronymsOf } from '../text/names.ts';
import type { QuestionName } from '../question/question-names.ts';
import { termsOfName } from './name-terms.ts';
import type { ArticleSubject } from './article-subject.ts';
import { NONE, type RelationCheck, sameEntity } from './entity-match.ts';
import type { NameKinds } from './type-match.ts';

// Whose an attribute is when no name is attached to it: the article's subject's, if the article is plainly about it.

/** How many times more an article must name its subject than the asked entity to read "the club's" as its subject's. */
const DOMINANCE = 2;

/**
 * When no name is attached to the attribute ("Chief executive Marcus Ebbage said …"), it belongs to whom the
 * article is about, if the article is plainly about someone else than the asked entity.
 */
export function bySubject(
  owner: QuestionName,
  subject: ArticleSubject | null,
  contextTerms: ReadonlySet<string>,
): RelationCheck {
  if (!subject || sameEntity(subject.terms, owner.terms) || owner.terms.every((t) => contextTerms.has(t))) return NONE;
  const ownerNames = [...subject.mentions].filter(([name]) => sameEntity(termsOfName(name), owner.terms));
  // "TVTA" is the article's "Tessaly Valley Transit Authority", which the question asks of as "the transit authority".
  if (ownerNames.some(([name]) => acronymsOf(name).some((a) => a.toLowerCase() === subject.name))) return NONE;
  const ownerMentions = ownerNames.reduce((sum, [, n]) => sum + n, 0);
  return (subject.mentions.get(subject.name) ?? 0) >= DOMINANCE * Math.max(1, ownerMentions)
    ? { link: -1, other: subject.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) }
    : NONE;
}

/** Whether an article is about the asked organization: its subject, named twice as often as any other one. */
export function isPlainlyAbout(subject: ArticleSubject | null, owner: QuestionName, kinds: NameKinds): boolean {
  if (!subject || !sameEntity(subject.terms, owner.terms)) return false;
  const own = subject.mentions.get(subject.name) ?? 0;
  for (const [name, count] of subject.mentions) {
    if (name === subject.name || kinds.get(name) === 'person' || sameEntity(termsOfName(name), owner.terms)) continue;
    if (own < DOMINANCE * count) return false;
  }
  return true;
}
