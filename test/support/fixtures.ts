import { readFileSync } from 'node:fs';

/** A JSON object as a platform sends it. */
export type Json = Record<string, unknown>;

/**
 * A recorded platform payload from test/fixtures/ (e.g. `slack/event-app-mention.json`), read afresh on every call so
 * a test can change its copy.
 */
export function fixture<T = Json>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8')) as T;
}
