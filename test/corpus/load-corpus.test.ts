import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type LoadedCorpus } from '../../src/corpus/load-corpus.ts';
import { BUNDLED_CORPUS, MINI_CORPUS } from '../support/paths.ts';

const bodyOf = (corpus: LoadedCorpus, id: string): string => {
  const source = corpus.sources.find((s) => s.id === id)!;
  return source.paragraphs.map(([a, b]) => source.text.slice(a, b)).join('\n');
};

describe('the bundled corpus', () => {
  let corpus: LoadedCorpus;
  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED_CORPUS);
  });

  it('keeps no page furniture in any source', () => {
    const all = corpus.sources.map((s) => s.paragraphs.map(([a, b]) => s.text.slice(a, b)).join('\n')).join('\n');
    for (const junk of [
      'cookies',
      'Skip To Content',
      'Skip to main content',
      'Enlarge Icon',
      'Notify of',
      'View all comments',
      'comment section',
      'About Author',
      'Why you can trust KUOW',
      'Jason Cairnduff / Reuters',
      'A BuzzFeed News investigation',
      'Posted on',
      'ampproject',
      'secured',
      'https://',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('keeps photo captions, which carry facts', () => {
    expect(bodyOf(corpus, 'kuow-amazon-halts-police-use')).toContain(
      'In this Oct. 31 photo, a man has his face painted',
    );
    expect(bodyOf(corpus, 'buzzfeed-news-2020-06-10-amazon-suspending-police-use')).toContain(
      'A woman wears a mask during a Black Lives Matter protest',
    );
  });

  it('infers BuzzFeed metadata from the page and marks it inferred', () => {
    const buzzfeed = corpus.sources.find((s) => s.id === 'buzzfeed-news-2020-06-12-companies-wont-say-which-police')!;
    expect(buzzfeed).toMatchObject({
      outlet: 'BuzzFeed News',
      published: '2020-06-12',
      title: 'Amazon, IBM, And Microsoft Won’t Say Which Police Departments Used Their Facial Recognition Technology',
    });
    expect(buzzfeed.origins).toMatchObject({
      outlet: 'inferred',
      title: 'inferred',
      published: 'inferred',
      url: 'missing',
    });
  });

  it('takes metadata from the manifest where the page lacks it', () => {
    const blog = corpus.sources.find((s) => s.id === 'tech-blog-amazon-blocks-rekognition-for-police')!;
    expect(blog.outlet).toBe('Unnamed tech blog');
    expect(blog.origins.outlet).toBe('manifest');
  });

  it('makes Business Insider one source and each related entry another, listed by Business Insider', () => {
    const bi = corpus.sources.filter((s) => s.file.startsWith('business-insider'));
    expect(bi[0]).toMatchObject({
      kind: 'article',
      outlet: 'Business Insider',
      published: '2020-06-10',
      listedBy: null,
    });
    const related = bi.filter((s) => s.kind === 'related');
    expect(related.map((s) => s.outlet)).toEqual(
      expect.arrayContaining(['CNET', 'CNBC', 'Reuters', 'BBC', 'CNN', 'Wired', 'Mashable', 'NPR']),
    );
    expect(related.every((s) => s.listedBy === 'Business Insider')).toBe(true);
    // The listing of BuzzFeed's article duplicates a file the corpus holds in full, so it is not a second source.
    expect(related.some((s) => s.outlet === 'BuzzFeed News')).toBe(false);
  });
});

describe('bad corpus files', () => {
  let dir: string;
  let corpus: LoadedCorpus;
  let before: Map<string, string>;
  const hashAll = async (): Promise<Map<string, string>> => {
    const out = new Map<string, string>();
    for (const name of await readdir(dir, { recursive: true })) {
      try {
        out.set(
          String(name),
          createHash('sha256')
            .update(await readFile(join(dir, String(name))))
            .digest('hex'),
        );
      } catch {
        out.set(String(name), 'unreadable');
      }
    }
    return out;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await cp(MINI_CORPUS, dir, { recursive: true });
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.md'), '  \n\n ');
    // Only spaces outside ASCII (a byte-order mark, no-break and ideographic spaces): as empty as plain blanks.
    await writeFile(join(dir, 'wide-blank.txt'), '\ufeff\u00a0\n\u3000 \u2028');
    await writeFile(join(dir, 'wide-text.txt'), '\u00a0東京都議会は予算案を可決した。\n');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    // Notepad's "Unicode": UTF-16 with a byte-order mark and Windows line ends.
    const notepad = '\ufeffRiver Gazette\r\nDam opens its gates\r\n\r\nThe Kell dam opened all six gates.\r\n';
    await writeFile(join(dir, 'notepad.txt'), Buffer.from(notepad, 'utf16le'));
    // An e-paper's soft hyphens and a zero-width space, invisible on the page.
    await writeFile(
      join(dir, 'hyphens.txt'),
      'Coun\u00adcil\u00adlors met.\u200b\n\nThe coun\u00adcil voted 14 to none.\n',
    );
    await writeFile(join(dir, 'broken.md'), '---\ntitle: "unclosed\nauthor: [\n---\nBody.\n');
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.from('Caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la mode, d\xe9j\xe0 vu, na\xefve, \xe9t\xe9.', 'latin1'),
    );
    await mkdir(join(dir, 'folder.txt'));
    await writeFile(join(dir, 'council-report.pdf'), '%PDF-1.7');
    // wget names a saved page by its address, query and all.
    const title = '<title>Rent strike ends with a rebate deal for students | Example Housing Watch</title>';
    const text = 'The students voted to accept the rebate the operator offered on Thursday. '.repeat(6);
    const wgetPage = `<html><head>${title}</head><body><p>${text}</p></body></html>`;
    await writeFile(join(dir, 'index.html?p=2291'), wgetPage);
    await writeFile(join(dir, 'script.php?id=3'), wgetPage);
    await writeFile(join(dir, 'Council vote.webarchive'), 'bplist00');
    await writeFile(join(dir, 'manifest.yaml'), 'files:\n  city-times-budget-vote.txt:\n    published: not-a-date\n');
    before = await hashAll();
    corpus = await loadCorpus(dir);
  });

  it('warns about each bad file by name, with the problem', () => {
    const warnings = corpus.warnings.join('\n');
    expect(warnings).toMatch(/empty\.txt: is empty; the file was skipped/);
    expect(warnings).toMatch(/blank\.md: is empty/);
    expect(warnings).toMatch(/wide-blank\.txt: is empty/);
    expect(warnings).not.toMatch(/wide-text\.txt: is empty/);
    expect(warnings).toMatch(/binary\.txt: looks binary/);
    expect(warnings).toMatch(/broken\.md: front matter is not valid YAML/);
    expect(warnings).toMatch(/latin1\.txt: is not UTF-8 text; it was read as windows-1252/);
    expect(warnings).toMatch(/folder\.txt: is not a regular file/);
    expect(warnings).toMatch(/council-report\.pdf: is a PDF file, which is not read; save the article as text/);
    expect(warnings).toMatch(/Council vote\.webarchive: is a WEBARCHIVE file, which is not read; save the article/);
    expect(warnings).toMatch(/manifest\.yaml: entry for city-times-budget-vote\.txt: published .*; published left out/);
  });

  it('reads a page wget saved under its address with a query, as the page it is; not a script', () => {
    const page = corpus.sources.find((s) => s.file === 'index.html?p=2291');
    expect(page).toMatchObject({
      outlet: 'Example Housing Watch',
      title: 'Rent strike ends with a rebate deal for students',
    });
    expect(corpus.sources.find((s) => s.file === 'script.php?id=3')).toBeUndefined();
  });

  it('reads a file saved in the older Windows charset rather than skipping it', () => {
    const latin1 = corpus.sources.find((s) => s.file === 'latin1.txt');
    expect(latin1?.text).toContain('Café crème brûlée à la mode');
  });

  it('reads a text file saved as UTF-16 with a byte-order mark rather than calling it binary', () => {
    expect(corpus.warnings.join('\n')).not.toMatch(/notepad\.txt/);
    expect(corpus.sources.find((s) => s.file === 'notepad.txt')?.text).toContain('The Kell dam opened all six gates.');
  });

  it('reads words without the soft hyphens and zero-width spaces hidden in them', () => {
    expect(corpus.sources.find((s) => s.file === 'hyphens.txt')?.text).toContain('The council voted 14 to none.');
  });

  it('still loads the good files', () => {
    expect(corpus.sources.map((s) => s.outlet)).toEqual(
      expect.arrayContaining(['City Times', 'River Gazette', 'State Wire']),
    );
  });

  it('modifies nothing', async () => {
    expect(await hashAll()).toEqual(before);
  });

  it('fails clearly when the directory does not exist', async () => {
    await expect(loadCorpus(join(dir, 'missing'))).rejects.toThrow(/cannot be read; create it or point CORPUS_DIR/);
  });
});

