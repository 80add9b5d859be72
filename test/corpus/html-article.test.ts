import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractHtmlArticle, NO_ARTICLE, type HtmlArticle } from '../../src/corpus/html-article.ts';
import { parseHtmlDocument, tableRowText } from '../../src/corpus/html-dom.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { HTML_FIXTURES } from '../support/paths.ts';

const page = (name: string): Promise<string> => readFile(join(HTML_FIXTURES, name), 'utf8');
const extract = async (name: string, url: string | null = null): Promise<HtmlArticle | string> =>
  extractHtmlArticle(await page(name), url);
const articleOf = async (name: string): Promise<HtmlArticle> => {
  const article = await extract(name);
  if (typeof article === 'string') throw new Error(article);
  return article;
};
const textOf = async (name: string): Promise<string> => (await articleOf(name)).paragraphs.join('\n');

describe('extracting an article from a news page', () => {
  it('reads JSON-LD before Open Graph: headline, publisher, dates, authors, and a link without tracking', async () => {
    const article = (await extract('jsonld-og.html', 'http://127.0.0.1:8080/seawall')) as HtmlArticle;
    expect(article).toMatchObject({
      title: 'Port of Larkspur approves $48 million seawall',
      outlet: 'The Harbor Gazette',
      published: '2024-05-14',
      modified: '2024-05-15',
      authors: ['Dana Whitfield', 'Luis Ortega'],
      url: 'https://www.harborgazette.example/news/2024/05/14/larkspur-seawall-approved',
    });
    expect(article.paragraphs[0]).toMatch(/^The Port of Larkspur commission voted 4-1 on Tuesday/);
    expect(article.paragraphs).toHaveLength(6);
  });

  it("reads a page saved from Firefox's Reader View: its site, date and link from the reader's header", async () => {
    expect(await extract('firefox-reader-view.html')).toMatchObject({
      title: 'Harbor dredging halted after contractor finds unexploded shell',
      outlet: 'The Bayfield Tribune',
      published: '2025-06-04',
      url: 'https://www.bayfieldtribune.example/news/harbor/dredging-halted',
    });
  });

  it('names the site a Reader View save gives by its domain as the page writes it', async () => {
    const saved = (await page('firefox-reader-view.html'))
      .replace('>The Bayfield Tribune</a>', '>bayfieldtribune.example</a>')
      .replace('</p>', ' The harbor master told the Bayfield Tribune it was the third find this year.</p>');
    expect(extractHtmlArticle(saved, null)).toMatchObject({ outlet: 'Bayfield Tribune' });
  });

  it("reads a wiki's page without its footnote marks, edit links, references and categories, dated by its last edit", async () => {
    const article = await articleOf('wiki-page.html');
    expect(article).toMatchObject({
      title: '2025 Bayfield harbor closure',
      outlet: 'Wikimundi',
      published: '2025-06-14',
    });
    const text = article.paragraphs.join('\n');
    expect(text).toContain('found in the silt on 3 June 2025. The Navy removed it the same evening.');
    expect(text).not.toMatch(/\[\d\]|\[edit\]|Retrieved|Categories/u);
  });

  it("reads a video page's caption, which ends on an emoji and its tags rather than a full stop", () => {
    const caption =
      'Seventy-two hours to learn the part 😅 Monday teatime my phone rang, and on Tuesday I was in the rehearsal ' +
      'room with the cast. Two hundred lines, four songs and one very patient choreographer. First show is this ' +
      "Sunday at 2pm. Example Bay, I'm coming home 💛 #panto #buttons #theatretok";
    const html = [
      '<html><head><title>Jo Example on VideoApp</title><meta property="og:site_name" content="VideoApp"></head>',
      '<body><div><div>VideoApp</div><div>Log in</div></div>',
      `<div><div><span>jo_example</span></div><div><span>${caption}</span></div>`,
      '<div>original sound - Jo Example</div></div></body></html>',
    ].join('');
    const article = extractHtmlArticle(html, null);
    expect(article).not.toBe(NO_ARTICLE);
    expect((article as HtmlArticle).paragraphs).toContain(caption);
  });

  it('falls back to Open Graph and the canonical link when there is no JSON-LD', async () => {
    expect(await extract('og-only.html')).toMatchObject({
      title: 'Library bond heads to voters in November',
      outlet: 'Valley Ledger',
      published: '2023-08-02',
      url: 'https://valleyledger.example/local/library-bond-november-ballot/',
    });
  });

  it('falls back to the <title>, the visible dateline and the page address when the page has neither', async () => {
    expect(await extract('bare.html', 'https://riversidepost.example/2024/late-buses?utm_source=x')).toMatchObject({
      title: 'Riverside schools add late bus routes',
      outlet: 'The Riverside Post',
      published: '2024-03-04',
      url: 'https://riversidepost.example/2024/late-buses',
    });
  });

  it('reads an older page: its site before "::" in the <title>, and "Posted:" after a line break in a <font>', async () => {
    expect(await extract('old-cms.htm')).toMatchObject({
      title: 'Ferry fares to rise in July',
      outlet: 'Harbor Gazette',
      published: '2024-05-14',
    });
  });

  it("reads an agency's report laid out in tables: its name written out, its date and its tables' rows", async () => {
    const article = await articleOf('agency-report.htm');
    // "HVEA" in the <title> is shown as the page spells it out.
    expect(article).toMatchObject({ outlet: 'Harbor Valley Emergency Agency', published: '2026-05-12' });
    // A data table's row is a line of its own, a label with its value; a layout table's cells are not rows.
    expect(article.paragraphs).toContain('Affected counties: Harbor, Lindell');
    expect(article.paragraphs).toContain('Rescue boats | 14 | 6');
  });

  it('reads the date a page labels "Published" in any element, not the date in its top bar', async () => {
    const article = await articleOf('station-page.html');
    expect(article.published).toBe('2024-04-29');
    expect(article.paragraphs.join('\n')).not.toMatch(/Published|Updated/u);
  });

  it('names the site as its logo does when the <title> names it only by its domain', async () => {
    expect((await articleOf('station-page.html')).outlet).toBe('KLVW 5 News');
    const homeOnly = (await page('station-page.html')).replace('alt="KLVW 5 News"', 'alt="Home"');
    expect((extractHtmlArticle(homeOnly, null) as HtmlArticle).outlet).toBe('klvw5.com');
  });

  it("keeps the part of the article the page's markup keeps for subscribers, not the box asking to subscribe", () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'How a 90-second scan exposed the fake oil',
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: 'False', cssSelector: '.paywall-content' },
    });
    const free = [
      'Inspectors first flagged the oil with a handheld scanner in a supermarket aisle in the capital last month.',
      'The bottles were sent to the central laboratory, which confirmed within a week that they held seed oil.',
      'Two supermarket chains pulled every bottle of the brand from their shelves within hours of the notice.',
    ].map((p) => `<p>${p}</p>`);
    const paid = [
      'A result comes back in about 90 seconds, without the bottle being opened, the laboratory director said.',
      'The scanner compares the light the oil absorbs with a library of thousands of genuine olive oil samples.',
      'A flag from the scanner is not evidence, she stressed, only a reason to send the bottle to the laboratory.',
    ].map((p) => `<p>${p}</p>`);
    const box =
      '<aside class="subscribe-box"><p>You have reached the end of your free preview. Subscribe now.</p></aside>';
    const html =
      `<html><head><script type="application/ld+json">${ld}</script></head><body><article>` +
      `<h1>How a 90-second scan exposed the fake oil</h1>${free.join('')}` +
      `<div class="paywall-content">${paid.join('')}</div>` +
      `${box}</article></body></html>`;
    const text = (extractHtmlArticle(html, null) as HtmlArticle).paragraphs.join('\n');
    expect(text).toMatch(/about 90 seconds/u);
    expect(text).not.toMatch(/free preview/u);
    // Without the markup, a box named for the paywall is furniture.
    const unmarked = (extractHtmlArticle(html.replace(/"hasPart".*?\}/u, '"x":1'), null) as HtmlArticle).paragraphs;
    expect(unmarked.join('\n')).not.toMatch(/about 90 seconds/u);
  });

  it("titles a word processor's page titled only by its kind by its heading", () => {
    const resumed = 'Container operations resumed today. '.repeat(20);
    const body = `<h1>Port begins recovery as operations resume</h1><p>${resumed}</p>`;
    const html = `<html><head><title>PRESS RELEASE</title></head><body><div>${body}</div></body></html>`;
    expect((extractHtmlArticle(html, null) as HtmlArticle).title).toBe('Port begins recovery as operations resume');
  });

  it("reads a discussion page's comments as its text, not its sidebar, when it has no article of its own", () => {
    const comment = (words: string): string =>
      '<div class="comment"><p class="tagline">user 12 points</p>' +
      `<form class="usertext"><div class="md"><p>${words}</p></div></form>` +
      '<ul><li>permalink</li><li>reply</li></ul></div>';
    const side =
      '<div class="side"><h1>Example</h1><p>Welcome to the forum for Example and district.</p>' +
      '<p>Rules: be civil, no spam, no personal attacks, and news links must go to the original source.</p></div>';
    const comments = [
      'The commission voted 3-2 on Tuesday not to appeal the ruling, and will reprint about 151,000 ballots.',
      'The reprint is now estimated at $212,400, up from the $180,000 the elections director gave the court.',
      'Two commissioners voted to appeal, saying the ruling forces rechecks against any list a campaign prefers.',
      'The chair said an appeal could leave the city without final ballots when early voting opens on May 5.',
    ].map(comment);
    const head = '<title>Commission will not appeal the ballot ruling : Example</title>';
    const thread = `<div class="commentarea">${comments.join('')}</div>`;
    const html = `<html><head>${head}</head><body>${side}${thread}</body></html>`;
    const article = extractHtmlArticle(html, null) as HtmlArticle;
    expect(article.paragraphs).toContain(
      'The reprint is now estimated at $212,400, up from the $180,000 the elections director gave the court.',
    );
    expect(article.paragraphs.join(' ')).not.toMatch(/Welcome to the forum/u);
  });

  it('names a Word document saved as a web page by the company its properties give', () => {
    const properties = '<!--[if gte mso 9]><xml><o:DocumentProperties><o:Company>Example Borough Council</o:Company>';
    const head = `<meta name=Generator content="Microsoft Word 15 (filtered)"><title>Statement</title>${properties}`;
    const text = 'The council served an emergency notice on the owner. '.repeat(12);
    const body = `<p class=MsoNormal>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${head}</xml><![endif]--></head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example Borough Council' });
  });

  it('names a Word document saved without its properties by the body its first line names', () => {
    const head = '<meta name=Generator content="Microsoft Word 15 (filtered)"><title>Statement</title>';
    const text = 'The council served an emergency notice on the owner. '.repeat(12);
    const body = `<p class=MsoNormal><span>Example and District Housing Trust</span></p><p class=MsoNormal>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example and District Housing Trust' });
  });

  it('names a release a newswire carried by the body its closing "SOURCE" line names, through the wire', () => {
    const head = '<title>Council closes the bridge</title><meta property="og:site_name" content="Example Newswire">';
    const text = 'The council will close the bridge to all vehicles from 9 March. '.repeat(10);
    const body = `<article><h1>Council closes the bridge</h1><p>${text}</p><p>SOURCE Example County Council</p></article>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example County Council via Example Newswire' });
  });

  it('names it so by the issuer a wire heads it with ("NEWS PROVIDED BY" and the company)', () => {
    const head = '<title>Park sets reopening</title><meta property="og:site_name" content="Example Wire">';
    const text = 'The park will reopen the ride on 21 March after replacing its sensors. '.repeat(10);
    const issuer = '<div><span>NEWS PROVIDED BY</span> <a href="/newsroom?c=1">Example Attractions</a></div>';
    const body = `<article>${issuer}<h1>Park sets reopening</h1><p>${text}</p></article>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example Attractions via Example Wire' });
  });

  it("reads the site from a <title> around the page's own headline, however the headline is punctuated", () => {
    const head =
      '<title>Example History Society: The Bell and Lantern – a eulogy</title>' +
      '<meta property="og:title" content="The Bell and Lantern – a eulogy">';
    const text = 'The inn stood on Fordgate for more than three centuries. '.repeat(10);
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example History Society', title: 'The Bell and Lantern – a eulogy' });
  });

  it('names a story a portal syndicates by the outlet it credits, through the portal', () => {
    const head = '<title>Pool to shut - Example Portal</title><meta property="og:site_name" content="Example Portal">';
    const text = 'The pool at the sports centre will close from September for nine months. '.repeat(8);
    const page = (credit: string, caption: string): string =>
      `<html><head>${head}</head><body><article><h1>Pool to shut</h1>${credit}<p>${text}</p>${caption}</article>` +
      '<aside><div><span>Another Paper</span> · 4 min read</div></aside></body></html>';
    const byReadTime = page('<div><span>Example Live</span> · 3 min read</div>', '<p>The pool. (Example Live)</p>');
    expect(extractHtmlArticle(byReadTime, null)).toMatchObject({ outlet: 'Example Live via Example Portal' });
    const byLine = page('<p>Story from <a href="/">Example Evening Post</a></p>', '');
    expect(extractHtmlArticle(byLine, null)).toMatchObject({ outlet: 'Example Evening Post via Example Portal' });
    // A related story's card, its source named once, credits nothing of this one.
    expect(extractHtmlArticle(page('', ''), null)).toMatchObject({ outlet: 'Example Portal' });
  });

  it("names a read-later export by the credits line it keeps above the article's text", () => {
    const head = '<title>Judge extends claims deadline</title><meta name="generator" content="Example export 3.8">';
    const credits =
      '<div class="meta"><p>The Example Business Journal &middot; Ann Lee &middot; July 23, 2026</p></div>';
    const text = 'The judge moved the claims deadline to Oct. 5 from Sept. 21 after notices went to spam. '.repeat(8);
    const body = `<h1>Judge extends claims deadline</h1>${credits}<hr><p>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'The Example Business Journal', published: '2026-07-23' });
  });

  it('reads the publisher and date an institutional page gives in Dublin Core terms', () => {
    const head =
      '<title>Press release No. 42/26 - Ban on pesticide is invalid - Example Court</title>' +
      '<meta name="dcterms.publisher" content="Example Court"><meta name="dcterms.date" content="2026-04-14">';
    const text = 'The court today declared the ordinance banning the pesticide invalid. '.repeat(8);
    const body = `<p>Press release No. 42/26</p><h1>Ban on pesticide is invalid</h1><p>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example Court', published: '2026-04-14' });
  });

  it("dates a thread reader's page by the time its header shows", () => {
    const head = '<title>Thread by @example_reporter on ExampleReader</title>';
    const text = 'The pipeline operator said the leak was found on Sunday by a rancher. '.repeat(8);
    const header =
      '<div class="meta"><span class="time">Jun 13, 2026</span> · <span class="read-time">4 min read</span></div>';
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${header}<p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ published: '2026-06-13' });
  });

  it('names a page hosted by a portal by the body its metadata list says it is from', () => {
    const head =
      '<title>Bypass: decision - EXAMPLE.PORTAL</title><meta property="og:site_name" content="EXAMPLE.PORTAL">';
    const from = '<dl><dt>From:</dt><dd><a href="/organisations/transport">Department for Example</a></dd></dl>';
    const text = 'The minister has decided to confirm the orders for the bypass. '.repeat(8);
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${from}<p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Department for Example' });
  });

  it("names a web archive's copy by the site its <title> ends on, not the archive's host", () => {
    const head =
      '<title>Who paid for the ad? | Example County Sentinel</title>' +
      '<meta property="og:site_name" content="archive.ph">';
    const text = 'Most of the money behind the committee came from a single nonprofit fund. '.repeat(8);
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example County Sentinel', title: 'Who paid for the ad?' });
  });

  it('takes the shorter part of a <title> for the site when a theme links both its parts home', () => {
    const head = '<title>Why the club is fighting for the pool – Example Swimming Club</title>';
    const home =
      '<a href="/">Example Swimming Club</a><h1><a href="https://club.example/">Why the club is fighting for the pool</a></h1>';
    const text = 'The club has trained at the pool for fifty years and wants it kept open. '.repeat(8);
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${home}<p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example Swimming Club', title: 'Why the club is fighting for the pool' });
  });

  it('names a blog by its own name, which its <title> ends on, not by the society publishing it', () => {
    const ld =
      '{"@type":"BlogPosting","headline":"What the stranding can tell us","publisher":{"@type":"Organization",' +
      '"name":"Society for Example Science"}}';
    const head =
      '<title>What the stranding can tell us | Sounding Example</title>' +
      `<meta property="og:site_name" content="Sounding Example"><script type="application/ld+json">${ld}</script>`;
    const text = 'The pod stranded on the beach. '.repeat(15);
    const body = `<article><h1>What the stranding can tell us</h1><p>${text}</p></article>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Sounding Example' });
  });

  it("reads a page built by scripts, saved before they ran, from the article in the scripts' JSON data", () => {
    const data = {
      props: {
        pageProps: {
          article: {
            headline: 'Four nights on a camp bed',
            standfirst: 'The army plans to tow the device out to sea on Saturday.',
            author: { name: 'Nadia Example' },
            publishedAt: '2026-03-13T07:30:00.000Z',
            body: [
              {
                type: 'paragraph',
                text: 'In the sports hall, the markings are hidden under rows of camp beds. '.repeat(4),
              },
              { type: 'image', caption: 'Camp beds in the sports hall', src: 'beds.jpg' },
              { type: 'pullquote', text: 'It will move at walking pace.' },
              {
                type: 'paragraph',
                text: 'This is where 142 people slept on Wednesday night, the council said. '.repeat(3),
              },
            ],
          },
        },
      },
    };
    const head = '<title>Four nights on a camp bed | Example Seaboard</title>';
    const script = `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(data)}</script>`;
    const body = `<div id="__next"><header>Example Seaboard</header><main>Loading…</main></div>${script}`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ title: 'Four nights on a camp bed', outlet: 'Example Seaboard' });
    expect(article).toMatchObject({ published: '2026-03-13', authors: ['Nadia Example'] });
    const paragraphs = (article as HtmlArticle).paragraphs;
    expect(paragraphs[0]).toBe('The army plans to tow the device out to sea on Saturday.');
    expect(paragraphs.join('\n')).toContain('142 people slept');
    expect(paragraphs.join('\n')).not.toMatch(/Camp beds in|walking pace|Loading/u);
  });

  it("reads a skeleton page's article from its JSON-LD, where its scripts would have rendered it from", () => {
    const text = 'The colony has lost 40 per cent of its breeding birds in a year, the trust said. ';
    const ld = {
      '@type': 'NewsArticle',
      headline: 'Island colony falls 40%',
      datePublished: '2026-06-10T06:00:00+01:00',
      articleBody: `${text.repeat(4)}\n\nScientists blame warm seas and the sandeel fishery. ${text.repeat(2)}`,
    };
    const script = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    const head = `<title>Island colony falls 40% | Example Meridian</title>${script}`;
    const body = '<h1>Island colony falls 40%</h1><div class="article-body">Loading…</div>';
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ title: 'Island colony falls 40%', published: '2026-06-10' });
    expect((article as HtmlArticle).paragraphs.join('\n')).toContain('sandeel fishery');
  });

  it("reads a register's terms with their values, and credits a service's page to the body it names last", () => {
    const head = '<title>EXAMPLE HOSPICE TRUST - 702914 - Register of Charities - The Example Commission</title>';
    const header = '<header><a href="/" class="service-name">Register of Charities</a></header>';
    const text = 'The hospice provides palliative care for adults in the district and support for their families. ';
    const summary = '<dl><dt>Total income</dt><dd>£7,214,356</dd><dt>Trustees:</dt><dd>10</dd></dl>';
    const body = `${header}<main><h1>EXAMPLE HOSPICE TRUST</h1><p>${text.repeat(4)}</p>${summary}</main>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ outlet: 'The Example Commission' });
    expect((article as HtmlArticle).paragraphs).toEqual(
      expect.arrayContaining(['Total income: £7,214,356', 'Trustees: 10']),
    );
  });

  it("titles a word processor's document by its subtitle under the letterhead its title style sets", () => {
    const text = 'We ask every councillor to speak against the plan to withdraw the mobile library service. ';
    const letterhead = '<p class="c13 title"><span class="c14">Save Example Libraries</span></p>';
    const subtitle = '<p class="c15 subtitle"><span class="c16">Briefing for county councillors</span></p>';
    const body = `${letterhead}${subtitle}<h1 class="c11"><span>Our ask</span></h1><p class="c1">${text.repeat(4)}</p>`;
    const article = extractHtmlArticle(`<html><head><style>.c1{}</style></head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({ title: 'Briefing for county councillors', outlet: 'Save Example Libraries' });
  });

  it("reads a message printed from a webmail by its header table: its subject, its sender's body and when sent", () => {
    const row = (label: string, value: string): string => `<tr><td class="label">${label}</td><td>${value}</td></tr>`;
    const headers = [
      row('From:', 'Example County Council – Care Charges Refunds &lt;refunds@example.gov&gt;'),
      row('Sent:', 'Wednesday, 6 May 2026 14:17'),
      row('To:', 'Daniel Example &lt;dan@example.net&gt;'),
      row('Subject:', 'Refund of care charges (our ref: CCR-0193)'),
    ].join('');
    const text = 'We charged your father more than we should have for the first twelve weeks of his care. ';
    const body = `<div class="printBanner">Outlook</div><table>${headers}</table><p>${text.repeat(4)}</p>`;
    const head = '<title>Mail - Daniel Example - Outlook</title>';
    expect(extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null)).toMatchObject({
      title: 'Refund of care charges (our ref: CCR-0193)',
      outlet: 'Example County Council',
      published: '2026-05-06',
    });
  });

  it("credits an intranet's news post to the site its header marks by name, however the class is written", () => {
    const header =
      '<div class="o365sx-appName"><span>SharePoint</span></div>' +
      '<div class="ms-siteHeader-siteName"><a href="https://example.sharepoint.example/sites/c">Example Lines</a></div>';
    const text = 'Many of you have asked what happened to the ship and what we are doing about it this week. ';
    const body = `${header}<main><h1>An update for all colleagues</h1><p>${text.repeat(4)}</p></main>`;
    const page = `<html><head><title>An update for all colleagues</title></head><body>${body}</body></html>`;
    expect(extractHtmlArticle(page, null)).toMatchObject({ outlet: 'Example Lines' });
  });

  it('dates a site builder\'s page by its "Page updated" line when nothing else dates it', () => {
    const text = 'A painting handed in to our shop in February sold at auction for a record sum this spring. ';
    const updated = '<div class="dZA9kd"><span>Page updated </span><span>11 Jun 2026</span></div>';
    const body = `<div><h1>Painting update</h1><div><div>${text.repeat(4)}</div></div>${updated}</div>`;
    const page = `<html><head><title>Example Hospice - Painting update</title></head><body>${body}</body></html>`;
    expect(extractHtmlArticle(page, null)).toMatchObject({ published: '2026-06-11' });
  });

  it('still finds no article in a skeleton page whose data holds none', () => {
    const script = '<script type="application/json">{"props":{"pageProps":{"title":"Home","items":[1,2]}}}</script>';
    expect(extractHtmlArticle(`<html><body><main>Loading…</main>${script}</body></html>`, null)).toBe(NO_ARTICLE);
  });

  it("credits a platform's event page to its host and dates it by the day the event is held", () => {
    const head =
      '<title>Example Bonfire Spectacular 2026 | Facebook</title><meta property="og:site_name" content="Facebook">' +
      '<meta property="og:title" content="Example Bonfire Spectacular 2026">' +
      '<meta property="og:description" content="Event by Example Bonfire Society and Example Events on Saturday, 7 November 2026">';
    const text = 'Gates open at 5pm, the bonfire is lit at 6.30pm and the fireworks start at 7.30pm. '.repeat(5);
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({
      outlet: 'Example Bonfire Society',
      title: 'Example Bonfire Spectacular 2026',
      published: '2026-11-07',
    });
  });

  it("dates a discussion page by the time its first post's age keeps in its title, and a collection by its update", () => {
    const text = 'The council left the spreadsheet on its open data portal for weeks, a researcher said. '.repeat(5);
    const age = '<span class="age" title="2026-03-03T07:51:10"><a href="item?id=1">5 hours ago</a></span>';
    const thread = extractHtmlArticle(`<html><body>${age}<p>${text}</p></body></html>`, null);
    expect(thread).toMatchObject({ published: '2026-03-03' });
    const updated = '<div><span>12 items</span> · <span>Last updated 31 Mar 2026</span></div>';
    // A span of dates, as a tribute page gives a life, dates nothing.
    const life = '<p class="dates">3 May 2008 – 9 January 2026</p>';
    const collection = extractHtmlArticle(`<html><body>${life}${updated}<p>${text}</p></body></html>`, null);
    expect(collection).toMatchObject({ published: '2026-03-31' });
  });

  it("reads a link card's headline and snippet apart, without the card's site", async () => {
    const card = (site: string, headline: string, snippet: string): string =>
      `<li><a class="link-card" href="https://${site}/a"><span>${site}</span><span>${headline}</span>` +
      `<span>${snippet}</span></a></li>`;
    const body =
      `<p>${'Start here. The contractor stopped collecting on Tuesday, and crews were told by text the night before. '.repeat(4)}</p><ul>` +
      card(
        'echo.example',
        'Bin firm collapses overnight',
        'Bin lorries stayed at the depot after the firm collapsed.',
      ) +
      card('union.example', 'Union launches petition', 'The union is calling on the council to bring bins in-house.') +
      '</ul>';
    const article = extractHtmlArticle(
      `<html><head><title>Bin crisis | Example</title></head><body>${body}</body></html>`,
      null,
    );
    const paragraphs = (article as HtmlArticle).paragraphs;
    expect(paragraphs).toContain('Bin lorries stayed at the depot after the firm collapsed.');
    expect(paragraphs).toContain('Union launches petition');
    expect(paragraphs.join('\n')).not.toMatch(/example Bin|\.example/u);
  });

  it("reads a preprint's page by the tags scholarly pages give, its number no mailing list's name", () => {
    const head =
      '<title>[2602.01873] Heart rate accuracy of a consumer fitness band</title>' +
      '<meta name="citation_title" content="Heart rate accuracy of a consumer fitness band">' +
      '<meta name="citation_date" content="2026/02/03"><meta property="og:site_name" content="Examplexiv">';
    const text = 'We compared the band with a chest-strap monitor in 212 adults during interval exercise. '.repeat(5);
    // The page gives its number again, as a mailing list's archive names its list.
    const number = '<p>Cite as: praxiv:2602.01873</p>';
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p>${number}</body></html>`, null);
    expect(article).toMatchObject({
      outlet: 'Examplexiv',
      title: 'Heart rate accuracy of a consumer fitness band',
      published: '2026-02-03',
    });
  });

  it("credits a creator's post on a platform to the creator, dated as the platform marks it", () => {
    const title = 'That fitness band study: what it found | Gráinne Example on Patreon';
    const head =
      `<title>${title}</title><meta property="og:title" content="${title}">` +
      '<meta property="og:site_name" content="Patreon">';
    const text =
      'The study is careful, but a lab is not a running track, and the band was tested on one wrist. '.repeat(5);
    const body = `<span data-tag="post-published-at">Feb 26, 2026</span><p>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({
      outlet: 'Gráinne Example',
      title: 'That fitness band study: what it found',
      published: '2026-02-26',
    });
    const issue = '<relative-time datetime="2026-02-12T10:03:41Z">on 12 Feb</relative-time>';
    expect(extractHtmlArticle(`<html><body>${issue}<p>${text}</p></body></html>`, null)).toMatchObject({
      published: '2026-02-12',
    });
  });

  it("reads a web story's slides as its text, not as captions of their pictures", async () => {
    const slide = (sentence: string): string =>
      '<amp-story-page><amp-story-grid-layer><amp-img src="a.jpg" alt="The bridge"></amp-img></amp-story-grid-layer>' +
      `<amp-story-grid-layer><div class="credit">Photo: Example Live</div><div class="caption"><p>${sentence}</p>` +
      '</div></amp-story-grid-layer></amp-story-page>';
    const sentences = [
      'The swing bridge jammed open on Saturday 14 March after letting a hire cruiser pass.',
      'It has not moved since, and the road has been shut at the canal for seven weeks.',
      'Before the failure, more than 7,000 vehicles crossed the bridge every day.',
      'The repair bill is now expected to be more than £600,000, paid for by the trust.',
    ];
    const html =
      '<html><head><title>Swing bridge: everything you need to know | Example Live</title></head><body>' +
      `<amp-story>${sentences.map(slide).join('')}</amp-story></body></html>`;
    const dir = await mkdtemp(join(tmpdir(), 'story-'));
    await writeFile(join(dir, 'story.html'), html);
    const { sources } = await loadCorpus(dir);
    const roles = sources[0]!.paragraphRoles;
    expect(roles.filter((role) => role === 'body')).toHaveLength(4);
    expect(roles).not.toContain('caption');
  });

  it("names a network's local edition as its <title> does, not by the network its site name gives", () => {
    const head =
      '<title>Most strikers pay up before deadline | Kelsbridge Example</title>' +
      '<meta property="og:site_name" content="Example">';
    const text = 'Most of the students paid their rent before the deadline, the operator said. '.repeat(6);
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Kelsbridge Example', title: 'Most strikers pay up before deadline' });
  });

  it('names a wiki by its name, not its tagline, and titles the page without either', () => {
    const title = 'Brewery recalls bottles after glass found - ExampleWire, the free news source';
    const head = `<title>${title}</title><meta property="og:title" content="${title}">`;
    const text = 'A brewery recalled 61,400 bottles of beer after glass was found in two of them. '.repeat(6);
    const article = extractHtmlArticle(`<html><head>${head}</head><body><p>${text}</p></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'ExampleWire', title: 'Brewery recalls bottles after glass found' });
  });

  it("reads an e-paper's page: its paper from the viewer's <title>, its headline, and the edition's date", () => {
    const title = '<title>The Example Ledger – e-Paper – 10.03.2026 – Page 4</title>';
    const toolbar = '<div class="toolbar"><span class="edition">Tuesday, 10 March 2026 · Main edition</span></div>';
    const text = 'Councillors voted for full disclosure. '.repeat(20);
    const body = `${toolbar}<div class="article"><h1>Town demands answers</h1><div class="p">${text}</div></div>`;
    const article = extractHtmlArticle(`<html><head>${title}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({
      title: 'Town demands answers',
      outlet: 'The Example Ledger',
      published: '2026-03-10',
    });
  });

  it("reads an auction lot's page: its house past the lot number in the <title>, the lot's full title", () => {
    const title = '<title>Lot 112 | Pieter van Hoolsteyn, Fishing pinks in the surf | Van Rossem &amp; Ley</title>';
    const text = 'Provenance: a private collection until 1923. '.repeat(20);
    const body = `<h1>Pieter van Hoolsteyn</h1><p>${text}</p>`;
    const article = extractHtmlArticle(`<html><head>${title}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({
      title: 'Pieter van Hoolsteyn, Fishing pinks in the surf',
      outlet: 'Van Rossem & Ley',
    });
  });

  it('dates a page by the line under its headline, its parts set apart by bars', () => {
    const text = 'The fenced site on the estate is all there is to see. '.repeat(20);
    const under = '<font>Saturday, 14.03.2026 - 09:12 | By Klaus Roe | Printer-friendly version</font>';
    const body = `<h1>Kessling shrugs as chip plant slips a year</h1>${under}<p>${text}</p>`;
    const article = extractHtmlArticle(`<html><body>${body}</body></html>`, null) as HtmlArticle;
    expect(article.published).toBe('2026-03-14');
  });

  it('drops footnote marks set in superscript, so "2022.<sup>3</sup>" stays a year', () => {
    const text =
      'He sat on the committee from 2014 until 2022.<sup>3</sup> The curator wrote the entries.<sup>[4]</sup> ';
    const html = `<html><body><h1>How the show came undone</h1><p>${text.repeat(12)}</p></body></html>`;
    const paragraphs = (extractHtmlArticle(html, null) as HtmlArticle).paragraphs.join(' ');
    expect(paragraphs).toContain('until 2022. The curator wrote the entries.');
  });

  it('dates a page by a compact date in its metadata ("20260314")', () => {
    const text = 'The new fare takes effect on Sunday across the network. '.repeat(20);
    const html = `<html><head><meta name="date" content="20260314"></head><body><h1>Fare rises</h1><p>${text}</p></body></html>`;
    expect((extractHtmlArticle(html, null) as HtmlArticle).published).toBe('2026-03-14');
  });

  it('reads the publisher and the date an institution gives only in Dublin Core tags', () => {
    const meta =
      '<meta name="DC.publisher" content="Example Water Authority"><meta name="DC.date.issued" content="2026-09-14">';
    const refund = 'The utility said it would refund. '.repeat(30);
    const body = `<article><h1>Refunds and credits confirmed</h1><p>${refund}</p>`;
    const article = extractHtmlArticle(`<html><head>${meta}</head><body>${body}</article></body></html>`, null);
    expect(article).toMatchObject({ outlet: 'Example Water Authority', published: '2026-09-14' });
  });

  it('reads headline, date, publisher and author from schema.org microdata, not a <title> naming the section', () => {
    const head = '<title>Agriculture</title>';
    const publisher =
      '<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization">' +
      '<meta itemprop="name" content="The Example Observer"></span>';
    const person = 'itemscope itemtype="https://schema.org/Person"';
    const author = `<span itemprop="author" ${person}><span itemprop="name">Jo Roe</span></span>`;
    const body =
      '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Hen payouts raised</h1>' +
      `By ${author} <time itemprop="datePublished" content="2026-11-26T08:00:00+01:00">26 Nov</time>${publisher}` +
      `<div itemprop="articleBody"><p>${'The ministry said. '.repeat(30)}</p></div></article>`;
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null);
    expect(article).toMatchObject({
      outlet: 'The Example Observer',
      title: 'Hen payouts raised',
      published: '2026-11-26',
      authors: ['Jo Roe'],
    });
  });

  it("splits a long site name off the <title> when the page's link home reads the same", () => {
    const head =
      '<title>Frost aid of $42 million declared for growers - Ministry of Agriculture and Rural Affairs</title>';
    const logo =
      '<a class="logo" href="https://www.agri.example/"><img alt="">Ministry of Agriculture and Rural Affairs</a>';
    const body = `<article><h1>Frost aid declared</h1><p>${'The ministry said. '.repeat(30)}</p></article>`;
    const page = (header: string) => `<html><head>${head}</head><body>${header}${body}</body></html>`;
    expect(extractHtmlArticle(page(logo), null)).toMatchObject({
      outlet: 'Ministry of Agriculture and Rural Affairs',
      title: 'Frost aid of $42 million declared for growers',
    });
    // Without the link, a name in capitals beside a headline in sentence case is still the site's.
    expect((extractHtmlArticle(page(''), null) as HtmlArticle).outlet).toBe(
      'Ministry of Agriculture and Rural Affairs',
    );
    const titled = '<title>Frost Aid Declared For Growers - Ministry of Agriculture and Rural Affairs</title>';
    const both = `<html><head>${titled}</head><body>${body}</body></html>`;
    expect((extractHtmlArticle(both, null) as HtmlArticle).outlet).toBeNull();
  });

  it('names the site as its logo does when nothing else on the page names it', async () => {
    const title = '<title>Revised census adds 44,600 people to Tessary</title>';
    const logo = '<header><a href="/"><img src="/logo.svg" alt="The Example Post"></a></header>';
    const body = `<article><h1>Revised census adds 44,600 people to Tessary</h1><p>${'The office said. '.repeat(30)}</p>`;
    const article = extractHtmlArticle(`<html><head>${title}</head><body>${logo}${body}</article></body></html>`, null);
    expect((article as HtmlArticle).outlet).toBe('The Example Post');
    const sponsor = extractHtmlArticle(
      `<html><head>${title}</head><body>${logo.replace('The Example Post', 'Home')}${body}</article></body></html>`,
      null,
    );
    expect((sponsor as HtmlArticle).outlet).toBeNull();
  });

  it('reads the headline without a section or a site name, and a date from the address', () => {
    const body =
      '<p>The council voted 5-2 on Tuesday to spend $4 million on the harbor wall; work will start in May.</p>' +
      '<p>Engineers said the wall has settled by six inches since 2019, and two sections have cracked in storms.</p>' +
      '<p>The mayor said the city would seek a state grant to cover half the cost before construction begins.</p>';
    const read = (head: string): HtmlArticle =>
      extractHtmlArticle(
        `<html><head>${head}</head><body><h1>Council backs harbor wall</h1>${body}</body></html>`,
        null,
      ) as HtmlArticle;
    const sectioned = read('<title>Council backs harbor wall | News | kxyz.com</title>');
    expect(sectioned.title).toBe('Council backs harbor wall');
    const og = read(
      '<meta property="og:title" content="Council backs harbor wall – The Harbor Times">' +
        '<meta property="og:site_name" content="The Harbor Times">' +
        '<link rel="canonical" href="https://harbortimes.example/news/2024/06/03/council-harbor-wall/">',
    );
    expect(og).toMatchObject({
      title: 'Council backs harbor wall',
      outlet: 'The Harbor Times',
      published: '2024-06-03',
    });
  });

  it('reads JSON-LD in a @graph or a top-level array, with a list of types or a plain-string author', async () => {
    expect(await extract('furniture.html')).toMatchObject({ published: '2022-11-21', authors: ['Priya Raman'] });
    expect(await extract('figure-caption.html')).toMatchObject({
      outlet: 'Northern Courier',
      authors: ['Hannah Lindqvist'],
    });
  });

  it('leaves out consent and share bars, "Related" lists, newsletter and donation boxes, ads, comments', async () => {
    const text = await textOf('furniture.html');
    for (const furniture of [
      'cookies',
      'nonprofit',
      'Share on',
      'Related',
      'fares rise 25 cents',
      'Morning Commute',
      'Advertisement',
      'Story continues',
      'Finally!',
      'More from Metro Dispatch',
      'Holiday markets',
      'Metro Dispatch Media',
    ]) {
      expect(text).not.toContain(furniture);
    }
    expect(text.split('\n')).toHaveLength(6);
    expect(text).toContain('Restoring the Owl network will cost $9.4 million a year');
    expect(text).toContain('general manager Elena Cruz told the board.');
  });

  it('keeps photo captions as text, in reading order, and drops navigation, bylines and site footers', async () => {
    const { paragraphs } = await articleOf('figure-caption.html');
    expect(paragraphs[0]).toMatch(/^Caption: Boat docks sit on dry mud .* Photo: Jonas Berg \/ Northern Courier$/);
    expect(paragraphs).toContain(
      "Caption: Lake Sorrel's level has fallen in each of the last three years. Chart: State Water Agency data",
    );
    expect(paragraphs.join('\n')).not.toMatch(/Hannah Lindqvist · Environment/);
    expect(await textOf('og-only.html')).not.toMatch(/Posted by|independent nonprofit newsroom|Log in/);
  });

  it('keeps the caption of a lead photo set above the article body, labelled, its credit in parentheses', async () => {
    const { paragraphs } = await articleOf('lead-photo.html');
    expect(paragraphs[0]).toBe(
      'Caption: Waves wash over the end of the Harbor Street pier on Tuesday, Oct. 1, 2024. ' +
        '(Photo: Marco Diaz/The Bayside Ledger)',
    );
    expect(paragraphs[1]).toMatch(/^The city closed the Harbor Street pier/u);
    expect(paragraphs.join('\n')).not.toContain('cookies');
  });

  it('never runs page scripts', async () => {
    const article = await articleOf('jsonld-og.html');
    expect(article.paragraphs.join(' ')).not.toContain('SCRIPT RAN');
    expect(article.title).not.toBe('SCRIPT RAN');
  });

  it('finds no article on a section front (a list of headlines)', async () => {
    expect(await extract('section-front.html')).toBe(NO_ARTICLE);
  });

  it('reads pages saved without <html> or <body>, and refuses pathological nesting quickly', async () => {
    const prose = `<p>${'The council voted on Tuesday to approve the budget after a long debate. '.repeat(8)}</p>`;
    expect(extractHtmlArticle(prose, null)).toMatchObject({ paragraphs: [expect.stringMatching(/^The council/)] });
    const started = performance.now();
    const nested = extractHtmlArticle(`<html><body>${'<div>'.repeat(5000)}${prose}</body></html>`, null);
    expect(nested).toMatch(/^the page has \d+ elements nested 500\d deep, more than any news page/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('.html files in the corpus folder', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('load through the same extraction, their metadata counting as their own; no article is a warning', async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-html-'));
    await writeFile(join(dir, 'seawall.html'), await page('jsonld-og.html'));
    await writeFile(join(dir, 'lake.htm'), await page('figure-caption.html'));
    await writeFile(join(dir, 'front.html'), await page('section-front.html'));
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.map((s) => s.file)).toEqual(['lake.htm', 'seawall.html']);
    const seawall = corpus.sources.find((s) => s.file === 'seawall.html')!;
    expect(seawall).toMatchObject({
      outlet: 'The Harbor Gazette',
      title: 'Port of Larkspur approves $48 million seawall',
      published: '2024-05-14',
      url: 'https://www.harborgazette.example/news/2024/05/14/larkspur-seawall-approved',
      origins: { outlet: 'front-matter', title: 'front-matter', published: 'front-matter', url: 'front-matter' },
    });
    expect(seawall.text).toContain('rise 14 feet above the average high tide');
    expect(corpus.sources.find((s) => s.file === 'lake.htm')!.text).toContain('Photo: Jonas Berg');
    expect(corpus.warnings).toEqual([
      expect.stringMatching(/^front\.html: no article found: .*; the file was skipped$/),
    ]);
  });

  it('never read the frames a "Webpage, complete" save keeps in its _files folder, nor warn about them', async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-html-'));
    await writeFile(join(dir, 'Seawall approved _ Harbor Gazette.html'), await page('jsonld-og.html'));
    // A comment frame holds prose enough to pass for an article; an ad frame does not.
    const assets = join(dir, 'Seawall approved _ Harbor Gazette_files');
    await mkdir(join(assets, 'nested'), { recursive: true });
    await writeFile(join(assets, 'saved_resource.html'), await page('figure-caption.html'));
    await writeFile(join(assets, 'nested', 'frame.htm'), await page('section-front.html'));
    await writeFile(join(assets, 'style.css'), 'body { margin: 0 }');
    // A folder that merely ends in _files, with no page beside it, is the user's own folder.
    await mkdir(join(dir, 'press_files'));
    await writeFile(join(dir, 'press_files', 'lake.htm'), await page('figure-caption.html'));
    const corpus = await loadCorpus(dir);
    expect(corpus.sources.map((s) => s.file)).toEqual([
      'Seawall approved _ Harbor Gazette.html',
      'press_files/lake.htm',
    ]);
    expect(corpus.warnings).toEqual([]);
  });

  it("read a credit under a photo caption as that caption's, not as the credit of the paragraph after it", async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-html-'));
    await writeFile(join(dir, 'ferry.html'), await page('station-page.html'));
    const [source] = (await loadCorpus(dir)).sources;
    const roles = source!.paragraphs.map(([start, end], i) => [
      source!.text.slice(start, end),
      source!.paragraphRoles[i],
    ]);
    expect(roles).toContainEqual(['Deckhand Luis Romero ties up the ferry at the north dock on Monday.', 'caption']);
    expect(roles.find(([text]) => text?.startsWith('The extra trips'))?.[1]).toBe('body');
  });

  it('read a page saved as a single file (.mhtml) as the page, from the address it was saved from', async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-html-'));
    await writeFile(join(dir, 'Lakeview ferry.mhtml'), await readFile(join(HTML_FIXTURES, 'station-page.mhtml')));
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([]);
    expect(corpus.sources).toHaveLength(1);
    expect(corpus.sources[0]).toMatchObject({
      outlet: 'KLVW 5 News',
      title: 'Lakeview ferry adds evening trips as bridge work drags on',
      published: '2024-04-29',
      url: 'https://www.klvw5.com/article/news/local/2024/04/29/lakeview-ferry-evening-trips/512-90ab',
    });
    // Quoted-printable UTF-8 decodes to the page's characters; the comment frame saved after the page is not read.
    expect(corpus.sources[0]!.text).toContain('the bridge project’s contingency fund');
    expect(corpus.sources[0]!.text).not.toContain('I ride that ferry');
  });
});

