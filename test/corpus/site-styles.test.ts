import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type LoadedCorpus } from '../../src/corpus/load-corpus.ts';
import type { Source } from '../../src/corpus/source.ts';
import { SITE_STYLES_CORPUS } from '../support/paths.ts';

let corpus: LoadedCorpus;
beforeAll(async () => {
  corpus = await loadCorpus(SITE_STYLES_CORPUS);
});
const source = (file: string): Source => corpus.sources.find((s) => s.file === file)!;
const paragraphs = (s: Source): string[] => s.paragraphs.map(([a, b]) => s.text.slice(a, b));

describe('metadata of pages saved in many site styles', () => {
  it.each([
    [
      'Ferry service to Ostrava Island cut to twice daily _ Bayview Tribune.txt',
      'Bayview Tribune',
      'Ferry service to Ostrava Island cut to twice daily',
      '2025-02-04',
    ],
    [
      'wkrp7-library-strike-ends.txt',
      'WKRP 7 News',
      'Library strike ends as Grandville workers approve new contract',
      '2025-03-05',
    ],
    ['article (2).txt', 'Lakeshore Wire', 'Grandville library workers end 12-day strike with 4.5% raise', '2025-03-06'],
    [
      'coastal-press-service_ferry-fares.txt',
      'Coastal Press Service',
      'Island ferry riders face higher fares as service shrinks',
      '2025-03-07',
    ],
    [
      'Library workers return after 12-day strike.md',
      'Riverbend Public Radio',
      'Library workers return after 12-day strike, but weekend hours stay short',
      '2025-03-06',
    ],
    [
      'crossing-guards-return.md',
      'Harbor Light Weekly',
      'Crossing guards return to Bayview schools after ferry delays',
      '2025-03-07',
    ],
    [
      'kestrel-weekly-2025-03-08-library-budget.txt',
      'Kestrel Weekly',
      'Strike settlement adds $1.2 million to Grandville library budget',
      '2025-03-08',
    ],
    ['untitled.txt', 'Marsh Creek Gazette', 'Marina fees to rise as ferry cuts hit harbor businesses', '2025-03-09'],
    ['pine-valley-story.md', 'The Pine Valley Herald', 'Pine Valley bus riders ask for later ferry connection', null],
    [
      'ferry-explainer.txt',
      'Northlight Public Media',
      'What the Ostrava Island ferry cut means for commuters',
      '2025-03-08',
    ],
    [
      'ferry-board-vote.txt',
      'Bayview Business Ledger',
      'Transit board approves emergency deckhand bonuses',
      '2025-02-11',
    ],
    ['saved-page.txt', 'Grandville Gazette', 'Grandville library reopens Saturday', null],
    [
      'kbvw5-ferry-deckhands-sworn-in.txt',
      'KBVW NewsChannel 5',
      'First class of new ferry deckhands sworn in as Ostrava Island service grows',
      '2025-03-14',
    ],
    [
      'night-ferry-fog-delays.txt',
      'Channel 9 Coastwatch',
      'Fog strands night ferry riders on Ostrava Island for second time this week',
      '2025-03-12',
    ],
  ])('%s', (file, outlet, title, published) => {
    expect(source(file)).toMatchObject({ outlet, title, published });
  });

  it('says where each value came from', () => {
    expect(source('crossing-guards-return.md')).toMatchObject({
      url: 'https://www.harborlightweekly.example/news/crossing-guards-return',
      origins: { outlet: 'front-matter', title: 'front-matter', published: 'front-matter', url: 'front-matter' },
    });
    const all = (origin: string, url = origin) => ({ outlet: origin, title: origin, published: origin, url });
    expect(source('ferry-board-vote.txt').origins).toEqual(all('manifest'));
    expect(source('wkrp7-library-strike-ends.txt').origins).toEqual(all('inferred', 'missing'));
  });

  it('loads every file without warnings', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.sources).toHaveLength(14);
  });
});

describe('cleaning pages saved in many site styles', () => {
  it('indexes no furniture from any page', () => {
    const all = corpus.sources.flatMap(paragraphs).join('\n');
    for (const junk of [
      'Skip to',
      'Home |',
      'cookies',
      'Subscribe',
      'Sign up',
      'Share',
      'Advertisement',
      'ADVERTISEMENT',
      'Sponsored',
      'Most Read',
      'marina fees\nHigh school',
      'Comments',
      'Read more',
      'Download the',
      'WEATHER ALERT',
      'WATCH:',
      'This story has been updated',
      'By ',
      'Published',
      'Posted on',
      'Updated',
      '©',
      'Copyright',
      'Reporting by',
      'Additional reporting',
      'is a transportation reporter',
      'nonprofit newsroom',
      'Why you can trust',
      'TRANSPORTATION',
      'News ›',
      '## ',
      '(Photo:',
      '(WKRP 7 News / Dana Fox)',
      'Ana Ruiz / Northlight',
      'Lakeshore Wire)',
      'GRANDVILLE —',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('keeps captions as text, marked as captions, and marks the standfirst', () => {
    const tribune = source('Ferry service to Ostrava Island cut to twice daily _ Bayview Tribune.txt');
    const roles = Object.fromEntries(paragraphs(tribune).map((p, i) => [p, tribune.paragraphRoles[i]]));
    expect(roles['The Island Runner ferry leaves the Bayview terminal on Monday morning.']).toBe('caption');
    expect(roles['Crew shortage forces transit authority to drop four sailings starting March 15']).toBe('standfirst');
    expect(Object.values(roles).filter((r) => r === 'body')).toHaveLength(5);
    const explainer = source('ferry-explainer.txt');
    const caption = paragraphs(explainer).indexOf('Commuters wait for the 7 a.m. ferry at the Bayview terminal.');
    expect(explainer.paragraphRoles[caption]).toBe('caption');
  });

  it('gives every paragraph a role', () => {
    for (const s of corpus.sources) expect(s.paragraphRoles, s.file).toHaveLength(s.paragraphs.length);
  });
});
