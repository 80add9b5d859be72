import { describe, expect, it } from 'vitest';
import { extractHtmlArticle, type HtmlArticle } from '../../src/corpus/html-article.ts';

// Pages saved from the tools people keep coverage in, each naming its source in its own way.

const TEXT = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year. '.repeat(6);
const read = (head: string, body: string): HtmlArticle =>
  extractHtmlArticle(`<html><head>${head}</head><body>${body}</body></html>`, null) as HtmlArticle;

describe('a page from a note app, a group or a thread reader', () => {
  it("is an Evernote clip's: the clipped site and address, its date under the headline, not the note's owner", () => {
    const head =
      '<meta name="exporter-version" content="Evernote Windows/310217"><meta name="author" content="Jan Roe">' +
      '<meta name="source-url" content="https://www.examplepost.example/news/marina-delay">' +
      '<title>Marina delayed</title>';
    const clip =
      '<en-note><div>Clipped for the parish minutes - Jan</div>\n<hr/>\n<div><span>The Example Post</span>\n' +
      '<h1>Marina delayed</h1><p>Council puts off the marina plan for a third time, to anger in the harbour</p>' +
      '<div>By <b>Ann Lee</b>, Local Affairs Correspondent<br/>Thursday 25 June 2026, 6.00am BST</div>' +
      `<p>${TEXT}</p></div>`;
    expect(read(head, `${clip}</en-note>`)).toMatchObject({
      outlet: 'The Example Post',
      url: 'https://www.examplepost.example/news/marina-delay',
      published: '2026-06-25',
      authors: [],
    });
  });

  it("is a group archive's message's group, as the message is addressed to it", () => {
    const group = '<div><h2>Example Sea Swimmers</h2><h1>Marina delayed</h1><div>to Example Sea Swimmers</div>';
    const page = `${group}<p>${TEXT}</p>`;
    expect(read('<title>Marina delayed - Google Groups</title>', page)).toMatchObject({
      outlet: 'Example Sea Swimmers',
      title: 'Marina delayed',
    });
  });

  it("is an unrolled thread's author's, named beside the handle, not the reader's site", () => {
    const head =
      '<title>Thread by @annlee on Thread Reader App</title><meta property="og:site_name" content="Thread Reader App">';
    const author = '<button>Unroll</button><div><span>Ann Lee</span> <a>@annlee</a><p>Harbour reporter.</p></div>';
    expect(read(head, `${author}<h1>Thread by @annlee</h1><div><p>1/ ${TEXT}</p></div>`).outlet).toBe('Ann Lee');
  });

  it('is the provider a portal credits under a photo ("© Provided by …"), through the portal', () => {
    const head = '<title>Marina delayed</title><meta property="og:site_name" content="Nimbus">';
    const figure =
      '<figure><img src="a.jpg"><figcaption>The marina © Provided by The Example Register</figcaption></figure>';
    expect(read(head, `<h1>Marina delayed</h1>${figure}<p>${TEXT}</p>`).outlet).toBe('The Example Register via Nimbus');
  });

  it("is a council portal's, its logo naming the council, a lone section word in the title only a section", () => {
    const logo = '<a href="https://www.example.gov/"><img src="l.png" alt="Example Borough Council"></a>';
    const links = '<a href="/planning">Planning and building control</a>';
    const page = read(
      '<title>Planning – Application Summary</title>',
      `${logo}${links}<h1>Application</h1><p>${TEXT}</p>`,
    );
    expect(page).toMatchObject({ outlet: 'Example Borough Council', title: 'Planning – Application Summary' });
  });
});

describe("a note kept in Google Keep, and a reader app's copy", () => {
  it('is titled as the note is and dated by its making, its title no "Headline - Site"', () => {
    const note =
      '<div class="note"><div class="title">St Example\'s - cuttings for the bundle</div>' +
      `<div class="content">${TEXT}</div><div class="footer">Created Mar 1, 2026, 9:48:11 AM · Edited …</div></div>`;
    expect(read("<title>St Example's - cuttings for the bundle</title>", note)).toMatchObject({
      title: "St Example's - cuttings for the bundle",
      outlet: null,
      published: '2026-03-01',
    });
  });

  it('is the site the page marks as its name ("site-name"), not the app named in the title', () => {
    const source = '<div><span class="reader-site-name">Example Vale News</span> · example.com/news/marina</div>';
    expect(
      read('<title>Marina delayed | Reader</title>', `${source}<h1>Marina delayed</h1><p>${TEXT}</p>`).outlet,
    ).toBe('Example Vale News');
  });

  it('is so however the class is written ("site_name", as a read-later app writes it)', () => {
    const origin = '<div class="origin_line"><a href="https://example.com/a">example.com</a> · ';
    const page = `${origin}<span class="site_name">Example Lantern</span></div><h1>Walls crack</h1><p>${TEXT}</p>`;
    expect(read('<title>Walls crack</title>', page).outlet).toBe('Example Lantern');
  });
});