describe("a forum's thread saved as HTML", () => {
  it("takes the <h1> of the site's banner for the site, and the rest of the <title> for the headline", () => {
    const post = 'The harbor master says the dredging stopped on Tuesday after a crew pulled a shell from the silt.';
    const html = `<html><head><title>Dredging stopped - what now? - Example District Forum</title></head><body>
      <div role="banner"><h1>Example District Forum</h1><p>News and views for the district</p></div>
      <h2><a href="./viewtopic.php?t=4127">Dredging stopped - what now?</a></h2>
      <div class="post"><p>${post}</p><p>${post.replace('Tuesday', 'Monday')}</p><p>${post}</p></div></body></html>`;
    expect(extractHtmlArticle(html, null)).toMatchObject({
      outlet: 'Example District Forum',
      title: 'Dredging stopped - what now?',
    });
  });
});

describe("a messaging app's export of a channel", () => {
  it("is the channel's, its messages the text without their times, views and avatars", () => {
    const message = (n: number, text: string) =>
      `<div class="message default" id="message${n}"><div class="pull_left userpic_wrap"><div class="initials">KC</div>
      </div><div class="body"><div class="pull_right date details">07:1${n}</div><div class="from_name">Example Cab Talk
      </div><div class="text">${text}</div><div class="pull_right views details">👁 2.${n}K</div></div></div>`;
    const text = 'Forty-one drivers were suspended on Friday after forged test certificates were found by the council.';
    const html = `<html><head><title>Exported Data</title></head><body><div class="page_header"><div class="content">
      <div class="text bold">Example Cab Talk</div></div></div><div class="history">
      ${[1, 2, 3, 4].map((n) => message(n, `${n}. ${text}`)).join('')}</div></body></html>`;
    const article = extractHtmlArticle(html, null) as HtmlArticle;
    expect(article).toMatchObject({ outlet: 'Example Cab Talk', title: 'Messages in Example Cab Talk' });
    expect(article.paragraphs.join('\n')).not.toMatch(/07:1\d|👁/u);
  });
});

