import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { fileNameHints, outletSlugWords } from '../../src/corpus/file-name.ts';
import { inferHeadline } from '../../src/corpus/headline.ts';
import { SITE_STYLES_CORPUS } from '../support/paths.ts';

const HEADLINE = 'Council delays the marina vote again';
const PROSE_LINE = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.';
const headlineOf = (page: string, siteNames: string[] = [], fileHeadline: string | null = null): string | null =>
  inferHeadline(splitBlocks(page), { siteNames, fileHeadline });

describe('inferHeadline', () => {
  it("titles a letter by the subject its greeting sets over the text, not the letterhead's department", () => {
    const letterhead = 'EXAMPLE COUNCIL\nHighways and Transport\nExample Council, Quay Street, Exampleton EX1 2TR';
    const refs = 'Our ref:     HT/B3471/0226\nDate:        20 February 2026';
    const letter = `${letterhead}\n\n${refs}\n\nDear Resident\n\nB3471 Hallowcombe to Trevennick - road closure`;
    expect(headlineOf(`${letter}\n\n${PROSE_LINE}`)).toBe('B3471 Hallowcombe to Trevennick - road closure');
  });

  it("keeps the file name's headline when a line below the first prose shares only one word of it", () => {
    const page = [
      'Good morning. Most of this issue is the usual mix of bins, buses and planning rows, as ever this week.',
      '1. THE MARATHON: WHAT WE KNOW THIS MORNING',
      'The runner who died after collapsing in the marathon on Sunday has been named by the police.',
    ].join('\n\n');
    expect(headlineOf(page, [], 'The Morning Hallow')).toBe('The Morning Hallow');
  });

  it('reads the headline above its share buttons laid one a line, running on into a byline set over lines', () => {
    const menu = "Example Live\nMenu\nNews\nSport\nWhat's On\nProperty\nSearch";
    const buttons = 'Bookmark\nShare\nComments\nNews\nBy\nJane Roe\nHealth Reporter\n11:06, 19 MAR 2026';
    expect(headlineOf(`${menu}\n\n${HEADLINE}\n\n${buttons}\n\n${PROSE_LINE}`, ['Example Live'])).toBe(HEADLINE);
  });

  it('takes a line of a few words closed by a date for a label of the date, not a headline', () => {
    const page = `Marina Vote: Example Bay\nVolume 785: debated on Tuesday 21 April 2026\n\n${PROSE_LINE}`;
    expect(headlineOf(page)).toBe('Marina Vote: Example Bay');
  });

  it("reads a release's headline below its label, its date and its contacts", () => {
    const page = [
      'Office of the Mayor',
      'FOR IMMEDIATE RELEASE: Tuesday, August 25, 2026',
      'Media contact: Jordan Pike, Press Secretary, 555-0102, press@example.gov',
      'MAYOR APPOINTS INDEPENDENT REVIEW OF THE MARINA VOTE',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n\n');
    expect(headlineOf(page)).toBe('MAYOR APPOINTS INDEPENDENT REVIEW OF THE MARINA VOTE');
  });

  it("reads a print's stamp as a date either way round, and the title after it", () => {
    const page = [
      `03/09/2026, 14:07   ${HEADLINE} | Example Post`,
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n\n');
    expect(headlineOf(page, ['Example Post'])).toBe(HEADLINE);
  });

  it("reads a print's stamp after a single space, as a page copied from a PDF keeps it", () => {
    const page = [`19/05/2026, 08:52 ${HEADLINE} | Example Live`, PROSE_LINE].join('\n\n');
    expect(headlineOf(page, ['Example Live'])).toBe(HEADLINE);
  });

  it("starts past a menu laid on one line, below a station's now-playing line", () => {
    const page = [
      'Radio Example',
      '102.6 FM | DAB | Online',
      'LISTEN LIVE',
      'Now playing: Late Show with Priya Anand',
      'News   Travel   Weather   Sport   Podcasts   Schedule',
      'Local News',
      HEADLINE,
      'By Jane Roe',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n\n');
    expect(headlineOf(page, ['Radio Example'])).toBe(HEADLINE);
  });

  it("takes a note app's heading that the file name repeats, not its link to the page (which repeats it too)", () => {
    const page = [
      `# ${HEADLINE}`,
      'Created: June 11, 2026 9:14 PM',
      'Source URL: https://www.example.com/news/2026/06/11/council-delays-the-marina-vote-again',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n\n');
    expect(headlineOf(page, [], `${HEADLINE} 7d41c2e09a8b4f3c9e61d5a2b80f4c17`)).toBe(HEADLINE);
  });

  it('passes over a note whose parenthesis the line leaves open', () => {
    const page = [
      '(This summary is prepared by the clerk for the',
      'convenience of the reader and is not part of the opinion.)',
      HEADLINE,
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n\n');
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('skips the site name, menus, labels, breadcrumbs and banners above the headline', () => {
    const page = [
      'Skip to content',
      'Example Ledger',
      'Home | Local | Sports',
      'WEATHER ALERT: Fog until noon',
      'News › City Hall',
      'CITY HALL',
      'Council delays the marina vote again',
      'By Jane Roe | Example Ledger',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n');
    expect(headlineOf(page, ['Example Ledger'])).toBe(HEADLINE);
  });

  it("skips a line as short as a label right under the site's name, its section", () => {
    const prose = 'Police are appealing for witnesses after a protected oak was cut down overnight.';
    const page = ['EXAMPLE POLICE', 'News and appeals', 'Published: Friday 11 September 2026, 10:15', HEADLINE, prose];
    expect(headlineOf(page.join('\n\n'), ['EXAMPLE POLICE'])).toBe(HEADLINE);
  });

  it('starts below a breadcrumb trail, past a slogan and a menu in sentence case', () => {
    const page = [
      'Example Health Agency',
      'Protecting health, preventing illness',
      'Menu',
      'About us',
      'Health topics',
      'Data and surveillance',
      'Outbreaks and incidents',
      'News and media',
      'Home > Health protection > Outbreaks and incidents',
      'Norovirus outbreak on the cruise ship',
      'This page brings together all of the agency’s updates on this outbreak, the most recent first.',
    ].join('\n\n');
    expect(headlineOf(page, ['Example Health Agency'])).toBe('Norovirus outbreak on the cruise ship');
  });

  it("takes the title of a browser's print header without the time it was printed", () => {
    const page = [`21/01/2027, 09:14        ${HEADLINE} | Example Review`, 'Example Review', 'Body text follows.'];
    expect(headlineOf(page.join('\n\n'), ['Example Review'])).toBe(HEADLINE);
  });

  it("skips the site's name and slogan over its menu, as a forum heads a thread", () => {
    const thread = 'Ask the council chatbot gave me the wrong parking fine deadline';
    const page = [
      'ExampleTalk',
      'The community forum for Example and district',
      'FAQ   Register   Login',
      'Board index ‹ Local issues ‹ Council & politics',
      thread,
      'Post Reply   Search this topic…   12 posts • Page 1 of 1',
      'parkbench_pete',
      'Tue Apr 14, 2026 8:52 pm',
      'Got a ticket in the middle of March, and the chatbot told me I had 28 days to pay at the lower rate.',
    ].join('\n');
    expect(headlineOf(page, ['ExampleTalk'])).toBe(thread);
  });

  it('skips a section label above the headline, as a print page or a magazine sets it', () => {
    const prose = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.';
    const page = ['EXAMPLE BUSINESS JOURNAL', 'Transport & Infrastructure', HEADLINE, 'By Jane Roe', prose].join('\n');
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('takes a Markdown heading without its "#"', () => {
    expect(headlineOf('# Council delays the marina vote again\n\n*By Jane Roe, Example Ledger*')).toBe(HEADLINE);
  });

  it('cuts the site off a "Headline | Site" line', () => {
    expect(headlineOf(`${HEADLINE} | Example Ledger\nBody.`, ['Example Ledger'])).toBe(HEADLINE);
  });

  it("does not take the site's name line with a slogan after it for the headline, however long", () => {
    const page = readFileSync(join(SITE_STYLES_CORPUS, 'night-ferry-fog-delays.txt'), 'utf8');
    const headline = 'Fog strands night ferry riders on Ostrava Island for second time this week';
    expect(headlineOf(page, ['Channel 9 Coastwatch'])).toBe(headline);
  });

  it('does not take a caption or the site\'s "Home" line for the headline', () => {
    const caption = 'A boat leaves. (Photo: Jane Doe/Example Ledger)';
    const page = `Example Ledger Home Local News\n${caption}\n${HEADLINE}\nMar 05, 2025`;
    expect(headlineOf(page, ['Example Ledger'])).toBe(HEADLINE);
  });

  it('prefers, among the first headline-like lines, the one the file name repeats', () => {
    const page = `Your weekly Harbor District roundup\n${HEADLINE}\nBy Jane Roe | Example Ledger`;
    expect(headlineOf(page)).toBe('Your weekly Harbor District roundup');
    expect(headlineOf(page, [], 'Council delays marina vote')).toBe(HEADLINE);
  });

  it('finds the line the file name repeats below a notice as long as a paragraph, not the slogan above it', () => {
    const notice =
      "Notice: The Ledger's newsroom is working from the library during the flood. Our print edition is suspended " +
      'and all stories are free online.';
    const page = ['Example Ledger', 'Serving the harbor towns since 1911', notice, HEADLINE, 'By Jane Roe'].join('\n');
    expect(headlineOf(page, ['Example Ledger'], HEADLINE)).toBe(HEADLINE);
  });

  it("finds the headline below a newsletter's greeting by the words it shares with the file name", () => {
    const greeting =
      "Good morning, Harbor readers. It's a big week for the marina plan you keep asking us about, so that's where " +
      "we're starting.";
    const page = ['Harbor Brief | Tuesday, June 3, 2024', greeting, HEADLINE, 'By Jane Roe'].join('\n');
    expect(headlineOf(page, ['Harbor Brief'], 'council puts off marina decision again')).toBe(HEADLINE);
  });

  it("reads the headline past a site's note on how links pay it and a paywall's meter", () => {
    const page = [
      'Example Money',
      'Saving | Borrowing | Bills | Scams',
      'Advertising disclosure: Example Money may earn a commission from some links on this page.',
      'Subscriber content · You are reading 1 of 2 free articles this month',
      HEADLINE,
      PROSE_LINE,
    ].join('\n\n');
    expect(headlineOf(page, ['Example Money'])).toBe(HEADLINE);
  });

  it('titles a decision by its labelled subject, not by its reference line', () => {
    const page = [
      'EXAMPLE COMPLAINTS OMBUDSMAN',
      'Final decision',
      'Complaint reference:      ECO/2026/00417\nSubject:                  Station accessibility - lift outage',
      PROSE_LINE,
    ].join('\n\n');
    expect(headlineOf(page)).toBe('Station accessibility - lift outage');
  });

  it('reads a title without the dateline set under it in the same block', () => {
    const title = 'Transcript: Example Radar, Saturday 11 April 2026, 1328-1352 UTC';
    // Its prose is hard-wrapped, as a text file's is: a title's lines would be joined like the prose's.
    const prose = [
      'A few people on the forum have asked about the near miss near the edge',
      'yesterday afternoon, so here is my transcript of the radar frequency',
      'while it was going on. I was recording from home on the scanner as usual.',
      'All times are UTC, so add an hour for local time in the summer months.',
      '',
      'I have cut out most of the other traffic to keep it readable, but left',
      'in one or two exchanges so you can see how busy the controller was then.',
    ].join('\n');
    const page = `EXAMPLE AIRBAND LOG\n\n${title}\nPosted by Dave Example, 12 April 2026\n\n${prose}`;
    expect(headlineOf(page)).toBe(title);
  });

  it("falls back to the file name's headline, and to nothing", () => {
    const prose = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.';
    expect(headlineOf(prose, [], 'Council delays marina vote')).toBe('Council delays marina vote');
    expect(headlineOf(prose)).toBeNull();
  });
});

describe('a print page sets its headline over several short lines', () => {
  it('reads the lines going on in lower case as one headline, above the deck', () => {
    const page = [
      'THE EXAMPLE COURIER   Wednesday, March 4, 2026   B1',
      'SPORTS',
      'Three arrested\nin referee\nbribe probe',
      'Club to demand replay of\nFebruary defeat',
      'By TOM ASHWORTH\nCourier Sports Editor',
      'HALBROOK — Police investigating alleged match-fixing arrested three men in dawn raids yesterday.',
    ].join('\n\n');
    expect(headlineOf(page)).toBe('Three arrested in referee bribe probe');
  });
});

describe('a release converted from PDF wraps its title at the page width', () => {
  it('reads the wrapped lines as one title, past the label row beside the logo', () => {
    const page = [
      'EXAMPLE\nTHERAPEUTICS',
      '',
      'PRESS RELEASE                                  Regulated information | Inside information',
      '                                               Harwick, 9 March 2026, 07:00 CET',
      '',
      'Example Therapeutics Stops Dosing in Phase 3 ALPHA Trial of',
      'Velocardin Following Recommendation of Independent Data Monitoring',
      'Committee',
      '',
      'Harwick, 9 March 2026 – Example Therapeutics N.V. today announced that it has stopped dosing in ALPHA.',
    ].join('\n');
    expect(headlineOf(page)).toBe(
      'Example Therapeutics Stops Dosing in Phase 3 ALPHA Trial of Velocardin Following Recommendation of ' +
        'Independent Data Monitoring Committee',
    );
  });

  it('keeps a label line below the title apart', () => {
    const page = ['Branch Briefing on the Sponsorship of Overseas Care Workers in the Region', 'Prepared by: Ann Lee'];
    expect(headlineOf([...page, '', 'The union has found 40 cases of illegal fees this year.'].join('\n'))).toBe(
      page[0],
    );
  });
});

describe("a Markdown heading with the site's name a clipper kept after it", () => {
  it('is the headline without the name', () => {
    const page = ['# Council delays the marina vote again - The Example Dispatch', '', 'By Ann Lee', ''].join('\n');
    expect(headlineOf(page, ['The Example Dispatch'])).toBe('Council delays the marina vote again');
  });
});

describe("a report's labelled title", () => {
  it('names it, past the label rows before it', () => {
    const page = [
      'Example Hospitals\nNHS Foundation Trust',
      '',
      'Report to:                  Board of Directors (meeting held in public)',
      'Date of meeting:            26 March 2026',
      'Report title:               Colorectal surgery look-back review: progress update',
      '',
      '1.1   On 3 March 2026 the Trust excluded a consultant surgeon from all clinical duties.',
    ].join('\n');
    expect(headlineOf(page)).toBe('Colorectal surgery look-back review: progress update');
  });
});

describe('fileNameHints', () => {
  it.each([
    ['Council delays marina vote _ Example Ledger.txt', 'Council delays marina vote', 'Example Ledger'],
    ['Example Ledger - Council delays marina vote.txt', 'Council delays marina vote', 'Example Ledger'],
    ['Council delays marina vote.md', 'Council delays marina vote', null],
    ['article (1).txt', null, null],
    ['example-ledger-marina-vote.txt', null, null],
    // A newsletter's issue is named by its date, which is no site.
    ['The Morning Brief - 15 September 2026.txt', 'The Morning Brief', null],
    ['Example Sound - May 2026.txt', 'Example Sound', null],
    // A mail's label in capitals is no site either.
    ['IMPORTANT - your appointment has been cancelled.txt', 'your appointment has been cancelled', null],
    // A saved mail is named by its subject; an exported chat by the chat.
    ['Fwd_ Notice to quit - Example Lane allotments.eml', 'Fwd_ Notice to quit - Example Lane allotments', null],
    ['WhatsApp Chat with Example Neighbours.txt', 'WhatsApp Chat with Example Neighbours', 'Example Neighbours'],
  ])('%s', (file, headline, site) => {
    expect(fileNameHints(file)).toMatchObject({ headline, site });
  });
});

describe('outletSlugWords: the outlet part of a slug file name', () => {
  it.each([
    ['example-ledger-2025-03-08-marina-vote.txt', null, ['example', 'ledger']],
    ['example-ledger_marina-vote.txt', null, ['example', 'ledger']],
    ['exampleledger-council-delays-marina.txt', 'Council delays the marina vote', ['exampleledger']],
    ['council-delays-marina.txt', 'Council delays the marina vote', []],
    ['Council delays marina vote.txt', 'Council delays the marina vote', []],
    // A scraper's running number and content hash: no outlet ("004" was one).
    ['004_ca1b3fa7708834c8.txt', 'Council delays the marina vote', []],
    ['page-0042.html', null, []],
  ])('%s', (file, headline, words) => {
    expect(outletSlugWords(file, headline)).toEqual(words);
  });
});

describe('inferHeadline below a menu laid one item a line', () => {
  it('skips the ticker or the slogan above the menu', () => {
    const page = [
      'BTC $71,204.18 -2.31%   ETH $3,412.77 -3.05%   SOL $148.90 -4.12%',
      'LEDGERLINE',
      'Markets',
      'Policy',
      'Tech',
      'Events',
      HEADLINE,
      'By Jane Roe',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n');
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('reads the headline above the byline, not past a share bar laid one button a line below it', () => {
    const page = [
      'Skip to main content',
      'We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.',
      'SALTMERE GAZETTE',
      'Monday 17 August 2026 | 14°C Showers',
      'News\nSport\nSailing\nBusiness\nOpinion',
      HEADLINE,
      'By Fenella Cray',
      '7:12am, 17/08/2026',
      'Share\nFacebook\nX\nWhatsApp\nEmail\nCopy link',
      'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.',
    ].join('\n');
    expect(headlineOf(page)).toBe(HEADLINE);
  });
});

describe('a ticker above the headline', () => {
  it('tells of another story: the headline is the line above the byline', () => {
    const page = [
      'News | Local | Sport | Contact',
      'Breaking: Harbor road closed both ways after a crash',
      HEADLINE,
      'By Jane Roe',
      PROSE_LINE,
    ].join('\n');
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('is the headline when nothing else is', () => {
    const page = ['Breaking: Council delays the marina vote again', 'By Jane Roe', PROSE_LINE].join('\n');
    expect(headlineOf(page)).toBe('Breaking: Council delays the marina vote again');
  });
});

describe("a site's name beside its desk", () => {
  it('is no headline ("EXAMPLE RADIO - NEWSROOM")', () => {
    const page = ['EXAMPLE RADIO - NEWSROOM', 'BULLETIN SCRIPT', HEADLINE, PROSE_LINE].join('\n');
    expect(headlineOf(page, ['EXAMPLE RADIO', 'NEWSROOM'])).toBe(HEADLINE);
  });
});

describe("a report's title given by its label", () => {
  it('is the headline, in a table row or on a line', () => {
    const row = ['EXAMPLE COUNTY COUNCIL', 'AGENDA ITEM 9', `Report title | ${HEADLINE}`, 'Wards affected | All'];
    expect(headlineOf([...row, PROSE_LINE].join('\n'))).toBe(HEADLINE);
    expect(headlineOf(['INCIDENT LOG', `Title:   ${HEADLINE}`, PROSE_LINE].join('\n'))).toBe(HEADLINE);
  });
});

describe('a menu whose items join two words ("Art & design")', () => {
  it('is no headline', () => {
    const menu = 'Culture   Film   Books   Music   Classical   Art & design   TV & radio   Stage';
    expect(headlineOf(['The Example Ledger', menu, HEADLINE, PROSE_LINE].join('\n'))).toBe(HEADLINE);
  });
});

describe("an issuer's letterhead line", () => {
  it('is no headline ("Example Association · Harbour Office, West Quay")', () => {
    const page = [
      'Example Association · Harbour Office, West Quay, Port Example',
      'PRESS RELEASE',
      HEADLINE,
      PROSE_LINE,
    ];
    expect(headlineOf(page.join('\n'), ['Example Association'])).toBe(HEADLINE);
  });
});

describe('a menu with a lower-case item, and a trail of sections in capitals', () => {
  it('are no headline ("e-Paper", "POLITICS  >  BY-ELECTION")', () => {
    const top = ['Example Courier', 'Serving Example, Tillingford and the Wenn Valley since 1881'];
    const menu = 'Home   News   Politics   Business   Sport   Notices   e-Paper';
    const page = [...top, menu, 'POLITICS  >  EXAMPLE AND TILLINGFORD BY-ELECTION', HEADLINE, PROSE_LINE];
    expect(headlineOf(page.join('\n'), ['Example Courier'])).toBe(HEADLINE);
  });
});

describe('a release whose date is on the line below its "For immediate release"', () => {
  it('is headed by the line below the date, not by the issuer above the label', () => {
    const headline = 'MUSEUM TO KEEP THE TILLY FARM HOARD AS THE COUNTY AGREES TO BUY IT';
    for (const label of ['For immediate release', 'FOR IMMEDIATE RELEASE']) {
      const page = ['Wenford Museum and Art Gallery', label, 'Thursday 12 November 2026', headline, PROSE_LINE];
      expect(headlineOf(page.join('\n\n'))).toBe(headline);
    }
  });
});

describe('a menu whose items hold small words ("Cost of Living")', () => {
  it('is no headline', () => {
    const menu = 'NEWS   Example News   Coast   Crime   Traffic & Travel   Cost of Living   SPORT   PROPERTY';
    expect(headlineOf(['Example Live', 'Menu   Search', menu, HEADLINE, PROSE_LINE].join('\n\n'))).toBe(HEADLINE);
  });
});

describe('a ticker in capitals with no colon', () => {
  it('tells of another story', () => {
    const page = ['BREAKING Harbor road closed after a crash', HEADLINE, 'By Jane Roe', PROSE_LINE];
    expect(headlineOf(page.join('\n'))).toBe(HEADLINE);
  });
});