describe('wire copy, dated by month and day only', () => {
  it('takes the year of the coverage around it, and its headline loses the wire slug', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wire-'));
    await writeFile(
      join(dir, 'ledger-closure.md'),
      '---\ntitle: Bank closed\noutlet: The Ledger\npublished: 2025-12-28\n---\n\nRegulators closed the bank on Friday.\n',
    );
    await writeFile(
      join(dir, 'wire-bank-chief.txt'),
      'UPDATE 1-Bank chief resigns after closure\n\n' +
        '(Adds comment from the regulator)\n\n' +
        'ORRIN BAY, Jan. 3 (Harbor Press Wire) — The chief executive of the failed bank resigned on Saturday, ' +
        'a week after regulators closed it.\n',
    );
    const { sources } = await loadCorpus(dir);
    const wire = sources.find((s) => s.file === 'wire-bank-chief.txt')!;
    expect(wire).toMatchObject({ published: '2026-01-03', title: 'Bank chief resigns after closure' });
    expect(wire.origins.published).toBe('inferred');
    // The slugged headline line is the title and the revision note is no reporting: the lede comes first, without
    // its dateline.
    const [first] = wire.paragraphs;
    expect(wire.text.slice(...first!)).toMatch(/^The chief executive of the failed bank resigned/u);
    expect(wire.paragraphs).toHaveLength(1);
  });
});

