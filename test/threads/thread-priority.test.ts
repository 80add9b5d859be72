import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import type { Engine } from '../../src/engine.ts';
import { lowerThreadPriority, type PriorityCalls } from '../../src/threads/thread-priority.ts';
import { createWorkerEngine } from '../../src/threads/worker-engine.ts';
import { MINI_CORPUS } from '../support/paths.ts';

const LINUX = process.platform === 'linux';

/** The nice value of each thread of this process, by thread id (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNices(): Map<string, number> {
  const nices = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    nices.set(tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]));
  }
  return nices;
}

let engine: Engine | undefined;
afterEach(async () => {
  await engine?.close();
  engine = undefined;
});

describe('lowering a thread’s priority', () => {
  it('sets the nice value of the thread /proc/thread-self names, and only that', () => {
    const set: Array<[number, number]> = [];
    const calls: PriorityCalls = {
      readThreadSelf: () => '4242/task/4250',
      setPriority: (tid, n) => set.push([tid, n]),
    };
    expect(lowerThreadPriority(10, calls)).toBe(true);
    expect(set).toEqual([[4250, 10]]);
  });

  it('leaves the priority alone where threads have no /proc entry (macOS, Windows) or the change is refused', () => {
    const set: number[] = [];
    const noProc: PriorityCalls = {
      readThreadSelf: () => {
        throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      },
      setPriority: (tid) => set.push(tid),
    };
    expect(lowerThreadPriority(10, noProc)).toBe(false);
    expect(lowerThreadPriority(10, { readThreadSelf: () => 'self', setPriority: (tid) => set.push(tid) })).toBe(false);
    expect(set).toEqual([]);
    const refused: PriorityCalls = {
      readThreadSelf: () => '1/task/2',
      setPriority: () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    };
    expect(lowerThreadPriority(10, refused)).toBe(false);
  });

  it.runIf(LINUX)('lowers a worker thread on Linux while the thread that started it keeps its priority', async () => {
    const mine = getPriority(0);
    const module = new URL('../../src/threads/thread-priority.ts', import.meta.url).href;
    const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
    const code = `import(${tsx}).then((t) => { t.register(); return import(${JSON.stringify(module)}); })
      .then((m) => { const ok = m.lowerThreadPriority(7); require('node:worker_threads').parentPort
        .postMessage([ok, require('node:os').getPriority(0)]); });`;
    const worker = new Worker(code, { eval: true });
    const [lowered, theirs] = await new Promise<[boolean, number]>((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(lowered).toBe(true);
    expect(theirs).toBe(7);
    expect(getPriority(0)).toBe(mine);
  });

  it.runIf(LINUX)(
    'runs each engine worker at the nice value asked (ENGINE_NICE), below the thread that acks events',
    async () => {
      const before = threadNices();
      engine = await createWorkerEngine({
        corpusDir: MINI_CORPUS,
        cacheDir: null,
        watch: false,
        nice: 10,
        logger: silentLogger(),
        log: { level: 'silent' },
      });
      const after = threadNices();
      expect([...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice)).toContain(10);
      // The process's main thread, and this test's own, keep the priority they had.
      expect(after.get(String(process.pid))).toBe(before.get(String(process.pid)));
    },
    60_000,
  );
});