describe("a forum post's quotation and a line break", () => {
  it('keeps the article a post quotes in an aside, which a sidebar would not be', () => {
    const quote =
      '<aside class="quote"><blockquote><p>The harbour wall will be rebuilt next spring, the council said.</p>';
    const post = `<article><p>${TEXT}</p>${quote}</blockquote></aside><p>Fair play to them.</p></article>`;
    expect(read('<title>Forum</title>', post).paragraphs).toContain(
      'The harbour wall will be rebuilt next spring, the council said.',
    );
  });

  it('reads the lines a <br> sets apart as lines, not run together', () => {
    const post = `<article><p>${TEXT}</p><p>Example Press Office<br>Telephone: 0300 555 0182</p></article>`;
    expect(read('<title>Notice</title>', post).paragraphs).not.toContain(
      'Example Press OfficeTelephone: 0300 555 0182',
    );
  });
});

describe('a sheet published to the web, a podcast episode and a page named beside its body', () => {
  it("reads a tracker sheet's rows of sentences as its text: date first, source after, no row numbers or links", () => {
    const row = (n: number, date: string, update: string, source: string) =>
      `<tr><th>${n}</th><td>${date}</td><td>${update}</td><td>${source}</td><td>https://example.gov/${n}</td></tr>`;
    const sheet =
      '<table class="waffle"><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>' +
      '<tr><th>1</th><td>Date</td><td>Update</td><td>Source</td><td>Link</td></tr>' +
      row(2, '18/06/2024', 'The fibre contract was signed with Example Networks for 7,850 premises.', 'DDC release') +
      row(3, '14/01/2026', 'Example Networks served notice to end the contract after rising costs.', 'DDC statement') +
      row(4, '02/03/2026', 'The voucher was raised to £5,500 a home and can now be used across the area.', 'Radio') +
      row(5, '12/05/2026', 'Example Telecom won the new contract to connect 6,140 premises by December 2029.', 'Post') +
      '</table>';
    expect(read('<title>Fibre tracker - Example Action Group</title>', sheet).paragraphs).toEqual([
      '18/06/2024: The fibre contract was signed with Example Networks for 7,850 premises. (DDC release)',
      '14/01/2026: Example Networks served notice to end the contract after rising costs. (DDC statement)',
      '02/03/2026: The voucher was raised to £5,500 a home and can now be used across the area. (Radio)',
      '12/05/2026: Example Telecom won the new contract to connect 6,140 premises by December 2029. (Post)',
    ]);
  });

  it('names an episode by its show, not the platform: "<show>: <episode> on <platform>", dated by \'Published\'', () => {
    const head =
      '<title>The Example Furlong: The ground and the water on Example Podcasts</title>' +
      '<meta property="og:title" content="The ground and the water">' +
      '<meta property="og:site_name" content="Example Podcasts">';
    const episode = '<dl><dt>Published</dt><dd>17 June 2026 at 05:00 UTC</dd></dl>';
    const more = '<ul><li><span class="date">10 JUN 2026</span> <span>Royal week preview</span></li></ul>';
    expect(read(head, `<h1>The ground and the water</h1>${episode}<p>${TEXT}</p>${more}`)).toMatchObject({
      outlet: 'The Example Furlong',
      published: '2026-06-17',
    });
  });

  it("takes a body's name in capitals over a page's name in sentence case, though the page's is shorter", () => {
    const title = '<title>Recent incidents | Example and District Fire and Rescue Service</title>';
    expect(read(title, `<h1>Recent incidents</h1><p>${TEXT}</p>`)).toMatchObject({
      title: 'Recent incidents',
      outlet: 'Example and District Fire and Rescue Service',
    });
  });
});
