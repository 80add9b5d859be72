import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The URL of a worker module beside `base` (pass import.meta.url): `name.js` when the caller runs compiled from
 * dist/, `name.ts` when it runs from source under tsx.
 */
export function workerModule(name: string, base: string): URL {
  return new URL(`./${name}${extname(fileURLToPath(base))}`, base);
}

/**
 * Starts a worker thread on a module. Compiled JavaScript starts directly; TypeScript source needs tsx, and
 * Node 20 does not pass an --import loader on to a worker's first module, so the worker registers tsx itself.
 */
export function startWorker(module: URL, options: WorkerOptions = {}): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, options);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
