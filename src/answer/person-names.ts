import type { NameKinds } from './type-match.ts';

// The last words of the corpus's people's full names, worked out once per corpus.
const surnamesOf = new WeakMap<NameKinds, ReadonlySet<string>>();

function surnames(kinds: NameKinds): ReadonlySet<string> {
  let found = surnamesOf.get(kinds);
  if (!found) {
    const last = [...kinds].filter(([, kind]) => kind === 'person').map(([name]) => name.split(/\s+/u).at(-1)!);
    surnamesOf.set(kinds, (found = new Set(last)));
  }
  return found;
}

/**
 * Whether a name is a person's: the corpus's kind of it, or, for a name the corpus gives no kind of its own, the
 * surname of one of its people ("Ruell" of "Tomas Ruell").
 */
export function isPersonName(name: string, kinds: NameKinds): boolean {
  const lower = name.toLowerCase();
  const kind = kinds.get(lower);
  return kind ? kind === 'person' : surnames(kinds).has(lower);
}
