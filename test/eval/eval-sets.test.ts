import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadManifest } from '../../src/corpus/manifest.ts';
import { corpusFolderOf, loadEvalSets, type EvalSet } from '../../src/eval/eval-sets.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temporary folder holding the given files (name → content). */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eval-sets-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const set = (corpus: string[]): EvalSet => ({ name: 'merged', corpus, dev: join(PROJECT_ROOT, 'dev.jsonl') });

async function merge(...dirs: string[]): Promise<string> {
  const merged = await corpusFolderOf(set(dirs));
  if (!dirs.includes(merged)) made.push(merged);
  return merged;
}

const manifestOf = async (dir: string): Promise<Record<string, unknown>> =>
  parseYaml(await readFile(join(dir, 'manifest.yaml'), 'utf8')) as Record<string, unknown>;

describe('corpusFolderOf: a set may ask of several corpus folders, as when new articles join old ones', () => {
  it('one folder is used where it is, not copied', async () => {
    const only = await folder({ 'a.txt': 'Story A\n\nText.' });
    expect(await corpusFolderOf(set([only]))).toBe(only);
  });

  it('several folders are copied side by side, subfolders included', async () => {
    const first = await folder({ 'a.txt': 'Story A\n\nText.', 'more/c.txt': 'Story C\n\nText.' });
    const second = await folder({ 'b.txt': 'Story B\n\nText.' });
    const merged = await merge(first, second);
    expect((await readdir(merged)).sort()).toEqual(['a.txt', 'b.txt', 'manifest.yaml', 'more']);
    expect(await readFile(join(merged, 'more/c.txt'), 'utf8')).toBe('Story C\n\nText.');
  });

  it('a file in a later folder wins over the same name in an earlier one, and so does its manifest entry', async () => {
    const first = await folder({
      'shared.txt': 'Old story\n\nOld text.',
      'a.txt': 'Story A\n\nText.',
      'manifest.yaml': 'files:\n  shared.txt:\n    outlet: Old Outlet\n  a.txt:\n    outlet: First Outlet\n',
    });
    const second = await folder({
      'shared.txt': 'New story\n\nNew text.',
      'manifest.yaml': 'files:\n  shared.txt:\n    outlet: New Outlet\n',
    });
    const merged = await merge(first, second);
    expect(await readFile(join(merged, 'shared.txt'), 'utf8')).toBe('New story\n\nNew text.');
    expect((await manifestOf(merged)).files).toEqual({
      'shared.txt': { outlet: 'New Outlet' },
      'a.txt': { outlet: 'First Outlet' },
    });
  });

  it('examples and aliases of every folder are kept, in folder order', async () => {
    const first = await folder({
      'manifest.yaml': 'examples:\n  - When did it open?\naliases:\n  - [ICE, Immigration]\n',
    });
    const second = await folder({ 'manifest.yaml': 'examples:\n  - Who runs it?\n' });
    const third = await folder({ 'c.txt': 'Story C\n\nText.' });
    const manifest = await manifestOf(await merge(first, second, third));
    expect(manifest.examples).toEqual(['When did it open?', 'Who runs it?']);
    expect(manifest.aliases).toEqual([['ICE', 'Immigration']]);
  });

  it('the merged manifest is one the corpus loader accepts without warnings', async () => {
    const first = await folder({
      'a.txt': 'A\n\nText.',
      'manifest.yaml': 'files:\n  a.txt:\n    published: 2024-05-02\n',
    });
    const second = await folder({ 'b.txt': 'B\n\nText.' });
    const loaded = await loadManifest(await merge(first, second));
    expect(loaded.warnings).toEqual([]);
    expect(loaded.entries.get('a.txt')).toEqual({ published: '2024-05-02' });
    expect(loaded.examples).toEqual([]);
  });

  it('a manifest that is not valid YAML stops the merge instead of silently losing its metadata', async () => {
    const first = await folder({ 'manifest.yaml': 'files: [unclosed\n' });
    const second = await folder({ 'b.txt': 'B\n\nText.' });
    await expect(merge(first, second)).rejects.toThrow();
  });
});

describe('loadEvalSets: the list of question sets, with paths relative to the project root', () => {
  it('resolves corpus folders and question files against the project root', async () => {
    const dir = await folder({
      'sets.yaml': 'sets:\n  - name: demo\n    corpus: [corpus, eval/corpora/storm]\n    dev: eval/q.dev.jsonl\n',
    });
    expect(await loadEvalSets(join(dir, 'sets.yaml'))).toEqual([
      {
        name: 'demo',
        corpus: [join(PROJECT_ROOT, 'corpus'), join(PROJECT_ROOT, 'eval/corpora/storm')],
        dev: join(PROJECT_ROOT, 'eval/q.dev.jsonl'),
      },
    ]);
  });

  it('names the file and the field of a malformed set', async () => {
    const dir = await folder({ 'sets.yaml': 'sets:\n  - name: Bad Name\n    corpus: []\n    dev: d.jsonl\n' });
    const file = join(dir, 'sets.yaml');
    await expect(loadEvalSets(file)).rejects.toThrow(file);
    await expect(loadEvalSets(file)).rejects.toThrow(/sets\.0\.name/u);
    await expect(loadEvalSets(file)).rejects.toThrow(/sets\.0\.corpus/u);
  });
});
