import { englishWords } from '../lexicon/english.ts';

/** The plain words for people in general, of no kind: what any count of persons is a count of. */
const PEOPLE = /^(?:people|persons|individuals)$/i;
const PEOPLE_CATEGORIES = new Set(['noun.person', 'noun.group']);

/** Whether a noun is a plain word for people ("people", "persons"). */
export const isPeople = (noun: string | null): boolean => noun !== null && PEOPLE.test(noun);

/** Whether a noun names a kind of person ("employees", "patients"), by its most frequent sense. */
const isPerson = (noun: string): boolean => englishWords().category(noun.toLowerCase(), 'n') === 'noun.person';

/** Whether a question's counted noun is a kind of person or a group of people ("patients", "staff"). */
export const isPeopleWord = (head: string | null): boolean =>
  !!head && !isPeople(head) && PEOPLE_CATEGORIES.has(englishWords().category(head.toLowerCase(), 'n') ?? '');

/**
 * Whether a count of `counted` counts the persons a question asks about by `asked`, in other words: "520 people"
 * counts a staff or its employees, and "3,600 employees" counts the people who work somewhere.
 */
export function countsSamePeople(counted: string, asked: string | null): boolean {
  return isPeople(counted) ? isPeopleWord(asked) : isPeople(asked) && isPerson(counted);
}
