/**
 * A relative pronoun after a question's first word opens a clause about the noun before it: "the math teacher who
 * taught Aldercott". English has no library list of these; the three that head such clauses are written here.
 */
const RELATIVE = /^\S+\s.*\b(?:who|whom|that)\b/iu;

/**
 * Whether a name is written inside a relative clause of the question ("how old is the teacher who taught
 * Aldercott"): there it is what the clause tells of, not the one the question asks about.
 */
export function namedInClause(question: string, name: string): boolean {
  const at = question.toLowerCase().indexOf(name.toLowerCase());
  return at > 0 && RELATIVE.test(question.slice(0, at));
}
