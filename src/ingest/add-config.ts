import { z } from 'zod';
import { CoreConfigSchema, parseEnv } from '../config.ts';

/** Settings `npm run add` reads from the environment: the core's (CORPUS_DIR) and its own. */
export const AddConfigSchema = CoreConfigSchema.extend({
  /** Lets the fetcher connect to loopback, private and link-local addresses (an intranet, a test server). */
  ALLOW_PRIVATE_FETCH: z.stringbool({ error: 'expected true or false' }).default(false),
});

/** The validated settings `npm run add` runs with. */
export type AddConfig = z.infer<typeof AddConfigSchema>;

const FIXES: Record<string, string> = {
  ALLOW_PRIVATE_FETCH:
    'use true or false; true lets `npm run add` fetch from this machine and private networks, ' +
    'so leave it unset unless the articles live on an intranet',
};

/** Reads the settings once, reporting every problem in one error. */
export function loadAddConfig(env: Record<string, string | undefined> = process.env): AddConfig {
  return parseEnv(AddConfigSchema, env, 'npm run add', FIXES);
}