describe('wire copy with summary bullets over its dateline', () => {
  it('is dated by the dateline below them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wire-bullets-'));
    await writeFile(
      join(dir, 'police.md'),
      '---\ntitle: Raids\noutlet: The Ledger\npublished: 2026-03-02\n---\n\nPolice raided the bottling plant.\n',
    );
    const bullets = [
      '* Arrests rise to 34 after overnight detentions at the port',
      '* Network dyed sunflower and soybean oil to look like olive oil - police',
      '* Growers say the fraud undercut them during a long price slump',
    ];
    await writeFile(
      join(dir, 'MP_FOOD-FRAUD.txt'),
      ['UPDATE 2-Police arrest 34 in fake olive oil ring', ...bullets, '(Adds comment from growers)', 'By Nadia Korr']
        .concat('VALDORA, March 3 (Meridian Press) - Police have arrested 34 people in a crackdown on fake oil.')
        .join('\n\n'),
    );
    const { sources } = await loadCorpus(dir);
    expect(sources.find((s) => s.file === 'MP_FOOD-FRAUD.txt')).toMatchObject({
      outlet: 'Meridian Press',
      published: '2026-03-03',
    });
  });
});

describe('a date line that may be read day or month first', () => {
  it("is read so in a saved page's byline too", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'numeric-html-'));
    await writeFile(
      join(dir, 'first.md'),
      '---\ntitle: Tram derails\noutlet: The Ledger\npublished: 2026-03-05\n---\n\nA tram derailed on Thursday.\n',
    );
    const prose = [
      'Lindhaven’s city cabinet has approved €8.4 million to rebuild the tram track at Bellows Corner.',
      'The money will pay for a complete renewal of the curve and of 1.3 km of track on Wharf Street.',
      'Line 4 will close for eight weeks in the summer while the work is done, the city said on Wednesday.',
      'The bill is €1.6 million higher than the estimate the city made two years ago, officials told the cabinet.',
    ].map((p) => `<p>${p}</p>`);
    const head = '<title>Council signs off rebuild - Eastgate Examiner</title>';
    const byline = '<p class="byline">By Graham Tully, Chief Reporter<br>Published: 02/04/2026 09:15</p>';
    const body = `<h1>Council signs off rebuild</h1>${byline}${prose.join('')}`;
    const page = `<html><head>${head}</head><body>${body}</body></html>`;
    await writeFile(join(dir, 'news_detail_8812.html'), page);
    const { sources } = await loadCorpus(dir);
    expect(sources.find((s) => s.file === 'news_detail_8812.html')).toMatchObject({ published: '2026-04-02' });
  });

  it("is read so in an old page's table cell, labelled but not classed", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'numeric-table-'));
    await writeFile(
      join(dir, 'first.md'),
      '---\ntitle: Woman waited two hours\noutlet: The Post\npublished: 2026-02-03\n---\n\nShe waited.\n',
    );
    const prose = 'The hall was packed on Tuesday night as villagers backed the campaign for a night ambulance. ';
    const cell = '<td align="right"><font size="1">Posted: 11/02/2026 09:14</font></td>';
    const body = `<table><tr><td><b>Packed hall backs campaign</b></td>${cell}</tr></table><p>${prose.repeat(6)}</p>`;
    await writeFile(
      join(dir, 'village.htm'),
      `<html><head><title>Village Voice</title></head><body>${body}</body></html>`,
    );
    const { sources } = await loadCorpus(dir);
    expect(sources.find((s) => s.file === 'village.htm')).toMatchObject({ published: '2026-02-11' });
  });

  it('is read the way that puts it nearer the coverage around it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'numeric-'));
    await writeFile(
      join(dir, 'first.md'),
      '---\ntitle: Gondola stops\noutlet: The Ledger\npublished: 2026-02-07\n---\n\nThe gondola stopped on Saturday.\n',
    );
    await writeFile(
      join(dir, '000_5716aa6b927d4625.txt'),
      'SORN VALLEY COURIER\n\nAll passengers freed from stalled gondola after night-long rescue\n\n' +
        'Published: 08/02/2026, 07:12 | Updated: 08/02/2026, 09:40\n\n' +
        'The last of the passengers trapped on the gondola overnight reached the valley station before dawn.\n',
    );
    const { sources } = await loadCorpus(dir);
    const page = sources.find((s) => s.file.startsWith('000_'))!;
    expect(page).toMatchObject({ published: '2026-02-08' });
    expect(page.origins.published).toBe('inferred');
  });
});

