// The yardstick for the one-shot CLI's cold start: about 30 lines of plain minisearch over the same articles,
// run with plain node. It reads every article, splits it into sentences, indexes them and prints the best match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';

const dir = process.env.CORPUS_DIR ?? new URL('../corpus/', import.meta.url).pathname;
const question = process.argv.slice(2).join(' ');
const sentences = [];
for (const file of readdirSync(dir)
  .filter((f) => /\.(txt|md)$/u.test(f))
  .sort()) {
  const text = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  for (const paragraph of text.split(/\n\s*\n/u)) {
    for (const sentence of paragraph.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/u)) {
      if (sentence.trim()) sentences.push({ id: sentences.length, file, text: sentence.trim() });
    }
  }
}
const index = new MiniSearch({ fields: ['text'], storeFields: ['file', 'text'] });
index.addAll(sentences);
const hits = index.search(question, { prefix: true, fuzzy: 0.2 }).slice(0, 3);
if (hits.length === 0) process.stdout.write('No matching sentence.\n');
for (const [n, hit] of hits.entries()) process.stdout.write(`[${n + 1}] ${hit.text} (${hit.file})\n`);