describe("a mailing list archive's message, as pipermail pages it", () => {
  const quoted = [
    'Ann Roe wrote:',
    '&gt; The rubythroat was still in the hawthorn by the second gate at dusk,',
    '&gt; feeding low and calling now and then.',
  ];
  const reply = [
    'It was there again this morning from first light, showing well to about forty',
    'people, though it went quiet when the sun came over the ridge at eight.',
    '',
    'Please park on the verge by the church, not in the lane: the farmer needs to',
    'get his tractor through and asked for the lane to be kept clear all day.',
  ];
  const pager =
    '<p><ul><li>Previous message: <a href="000123.html">[Fendry-Birds] Rubythroat at Millpond Lane</a></li>' +
    '<li>Next message: <a href="000125.html">[Fendry-Birds] Parking at Millpond Lane</a></li>' +
    '<li><b>Messages sorted by:</b> <a href="date.html">[ date ]</a> <a href="thread.html">[ thread ]</a> ' +
    '<a href="subject.html">[ subject ]</a> <a href="author.html">[ author ]</a></li></ul>';
  const footer =
    '<a href="https://lists.example/mailman/listinfo/fendry-birds">More information about the Fendry-Birds\n' +
    'mailing list</a>';
  const archived = (subject: string, list = footer): string =>
    `<html><head><title>${subject}</title></head><body><h1>${subject}</h1>` +
    '<b>Jo Bloggs</b> <a href="mailto:fendry-birds@lists.example">jo at mail.example</a><br>' +
    `<i>Thu Oct 22 07:52:13 BST 2026</i>${pager}<hr><!--beginarticle-->` +
    `<pre>${[...quoted, '', ...reply].join('\n')}\n</pre><!--endarticle--><hr>${pager}<hr>${list}</body></html>`;
  const message = archived('[Fendry-Birds] Re: Rubythroat at Millpond Lane');

  it('reads the <pre> by paragraphs, its lines wrapped by hand joined and a quote\'s "> " marks dropped', () => {
    const { paragraphs } = extractHtmlArticle(message, null) as HtmlArticle;
    expect(paragraphs).toContain(
      'The rubythroat was still in the hawthorn by the second gate at dusk, feeding low and calling now and then.',
    );
    expect(paragraphs).toContain(
      'It was there again this morning from first light, showing well to about forty people, though it went quiet ' +
        'when the sun came over the ridge at eight.',
    );
    expect(paragraphs.join('\n')).not.toMatch(/>|&gt;/u);
  });

  it("is the list's, named by the tag on its subject when the page names the list again, and titled without it", () => {
    expect(extractHtmlArticle(message, null)).toMatchObject({
      outlet: 'Fendry-Birds',
      title: 'Rubythroat at Millpond Lane',
    });
    // A story's label in brackets is no list, though the page writes the word again.
    for (const label of ['Updated', 'VIDEO']) {
      const story = archived(`[${label}] Ferry runs aground at the pier`, `<p>${label}: the operator's statement.</p>`);
      expect((extractHtmlArticle(story, null) as HtmlArticle).outlet).not.toBe(label);
    }
  });

  it('is dated by the line in italics that is only its date, written as a mail server stamps it', () => {
    expect((extractHtmlArticle(message, null) as HtmlArticle).published).toBe('2026-10-22');
  });
});

