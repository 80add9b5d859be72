import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { newsFeedText } from '../../src/corpus/news-feed.ts';

const RSS = `<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0"><channel>
<title>Example Evening Echo - Transport</title>
<link>https://www.exampleecho.example/news/transport/</link>
<item>
<title>Ticket offices saved as operator drops closure plan</title>
<link>https://www.exampleecho.example/news/transport/ticket-offices-saved-1</link>
<pubDate>Tue, 05 May 2026 11:58:00 +0100</pubDate>
<dc:creator>Jo Example</dc:creator>
<description>&lt;p&gt;The operator has scrapped its plan to close ticket offices at 74 stations.&lt;/p&gt;</description>
</item>
<item>
<title>Hundreds pack meeting over threat to station ticket office</title>
<link>https://www.exampleecho.example/news/transport/meeting-2</link>
<pubDate>Fri, 13 Feb 2026 09:10:00 +0000</pubDate>
<description>About 340 people crowded into the hall on Thursday night.</description>
</item>
</channel></rss>`;

// Chrome's view of a feed, saved: its styles, the feed's XML in a hidden element, then the tree it draws.
const VIEWER = [
  '<html><head><style id="xml-viewer-style">div.header { margin: 10px; }</style></head><body>',
  `<div id="webkit-xml-viewer-source-xml">${RSS}</div>`,
  '<div class="header"><span> This XML file does not appear to have any style information associated with it. ',
  'The document tree is shown below.</span></div><div class="pretty-print">…</div></body></html>',
].join('');

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour Notes</title>
<link href="https://harbournotes.example/"/>
<entry><title>Ferry fares frozen</title><link href="https://harbournotes.example/fares"/>
<published>2026-03-02T08:00:00Z</published><summary>Fares will stay at £4 until April.</summary></entry>
</feed>`;

describe("a site's feed: each story a citable entry of the site's", () => {
  it('reads a feed a browser showed and saved: the site named as its address spells it, each story dated', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'feed-'));
    await writeFile(join(dir, 'transport-rss.xml.html'), VIEWER);
    const { sources, warnings } = await loadCorpus(dir, { workers: 0 });
    expect(warnings).toEqual([]);
    expect(sources.map((s) => [s.kind, s.outlet, s.title, s.published, s.url])).toEqual([
      [
        'related',
        'Example Evening Echo',
        'Ticket offices saved as operator drops closure plan',
        '2026-05-05',
        'https://www.exampleecho.example/news/transport/ticket-offices-saved-1',
      ],
      [
        'related',
        'Example Evening Echo',
        'Hundreds pack meeting over threat to station ticket office',
        '2026-02-13',
        'https://www.exampleecho.example/news/transport/meeting-2',
      ],
    ]);
    // A summary written in HTML is read as its text.
    expect(sources[0]!.text).toBe('The operator has scrapped its plan to close ticket offices at 74 stations.');
  });

  it('reads an Atom feed saved as text, its links in attributes', () => {
    expect(newsFeedText(ATOM)).toContain('excerpt: Fares will stay at £4 until April.');
    expect(newsFeedText(ATOM)).toContain('url: https://harbournotes.example/fares');
    expect(newsFeedText(ATOM)).toContain('published: 2026-03-02');
  });

  it('leaves pages that only mention a feed alone', () => {
    expect(newsFeedText('<p>Subscribe to our <a href="/rss">RSS feed</a>.</p>')).toBeNull();
  });
});
