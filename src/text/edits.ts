// By hand: one adjacent swap is all the spelling check needs; an edit-distance library would answer more.
/** Whether two words differ by two neighbouring letters swapped ("brigde", "socre"): one slip of the fingers. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}
