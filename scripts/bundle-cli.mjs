// After `tsc` and the assets: bundles the one-shot command's compiled modules and the packages they import into one
// file, dist/bundle/ask.js (with chunks for what it imports only when needed), which `node dist/src/cli/ask.js` runs while it is current (src/cli/run-bundled.ts).
// Loading some 400 modules one by one was a quarter of a one-shot answer's CPU time. Plain JavaScript, like
// copy-assets.mjs; without esbuild (an install without dev dependencies) it says so and the command runs unbundled.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { asciiOnly } from './ascii-only.mjs';
import { ownUrls } from './own-urls.mjs';

const OUT_DIR = resolve('dist/bundle');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stdout.write('esbuild is not installed: the one-shot command will run unbundled\n');
  process.exit(0);
}

// A package imported only when needed stays Node's to load: a bundled CommonJS package, imported dynamically from a
// chunk, shows its exports only as `default` (yaml's `parse` went missing and every manifest was ignored).
const nativeDynamicImports = {
  name: 'native-dynamic-imports',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ path, kind }) =>
      kind === 'dynamic-import' ? { path, external: true } : undefined,
    );
  },
};

await rm(OUT_DIR, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { ask: 'dist/src/cli/ask-main.js' },
  outdir: OUT_DIR,
  bundle: true,
  // What is imported only when needed (the index builder, the HTML extractor, legacy encodings) stays in chunks of
  // its own, loaded when needed, so a start from the cache compiles none of it.
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The packages written as CommonJS call require(), which an ES module has to be given.
  banner: {
    js: [
      "import { createRequire as bundleRequire } from 'node:module';",
      'const require = bundleRequire(import.meta.url);',
    ].join('\n'),
  },
  plugins: [ownUrls(OUT_DIR, 'import.meta.url'), nativeDynamicImports],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
});
for (const name of await readdir(OUT_DIR)) {
  const file = resolve(OUT_DIR, name);
  await writeFile(file, asciiOnly(await readFile(file, 'utf8')));
}
