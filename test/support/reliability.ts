import type { Reliability } from '../../adapters/shared/reliability.ts';
import { loadCoreConfig } from '../../src/config.ts';
import { InFlight } from '../../src/reliability/in-flight.ts';

/** The adapters' deadline and in-flight tracker as production configures them, with the deadline overridable. */
export function testReliability(answerDeadlineMs?: number): Reliability {
  const env = answerDeadlineMs === undefined ? {} : { ANSWER_DEADLINE_MS: String(answerDeadlineMs) };
  return { answerDeadlineMs: loadCoreConfig(env).ANSWER_DEADLINE_MS, inFlight: new InFlight() };
}
