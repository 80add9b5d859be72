import { statSync } from 'node:fs';

/**
 * The bundle `npm run build` wrote of a command (dist/bundle/NAME.js, by scripts/bundle-cli.mjs), if this runs
 * compiled and the bundle is no older than the last compile (a bare `tsc` since would leave it stale); from source,
 * under tsx, there is none.
 */
export function currentBundle(name: string, here: string = import.meta.url): URL | null {
  if (!here.endsWith('.js')) return null;
  const bundle = new URL(`../../bundle/${name}.js`, here);
  const compiled = new URL('../../.tsbuildinfo', here);
  try {
    return statSync(bundle).mtimeMs >= statSync(compiled).mtimeMs ? bundle : null;
  } catch {
    return null;
  }
}

/** Runs a command's current bundle, or else its modules as compiled (or as source) through `unbundled`. */
export async function runBundledOr(name: string, unbundled: () => Promise<unknown>): Promise<void> {
  const bundle = currentBundle(name);
  await (bundle ? import(bundle.href) : unbundled());
}
