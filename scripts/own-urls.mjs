// An esbuild plugin for bundle-cli.mjs and snapshot-cli.mjs. Each compiled module finds its data files, its workers
// and the cache key's code through import.meta.url: in a bundle it must still mean the module's own file in
// dist/src, not the bundle's.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

const COMPILED = /[\\/]dist[\\/]src[\\/].*\.js$/;

/** Rewrites import.meta.url in the compiled modules to their own URL, from `base`: the bundle's URL in `outDir`. */
export function ownUrls(outDir, base) {
  return {
    name: 'own-import-meta-url',
    setup(build) {
      build.onLoad({ filter: COMPILED }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const own = `new URL(${JSON.stringify(relative(outDir, path).split('\\').join('/'))}, ${base}).href`;
        return { contents: source.replace(/\bimport\.meta\.url\b/gu, own), loader: 'js' };
      });
    },
  };
}