describe('a page shown by a web app, translated by a browser or pasted into a note', () => {
  const gritting = 'Gritters have used more salt in the first week of the cold snap than all last winter. ';
  const prose = `<p>${gritting.repeat(6)}</p>`;
  const body = (closing = ''): string =>
    `<div class="article"><h1>Salt stocks run low as the cold sets in</h1>${prose}${closing}</div>`;

  it("is titled without the count of unread items a browser tab's title opens on", () => {
    const head = '<title>(128) Salt stocks run low as the cold sets in - Inoreader</title>';
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body()}</body></html>`, null);
    expect((article as HtmlArticle).title).toBe('Salt stocks run low as the cold sets in');
  });

  it('is named by the site a feed\'s closing line says the post "appeared first on", not by the feed reader', () => {
    const head = '<title>Salt stocks run low as the cold sets in - Inoreader</title>';
    const closing = '<p>The post Salt stocks run low as the cold sets in appeared first on Local Roads Journal.</p>';
    const article = extractHtmlArticle(`<html><head>${head}</head><body>${body(closing)}</body></html>`, null);
    expect((article as HtmlArticle).outlet).toBe('Local Roads Journal');
  });

  it('takes a OneNote page\'s address from its "Pasted from" line, and its site as the page writes that name', () => {
    const head = '<meta name=Generator content="Microsoft OneNote 15"><title>Motor claims</title>';
    const claims = 'Motor claims rose by a quarter in the year to March, the insurers said on Monday. '.repeat(6);
    const note =
      `<div><p>CLAIMS LEDGER | Motor | Claims</p><h1>Motor claims rise by a quarter</h1><p>${claims}</p>` +
      '<p>Pasted from &lt;https://www.claimsledger.example/motor/claims-rise&gt;</p></div>';
    expect(extractHtmlArticle(`<html><head>${head}</head><body>${note}</body></html>`, null)).toMatchObject({
      url: 'https://www.claimsledger.example/motor/claims-rise',
      outlet: 'CLAIMS LEDGER',
    });
  });

  it('reads a "Pasted from" line whose address is no web address as none, and still reads the page', () => {
    const claims = 'Motor claims rose by a quarter in the year to March, the insurers said on Monday. '.repeat(6);
    const note = `<div><h1>Motor claims rise</h1><p>${claims}</p><p>Pasted from &lt;https://[claims&gt;</p></div>`;
    const article = extractHtmlArticle(
      `<html><head><title>Motor claims</title></head><body>${note}</body></html>`,
      null,
    );
    expect((article as HtmlArticle).url).toBeNull();
  });

  it('is titled as the browser translated its headline, not by the metadata left in the original language', () => {
    const head =
      '<title>Harbour wall to be rebuilt</title><meta property="og:title" content="Hafenmauer wird neu gebaut">';
    const text = 'The council will rebuild the harbour wall next spring after the storms broke it in two. '.repeat(6);
    const page = (root: string): string =>
      `<html lang="de"${root}><head>${head}</head><body><h1>Harbour wall to be rebuilt</h1><p>${text}</p></body>`;
    expect((extractHtmlArticle(page(' class="translated-ltr"'), null) as HtmlArticle).title).toBe(
      'Harbour wall to be rebuilt',
    );
    // Untranslated, the page's metadata names it in its own words.
    expect((extractHtmlArticle(page(''), null) as HtmlArticle).title).toBe('Hafenmauer wird neu gebaut');
  });
});