describe('a print page whose headline is set over several lines', () => {
  it('is titled by the lines together, and none of them is a paragraph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'print-headline-'));
    const page = [
      'THE EXAMPLE COURIER   Wednesday, March 4, 2026   B1',
      'SPORTS',
      'Three arrested\nin referee\nbribe probe',
      'By TOM ASHWORTH\nCourier Sports Editor',
      'Police investigating alleged match-fixing arrested three men in dawn raids yesterday, the police said.',
    ].join('\n\n');
    await writeFile(join(dir, 'e-edition_B1.txt'), page);
    const { sources } = await loadCorpus(dir);
    const source = sources[0]!;
    expect(source.title).toBe('Three arrested in referee bribe probe');
    const paragraphs = source.paragraphs.map(([start, end]) => source.text.slice(start, end));
    expect(paragraphs.some((p) => /referee|bribe/u.test(p))).toBe(false);
  });
});

describe('a page whose photo caption comes before its lede', () => {
  it('reads the caption as a caption, and the paragraph after it as the lede, its dateline cut off', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'figure-'));
    const lede =
      'Seventeen people were treated for injuries after the fire aboard the ferry, and the route will stay shut ' +
      'through Sunday, the operator said on Wednesday.';
    await writeFile(
      join(dir, 'ferry-fire.html'),
      '<html><head><title>Ferry fire: 17 treated | KXYZ 9 News</title></head><body><article>' +
        '<h1>Ferry fire: 17 treated</h1>' +
        '<figure><img src="tugs.jpg"><figcaption>Tugs bring the ferry into the yard early Wednesday. (KXYZ 9 News)' +
        '</figcaption></figure>' +
        `<div class="story-body"><p>PORT HARLOW (KXYZ) — ${lede}</p>` +
        '<p>The injured were 12 passengers and five crew members, the operator said. Most were treated for smoke ' +
        'inhalation at the county hospital and released the same night.</p></div></article></body></html>',
    );
    const [source] = (await loadCorpus(dir)).sources;
    const texts = source!.paragraphs.map((range) => source!.text.slice(...range));
    expect(source!.paragraphRoles?.[0]).toBe('caption');
    expect(texts[0]).toMatch(/^Tugs bring the ferry/u);
    expect(texts[1]).toBe(lede);
  });
});
