import { afterAll, beforeAll, beforeEach } from 'vitest';
import { cannedAnswer, type FakeEngine } from './fake-engine.ts';

/**
 * Starts one harness around `engine` for the enclosing test file or describe block (stopped after it) and resets the
 * engine to its canned answer before each test; `use` receives the started harness.
 */
export function useHarnessWith<H>(
  engine: FakeEngine,
  start: () => Promise<H>,
  stop: (harness: H) => Promise<void>,
  use: (harness: H) => void,
): void {
  let harness: H | undefined;
  beforeAll(async () => {
    harness = await start();
    use(harness);
  });
  afterAll(async () => {
    if (harness) await stop(harness);
  });
  beforeEach(() => {
    engine.respond = (question) => cannedAnswer(question);
  });
}
