import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { runEntryPoint, type EntryRun } from '../support/run-entry.ts';

let server: NewsServer;
let dir: string;
let corpusDir: string;
beforeAll(async () => {
  server = await startNewsServer();
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-add-cli-'));
  corpusDir = join(dir, 'corpus');
  await mkdir(corpusDir);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const add = (args: string[], env: Record<string, string> = { ALLOW_PRIVATE_FETCH: 'true' }): Promise<EntryRun> =>
  runEntryPoint('src/cli/add.ts', { CORPUS_DIR: corpusDir, NO_COLOR: '1', ...env }, args);

describe('npm run add', () => {
  const url = (): string => `${server.origin}/articles/jsonld-og.html`;
  const file = '2024-05-14-the-harbor-gazette-port-of-larkspur-approves-48-million-seawall.md';

  it('prints the source card it wrote and the first sentences', async () => {
    const run = await add([url()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Added ${join(corpusDir, file).replace(`${tmpdir()}/`, '')}`,
        '  The Harbor Gazette — Port of Larkspur approves $48 million seawall, May 14, 2024',
        '  https://www.harborgazette.example/news/2024/05/14/larkspur-seawall-approved',
        '  “The Port of Larkspur commission voted 4-1 on Tuesday to build a $48 million seawall along the container ' +
          'terminal, after winter storms flooded the docks three times in two months. …”',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reports an article already in the corpus, writes nothing and exits 0', async () => {
    const run = await add([`${url()}?utm_campaign=share`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Already in the corpus: \S+ \(same link as \S+\.md\); nothing written\. Add --force/);
    expect(await readdir(corpusDir)).toEqual([file]);
  });

  it('refuses a private address unless ALLOW_PRIVATE_FETCH=true, naming URL and reason; exits 1', async () => {
    const run = await add([`${server.origin}/articles/og-only.html`], {});
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Not added: ${server.origin}/articles/og-only.html: refused: 127.0.0.1 is a loopback`);
    expect(run.stdout).toBe('');
    expect(await readdir(corpusDir)).toEqual([file]);
  });

  it('summarises several inputs and exits 1 when any failed', async () => {
    const run = await add([`${server.origin}/articles/bare.html`, `${server.origin}/pdf`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^Added .*\n {2}The Riverside Post — Riverside schools add late bus routes, Mar 4, 2024\n/,
    );
    expect(run.stdout).toMatch(/1 added, 0 already in the corpus, 1 failed\n$/);
    expect(run.stderr).toContain('/pdf: refused: the server sent application/pdf, not an HTML page');
  });

  it('shows its usage for no input or an unknown option, and names a bad setting with its fix', async () => {
    expect(await add([])).toMatchObject({
      code: 2,
      stdout: expect.stringMatching(/^Usage: npm run add -- \[--force\]/),
    });
    expect(await add(['--frobnicate', url()])).toMatchObject({ code: 2, stderr: expect.stringMatching(/frobnicate/) });
    const bad = await add([url()], { ALLOW_PRIVATE_FETCH: 'perhaps' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ALLOW_PRIVATE_FETCH is invalid .*: use true or false/);
  });
});
