/** A promise a test settles by hand: holds an answer in flight, or waits for a callback such as an exit code. */
export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** A fresh {@link Deferred}. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}
