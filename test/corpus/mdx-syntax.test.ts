import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { withoutMdxSyntax } from '../../src/corpus/mdx-syntax.ts';

const POST = `---
title: "What the consultation won't tell you"
pubDate: 2026-04-02
author: Jo Example
---

import Callout from '../../components/Callout.astro';
import { Image } from 'astro:assets';

First of all: thank you. On Saturday more than a thousand of you walked from Castle Gardens to Market Square.

<Image src={marchPhoto} alt="The march setting off" width={1200} />

<Callout type="warning" title="Deadline">
The consultation closes at 11.59pm on Sunday 24 May 2026.
</Callout>

<EventCard
  title="The questions they won't answer"
  speakers={["Sam Example, founder", "Dr Ann Example"]}
/>

*Jo Example, campaign coordinator, Clear Taps Exampledale*
`;

describe('a post kept as MDX', () => {
  it("drops its imports and its components' tags, and keeps the text inside a component", () => {
    const text = withoutMdxSyntax(POST);
    expect(text).not.toMatch(/import|<Image|<\/?Callout|<EventCard|speakers=/u);
    expect(text).toContain('The consultation closes at 11.59pm on Sunday 24 May 2026.');
    expect(text).toContain('First of all: thank you.');
  });

  it('leaves Markdown without imports as it is, tags and all', () => {
    const markdown = '# Notes\n\n<Aside>kept</Aside>\n';
    expect(withoutMdxSyntax(markdown)).toBe(markdown);
  });

  it('credits the post to the body its writer signs off for', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mdx-'));
    await writeFile(join(dir, 'what-the-consultation-wont-tell-you.md'), POST);
    const [source] = (await loadCorpus(dir, { workers: 0 })).sources;
    expect(source).toMatchObject({ outlet: 'Clear Taps Exampledale', published: '2026-04-02' });
    expect(source!.text).not.toContain('<Callout');
  });
});
