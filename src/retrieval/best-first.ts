/**
 * Visits positions 0…count-1 best first (higher score, then lower position) until `visit` returns false: the order
 * of a stable sort by descending score, at the cost of a heap and the few positions visited, not a sort of all.
 * `heap` is scratch space of at least `count` slots.
 */
export function visitBestFirst(
  scores: Float64Array,
  count: number,
  heap: Int32Array,
  visit: (position: number) => boolean,
): void {
  const better = (a: number, b: number): boolean => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const siftDown = (from: number, size: number): void => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && better(heap[right]!, heap[left]!) ? right : left;
      if (!better(heap[child]!, heap[at]!)) return;
      const swap = heap[at]!;
      heap[at] = heap[child]!;
      heap[child] = swap;
      at = child;
    }
  };
  for (let i = 0; i < count; i++) heap[i] = i;
  for (let i = (count >> 1) - 1; i >= 0; i--) siftDown(i, count);
  for (let size = count; size > 0; size--) {
    if (!visit(heap[0]!)) return;
    heap[0] = heap[size - 1]!;
    siftDown(0, size - 1);
  }
}