describe("a site's page named only by its section or its logo", () => {
  const prose = [
    'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year, after a long debate.',
    'Residents who spoke at the meeting said the plan would block the view of the harbour from the old town square.',
    'A final decision is now expected in the autumn, when the council will have the results of a traffic survey.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  const articleOfHtml = (html: string): HtmlArticle => {
    const article = extractHtmlArticle(html, null);
    if (typeof article === 'string') throw new Error(article);
    return article;
  };

  it('titles a section\'s page of posts ("News", as its menu names it) by its first post', () => {
    const html = `<html><head><title>Example Primary School - News</title><meta property="og:title" content="News">
      </head><body><a href="https://school.example/">Example Primary School</a>
      <nav><a href="/news">News</a> <a href="/about">About us</a></nav>
      <h1>News</h1><p>Faith, friendship and learning for life</p>
      <h2>Amara is joint National Spelling Champion!</h2>${prose}<h2>Good luck Amara!</h2>${prose}</body></html>`;
    expect(articleOfHtml(html).title).toBe('Amara is joint National Spelling Champion!');
  });

  it("names a status page on the site's subdomain by the logo linking home, and titles it by its first incident", () => {
    const html = `<html><head><title>Example District Council Status</title>
      <meta property="og:url" content="https://status.council.example"></head><body>
      <a href="https://www.council.example/"><img src="logo.png" alt="Example District Council Status"></a>
      <div class="incident-title"><a class="actual-title" href="/incidents/1">Cyber incident: most systems down</a></div>
      ${prose}<h2>Past Incidents</h2></body></html>`;
    expect(articleOfHtml(html)).toMatchObject({
      outlet: 'Example District Council Status',
      title: 'Cyber incident: most systems down',
    });
  });

  it("credits a read-later app's copy to the site its byline names, not to the app", () => {
    const html = `<html><head><meta name="generator" content="Example Reader Export 4.2">
      <title>Man arrested over swan shootings</title></head><body><header class="sm-meta">
      <h1>Man arrested over swan shootings</h1><p class="sm-byline">By Tom Example · Wendmoor Evening Post</p>
      </header><article>${prose}</article></body></html>`;
    expect(articleOfHtml(html).outlet).toBe('Wendmoor Evening Post');
  });

  it("names the site by its logo's alt text without the tagline after it, the part its <title> ends on", () => {
    const html = `<html><head><title>REUNITED: BRAMBLE - Sprocker Spaniel - Carnbrook | LostPaws Example</title></head>
      <body><a href="https://www.lostpaws.example/"><img src="logo.png"
      alt="LostPaws Example - Helping lost pets find their way home since 2008"></a>
      <h1>REUNITED</h1>${prose}</body></html>`;
    expect(articleOfHtml(html)).toMatchObject({
      outlet: 'LostPaws Example',
      title: 'REUNITED: BRAMBLE - Sprocker Spaniel - Carnbrook',
    });
  });
});

describe('a sheet published to the web from a spreadsheet app', () => {
  it("reads a row as its cells, without the grid's row number and column letters", () => {
    const document = parseHtmlDocument(`<table><tbody>
      <tr><th class="row-header freezebar-origin-ltr"></th><th class="column-headers-background">A</th>
      <th class="column-headers-background">B</th></tr>
      <tr><th class="row-headers-background"><div class="row-header-wrapper">3</div></th>
      <td>R11</td><td>bouillon</td><td>INCORRECT</td></tr></tbody></table>`);
    const rows = [...document.querySelectorAll('tr')].map(tableRowText);
    expect(rows).toEqual(['', 'R11 | bouillon | INCORRECT']);
  });
});
