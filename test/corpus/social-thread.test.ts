import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { classifyBlocks } from '../../src/corpus/furniture.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';

// A journalist's thread pasted from a social network, with a quoted post and readers' replies under it.
const THREAD = `Post

Thread
Mara Quist
@maraquist
1/3 The harbor dredging has stopped after a crew pulled a shell from the silt.
4:14 PM · Jun 3, 2025
41 Replies   377 Reposts   5.2K Likes

Mara Quist
@maraquist
·
2/3 The harbor master says the Navy removed it on Tuesday evening.
Quote
Ines Calloway
@harbormaster_ic
The channel is closed until divers finish their survey.
4:20 PM · Jun 3, 2025

Show more replies

Dock Rat
@dockrat_77
·
Replying to @maraquist
heard the contractor knew about the shells for a month and kept digging
4:31 PM · Jun 3, 2025
5 Replies   1 Repost   18 Likes

Show probable spam`;

const kept = (): string[] =>
  classifyBlocks(splitBlocks(THREAD), { title: null, repeated: new Set() })
    .filter((v) => !v.furniture)
    .map((v) => v.block.text.trim());

describe('a thread pasted from a social network', () => {
  it("keeps the author's posts and the post they quote", () => {
    expect(kept()).toEqual([
      '1/3 The harbor dredging has stopped after a crew pulled a shell from the silt.',
      '2/3 The harbor master says the Navy removed it on Tuesday evening.',
      'The channel is closed until divers finish their survey.',
    ]);
  });

  it("drops the names, handles, controls and counts around posts, and readers' replies as comments", () => {
    const dropped = classifyBlocks(splitBlocks(THREAD), { title: null, repeated: new Set() }).filter((v) =>
      v.block.text.includes('kept digging'),
    );
    expect(dropped.map((v) => v.furniture)).toEqual(['reader-comment']);
  });

  it('leaves a text with one handle in it alone', () => {
    const text = 'Follow the council on its account\n@harborcouncil\nfor updates on the dredging.';
    expect(classifyBlocks(splitBlocks(text), { title: null, repeated: new Set() }).every((v) => !v.furniture)).toBe(
      true,
    );
  });
});

// A thread pasted from a Mastodon server: full handles, controls and counts a line each, replies opening on a mention.
const MASTODON = `Skip to main content
example.social
Search or paste URL

Mara Quist
@maraquist@example.social
Follow

Harbor folks: the dredging has stopped after a crew pulled a shell from the silt.

The harbor master says the Navy removed it on Tuesday evening.

Jun 03, 2025, 16:14 · Edited · Web
377 boosts · 12 quotes · 5.2K favourites

Reply
Boost
Favourite
More

Dock Rat
@dockrat_77
12h
@maraquist heard the contractor knew about the shells for a month and kept digging
Reply
2
Boost
14
More

Mara Quist
@maraquist
11h
@dockrat_77 The channel reopens once divers finish their survey on Friday.
Reply
Boost
9
More`;

describe('a thread pasted from a Mastodon server', () => {
  const verdicts = () => classifyBlocks(splitBlocks(MASTODON), { title: null, repeated: new Set() });

  it("keeps the author's posts, replies to readers included, not the controls, counts and others' replies", () => {
    const posts = verdicts()
      .filter((v) => !v.furniture)
      .map((v) => v.block.text.trim())
      .slice(1);
    expect(posts).toEqual([
      'Harbor folks: the dredging has stopped after a crew pulled a shell from the silt.',
      'The harbor master says the Navy removed it on Tuesday evening.',
      '@dockrat_77 The channel reopens once divers finish their survey on Friday.',
    ]);
    const reply = verdicts().find((v) => v.block.text.includes('kept digging'));
    expect(reply?.furniture).toBe('reader-comment');
  });

  it('is credited to its author, titled by its first post and dated by it', () => {
    const meta = inferMetadata(splitBlocks(MASTODON), { file: 'thread.txt', title: null, url: null, authors: [] });
    expect(meta).toMatchObject({
      outlet: 'Mara Quist',
      title: 'Harbor folks: the dredging has stopped after a crew pulled a shell from the silt.',
      published: '2025-06-03',
    });
  });
});

describe("a photo network's post copied with the comments under it", () => {
  const caption = 'WE DID IT. The share offer closed at noon and the final total was £463,200 from 1,581 of you.';
  const post = [
    'examplebooks',
    '•',
    'Follow',
    caption,
    `${'Thank you to every one of you who put money in, large or small, and to the fund that matched it. '.repeat(4)}`,
    '2d',
  ];
  const comments = [
    'valleyfund',
    'Congratulations! That match was the easiest decision our trustees made all year',
    'Reply',
    'janeyreads_',
    'Put in £200 for my two so one day they can say they own a bookshop',
    'k.mwangi.photo',
    'Best bookshop in the valley. Glad it is staying',
    '1d',
    'View all 48 comments',
  ];
  const kept = (lines: string[]): string[] =>
    classifyBlocks(splitBlocks(lines.join('\n\n')), { title: null, repeated: new Set() })
      .filter((v) => !v.furniture)
      .map((v) => v.block.text);

  it("keeps the account's post and drops other accounts' comments, each opening on a bare handle", () => {
    const text = kept([...post, ...comments]);
    expect(text).toContain(caption);
    expect(text.join(' ')).not.toMatch(/Put in £200|easiest decision|Glad it is staying/u);
  });

  it('keeps the comments under a link shared to a forum: they are what the page says', () => {
    const text = kept(['examplebooks', 'Shop saved: see the Courier', ...comments]);
    expect(text).toContain('Put in £200 for my two so one day they can say they own a bookshop');
  });
});
