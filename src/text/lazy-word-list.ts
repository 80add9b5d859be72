/**
 * The start of each word in a text of words separated by NULs, and one past the text's end (so that word k runs
 * from starts[k] to starts[k + 1] - 1): written once by `npm run build`, read as raw 32-bit words.
 */
export function wordStarts(text: Buffer): Uint32Array {
  const starts: number[] = [0];
  for (let at = text.indexOf(0); at >= 0; at = text.indexOf(0, at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  return Uint32Array.from(starts);
}

/**
 * wink-nlp's list of words as an array that decodes each word from the UTF-8 text the first time it is read. Splitting
 * the model's 87,593 words into strings took about 5 ms of every one-shot answer, which reads a few hundred of them.
 * wink-nlp only reads words by position, reads `length` and pushes the words it meets: a Proxy serves exactly that
 * (hand-written because no library decodes an array of strings lazily).
 */
export function lazyWordList(text: Buffer, starts: Uint32Array): string[] {
  const count = starts.length - 1;
  const decoded: Array<string | undefined> = new Array(count);
  const added: string[] = [];
  const at = (k: number): string | undefined => {
    if (k < count) return (decoded[k] ??= text.toString('utf8', starts[k]!, starts[k + 1]! - 1));
    return added[k - count];
  };
  const push = (...words: string[]): number => added.push(...words) + count;
  const position = (key: string | symbol): number => (typeof key === 'string' && key !== '' ? Number(key) : NaN);
  const listed = (k: number): boolean => Number.isInteger(k) && k >= 0 && k < count + added.length;
  // Array methods (every, map, slice) work on it too: they read `length` and each position through these traps.
  return new Proxy([] as string[], {
    get: (target, key) => {
      const k = position(key);
      if (Number.isInteger(k) && k >= 0) return at(k);
      if (key === 'length') return count + added.length;
      if (key === 'push') return push;
      return Reflect.get(target, key);
    },
    has: (target, key) => listed(position(key)) || Reflect.has(target, key),
  });
}
