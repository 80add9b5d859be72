import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_NODE_FLAG } from '../../src/threads/young-generation.ts';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const read = (file: string): string => readFileSync(new URL(file, `file://${PROJECT_ROOT}/`), 'utf8');

describe('the young generation of a command that may build an index on its main thread', () => {
  it('is given by the REPL, the index builder and the one-shot command run without its snapshot', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain(`node ${BUILD_NODE_FLAG} dist/`);
    expect(scripts.index).toContain(`node ${BUILD_NODE_FLAG} dist/`);
    expect(read('scripts/ask.sh')).toContain(`exec node ${BUILD_NODE_FLAG} "$command"`);
  });
});
