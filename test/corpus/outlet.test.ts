import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { plainMarkdown } from '../../src/corpus/markdown-inline.ts';
import { chooseOutlet } from '../../src/corpus/choose-outlet.ts';
import { inferMetadata } from '../../src/corpus/metadata.ts';
import { looksLikeOutlet, nameWrittenInText, namesBody, outletKey } from '../../src/corpus/outlet-names.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { pageOutletSignals, type OutletSignal } from '../../src/corpus/outlet-signals.ts';
import { runningHeaders } from '../../src/corpus/running-headers.ts';
import { SITE_STYLES_CORPUS } from '../support/paths.ts';

const PROSE = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year.';
const HEADLINE = 'Council delays the marina vote again';
const signalsOf = (page: string): OutletSignal[] => pageOutletSignals(splitBlocks(page)).signals;
const outletOf = (page: string, file = 'page.txt', url: string | null = null): string | null =>
  inferMetadata(splitBlocks(page), { file, title: null, url, authors: [] }).outlet;
const fixture = (file: string): string => readFileSync(join(SITE_STYLES_CORPUS, file), 'utf8');

describe("a reader-funded paper's header, laid one line an item", () => {
  const page = [
    'Skip to main content',
    'Skip to key events',
    'Print subscriptions',
    'Search jobs',
    'Sign in',
    'The Example Ledger',
    'Independent since 1904',
    'Support the Ledger: fund fearless, independent journalism. Support us →',
    'UK',
    'World',
    'Politics',
    'Business',
    HEADLINE,
    PROSE,
    '© 2026 Ledger Media Group Limited. All rights reserved.',
  ].join('\n\n');

  it('names the masthead under its buttons, not the copyright holder, and reads the headline past the appeal', () => {
    const blocks = splitBlocks(page);
    const inferred = inferMetadata(blocks, { file: '000_0123456789abcdef.txt', title: null, url: null, authors: [] });
    expect(inferred.outlet).toBe('The Example Ledger');
    expect(inferred.title).toBe(HEADLINE);
  });
});

describe("a photo credit to the paper's picture desk", () => {
  it('names a desk of the paper, not the paper more fully', () => {
    const page = ['THE SENTINEL', HEADLINE, 'By Ann Example', 'The mayor. Photograph: Sentinel Picture Desk'];
    expect(outletOf([...page, PROSE].join('\n\n'))).toBe('The Sentinel');
  });
});

describe("a broadcaster's regional desk named by its initials", () => {
  it('is a desk of the site whose name the initials stand for, not the site', () => {
    const page = [
      'Skip to content',
      'Accessibility Help',
      'NCN',
      'North Country News',
      'Home',
      'News',
      'Sport',
      'Weather',
      HEADLINE,
      '16 March 2026',
    ];
    const byline = ['Josh Example', 'NCN North Country, Tennshire', PROSE, 'Copyright © 2026 NCN.'];
    expect(outletOf([...page, ...byline].join('\n'))).toBe('North Country News (NCN)');
  });
});

describe("a gemlog's post, signed off below its links", () => {
  it('is credited to the gemlog its sign-off describes ("Name · a gemlog about …")', () => {
    const page = [
      '# A cold morning on the sands',
      PROSE,
      '=> gemini://example/ Home',
      '--',
      'Rivets & Example · a gemlog about old aeroplanes',
    ];
    expect(outletOf(page.join('\n\n'))).toBe('Rivets & Example');
  });
});

describe("a report's running header, page numbers at its outer edge", () => {
  it('names the outlet by the fuller name it repeats on every page', () => {
    const header = (page: number): string =>
      page % 2 === 0
        ? `${page}                    Example Library Research Briefing, 24 March 2026`
        : `Example Library Research Briefing, 24 March 2026                    ${page}`;
    const page = ['Research Briefing', 'By Jane Roe', '24 March 2026', HEADLINE, PROSE]
      .concat([2, 3, 4, 5].flatMap((n) => [PROSE, header(n)]))
      .join('\n\n');
    expect(outletOf(page, 'CBP-10417.txt')).toBe('Example Library Research Briefing');
  });

  it('of two mastheads, one wording the other more fully, writes the fuller', () => {
    const signals: OutletSignal[] = [
      { name: 'Research Briefing', kind: 'masthead' },
      { name: 'Example Library Research Briefing', kind: 'masthead' },
    ];
    expect(chooseOutlet(signals, [], '')).toBe('Example Library Research Briefing');
  });
});

describe('pageOutletSignals: every place a page names its site', () => {
  it.each([
    ['masthead', 'Skip to content\nThe Example Ledger\nHome | News | Sports | Opinion\nHeadline words go here today'],
    ['site-home', 'Example Ledger Home Local News\nHeadline words go here today'],
    ['title-suffix', 'Council delays the marina vote again | Example Ledger\nBody text.'],
    ['byline', 'Headline words go here today\nBy Jane Roe | Example Ledger'],
    ['byline', 'Headline words go here today\n*By Jane Roe, Example Ledger*'],
    ['job-title', 'Headline words go here today\nBy JANE ROE, Example Ledger staff'],
    ['after-byline', 'Headline words go here today\nBy JANE ROE\nExample Ledger\nMar. 6, 2025'],
    ['wire-dateline', `Headline words go here today\nBAYVIEW, Ore. (Example Ledger) — ${PROSE}`],
    ['self-description', 'Body text.\nWhy you can trust Example Ledger'],
    ['self-description', 'Body text.\n*Example Ledger is a free weekly newsletter about city hall.*'],
    ['app-promo', 'Body text.\nBe first to know - download the Example Ledger app for alerts.'],
    ['copyright', 'Body text.\n© 2025 Example Ledger. All rights reserved.'],
    ['publisher', 'View this email in your browser\nTHE MORNING BRIEF\nfrom Example Ledger\nMarch 6, 2025'],
  ])('%s', (kind, page) => {
    expect(signalsOf(page)).toContainEqual({ name: expect.stringMatching(/^(?:The )?Example Ledger$/u), kind });
  });

  it("reads a press office's owner from the line naming both, and the release's headline below", () => {
    const page = [
      'UNIVERSITY OF EXAMPLE - PRESS OFFICE',
      'FOR IMMEDIATE RELEASE',
      'Tuesday 3 March 2026',
      `# ${HEADLINE}`,
      PROSE,
    ].join('\n\n');
    const meta = inferMetadata(splitBlocks(page), { file: 'release.md', title: null, url: null, authors: [] });
    expect(meta.outlet).toBe('University of Example');
    expect(meta.title).toBe(HEADLINE);
  });

  it("does not take a byline's desk for the site's name, though a headline opens on its word", () => {
    const page = [
      'Radio Example',
      'News | Sport | Weather | Travel | Podcasts',
      'Health board votes to close the maternity unit',
      'By Jane Roe, Health Correspondent',
      PROSE,
    ].join('\n\n');
    const meta = inferMetadata(splitBlocks(page), { file: 'page.txt', title: null, url: null, authors: [] });
    expect(meta.title).toBe('Health board votes to close the maternity unit');
  });

  it("names a release's issuer by how its notes to editors describe it", () => {
    const page = [
      '**FOR IMMEDIATE RELEASE**',
      `# ${HEADLINE}`,
      PROSE,
      'Notes to editors',
      '1. The Example Stages Society is the national charity for theatre buildings. It was founded in 1976.',
      '**ENDS**',
    ].join('\n\n');
    expect(outletOf(plainMarkdown(page), 'statement.md')).toBe('The Example Stages Society');
  });

  it("reads the outlet from a reporter's role, outlet and where they reported, under their name", () => {
    const page = [HEADLINE, 'Jane Roe', 'Court reporter, Example News, at Brannock District Court', PROSE].join('\n\n');
    expect(outletOf(page)).toBe('Example News');
  });

  it("does not take a news editor's desk for the outlet", () => {
    const page = [HEADLINE, 'By Jane Roe, News Editor · 11 June 2026', PROSE, '© 2026 Example Safety Weekly'].join(
      '\n\n',
    );
    expect(outletOf(page)).toBe('Example Safety Weekly');
  });

  it('reads the copyright holder without its company suffix', () => {
    const signals = signalsOf('Body.\n© 2025 Harbinger Newspaper Group, LLC. All rights reserved.');
    expect(signals).toContainEqual({ name: 'Harbinger Newspaper Group', kind: 'copyright' });
  });

  it('reads the site name before a slogan on the line above the menu, not a headline before its site', () => {
    const signals = signalsOf(fixture('night-ferry-fog-delays.txt'));
    expect(signals).toContainEqual({ name: 'Channel 9 Coastwatch', kind: 'masthead' });
    const titled = signalsOf('Council Votes To Cut Daily Ferry | Example Ledger\nHome | News | Sports\nBody.');
    expect(titled.some((s) => s.kind === 'masthead')).toBe(false);
  });

  it('takes the site name under the header buttons for the masthead, not a button ("Menu")', () => {
    const page =
      'Skip to content\nMenu\nThe Example Ledger\nSubscribe | Sign In\nNews | Sports\nHeadline words go here';
    expect(signalsOf(page)).toContainEqual({ name: 'The Example Ledger', kind: 'masthead' });
    expect(signalsOf(page).some((s) => s.name === 'Menu')).toBe(false);
  });

  it('does not take a section label after the menu for a masthead', () => {
    const signals = signalsOf('Home | News | Sports\nCITY HALL\nHeadline words go here today');
    expect(signals.some((s) => s.kind === 'masthead')).toBe(false);
  });
});

describe('chooseOutlet: the reading others agree with', () => {
  it('prefers the masthead the byline repeats over the copyright holder', () => {
    const signals: OutletSignal[] = [
      { name: 'Example Ledger', kind: 'masthead' },
      { name: 'Example Ledger', kind: 'byline' },
      { name: 'Harbinger Media Group', kind: 'copyright' },
    ];
    expect(chooseOutlet(signals, [], '')).toBe('Example Ledger');
  });

  it('breaks a tie between two readings by the one a third agrees with', () => {
    const signals: OutletSignal[] = [
      { name: 'City Desk', kind: 'title-suffix' },
      { name: 'Example Ledger', kind: 'title-suffix' },
      { name: 'Example Ledger', kind: 'file-slug' },
    ];
    expect(chooseOutlet(signals, [], '')).toBe('Example Ledger');
  });

  it('never picks a person the bylines name', () => {
    const signals: OutletSignal[] = [
      { name: 'Maria Lopez', kind: 'file-name' },
      { name: 'Example Ledger', kind: 'copyright' },
    ];
    expect(chooseOutlet(signals, ['Maria Lopez'], '')).toBe('Example Ledger');
  });

  it("reads a station's name beside its call letters and frequency as its masthead, not as a menu", () => {
    const page = ['Skip to content', 'EPR 89.3 | Example Public Radio', 'News   Arts   Podcasts   Schedule', PROSE];
    expect(signalsOf(page.join('\n\n'))).toContainEqual({ name: 'Example Public Radio', kind: 'masthead' });
  });

  it('does not take a newsletter named in the footer over what it offers for the site', () => {
    const body = Array(8).fill(PROSE).join('\n\n');
    const footer = ['The Line', 'Our weekday newsletter: the stories the city is talking about.'].join('\n\n');
    expect(outletOf(`${HEADLINE}\n\n${body}\n\nCopyright 2026 Example Public Radio\n\n${footer}`)).toBe(
      'Example Public Radio',
    );
  });

  it("takes the name a logo's initials stand for on the line below them, shown with them", () => {
    const page = ['EPTA', 'Example Public Transit Authority', 'Trip Planner | Schedules | Fares | Alerts', PROSE];
    expect(outletOf(page.join('\n\n'))).toBe('Example Public Transit Authority (EPTA)');
  });

  it("takes a body's name in capitals opening its page when the page's footer opens on it too", () => {
    const body = Array(8).fill(PROSE).join('\n\n');
    const top = 'KELDALE POLICE\nNews and appeals\nPublished: Friday 11 September 2026, 10:15';
    const page = `${top}\n\n${HEADLINE}\n\n${body}\n\nKeldale Police | Accessibility | Contact us`;
    expect(outletOf(page)).toBe('Keldale Police');
  });

  it("does not take a consent banner's heading or a search box's label for the masthead", () => {
    const page = ['Cookies on EBN', 'Accept additional cookies', 'Search Examplenews', 'Home  News  Politics', PROSE];
    expect(outletOf(`${page.join('\n\n')}\n\n© 2026 EBN News`)).toBe('EBN News');
  });

  it("names a company's investor or press site by the company, as its copyright line does", () => {
    const page = `${HEADLINE} | Example Investor Relations\n\n${PROSE}\n\n© 2026 Example Microsystems. All rights reserved.`;
    expect(outletOf(page)).toBe('Example Microsystems');
  });

  it('names where a reprint says it first ran, past the language it ran in', () => {
    const note = '*This interview was first published in Dutch in Example Dagblad on 27 June 2026.*';
    expect(outletOf(`# ${HEADLINE}\n\n${note}\n\n${PROSE}`, 'interview.md')).toBe('Example Dagblad');
  });

  it("takes the paper's name above a byline whose job title names a desk, not the desk", () => {
    const body = Array(8).fill(PROSE).join('\n\n');
    const page = `${HEADLINE}\n\nThe Example Standard\n\nBy Jane Roe, Political Reporter\nMarch 6, 2025\n\n${body}`;
    expect(outletOf(page)).toBe('The Example Standard');
  });

  it("names a newsletter's house, not the newsletter, when a line under its name says whose it is", () => {
    const page =
      'View this email in your browser\n\nTHE MORNING BRIEF\n\nfrom Example Ledger\n\nMarch 6, 2025\n\n'.concat(PROSE);
    expect(outletOf(page)).toBe('Example Ledger');
  });

  it('uses hints in order when nothing names the site: job title, domain, file name, copyright', () => {
    const choose = (...signals: OutletSignal[]): string | null => chooseOutlet(signals, [], '');
    const owner: OutletSignal = { name: 'Owner Co', kind: 'copyright' };
    expect(choose({ name: 'Football', kind: 'job-title' }, { name: 'ex.com', kind: 'domain' })).toBe('ex.com');
    expect(choose({ name: 'Example Herald', kind: 'file-slug' }, owner)).toBe('Example Herald');
    expect(chooseOutlet([{ name: 'Owner Media Co', kind: 'copyright' }], [], '')).toBe('Owner Media Co');
    expect(chooseOutlet([], [], '')).toBeNull();
  });

  it('writes the outlet as the masthead does, not as the app promo and the file slug shorten it', () => {
    const file = 'kbvw5-ferry-deckhands-sworn-in.txt';
    expect(outletOf(fixture(file), file)).toBe('KBVW NewsChannel 5');
    // Readings that agree in full still choose the wording: a byline and a promo outweigh a logo's short form.
    const signals: OutletSignal[] = [
      { name: 'KXYZ 7', kind: 'masthead' },
      { name: 'KXYZ 7 News', kind: 'byline' },
      { name: 'KXYZ 7 News', kind: 'app-promo' },
      { name: 'KXYZ7', kind: 'file-slug' },
    ];
    expect(chooseOutlet(signals, [], '')).toBe('KXYZ 7 News');
  });

  it('shows a logo set in capitals as the page writes the name', () => {
    const logo: OutletSignal = { name: 'KXYZ NEWS 7', kind: 'masthead' };
    expect(chooseOutlet([logo], [], 'Records obtained by KXYZ News 7 show')).toBe('KXYZ News 7');
    // Written nowhere else, it is written as a name: its call sign in capitals, its words capitalized.
    expect(chooseOutlet([{ name: 'KXYZ NEWS 7', kind: 'masthead' }], [], '')).toBe('KXYZ News 7');
    expect(chooseOutlet([{ name: 'THE VOICE OF THE VALLEY', kind: 'masthead' }], [], '')).toBe(
      'The Voice of the Valley',
    );
  });
});

describe('inferMetadata: outlet of whole pages', () => {
  it("names a chat an article was pasted into by a link's site the chat writes out, where nothing else names one", () => {
    const chat = [
      '#newsdesk',
      'Kirsty Vale  12:51 PM',
      'anyone free to head to the park? two readers say the ride is stuck with people on it',
      'Dan Heslop  6:04 PM',
      "here's the full thing as it went up: https://www.exampleecho.example/news/riders-rescued",
      'Fire crews rescued 22 people from a rollercoaster after they spent nearly four hours stuck, the Example Echo says.',
    ].join('\n\n');
    expect(outletOf(chat, 'newsdesk chat.txt')).toBe('Example Echo');
    expect(outletOf(chat.replace(', the Example Echo says', ''), 'newsdesk chat.txt')).toBeNull();
  });

  it("shows a school's name on one line where its letter, wrapped as printed, breaks it over two", () => {
    const letter = readFileSync(new URL('../fixtures/letters/wrapped-letter.txt', import.meta.url), 'utf8');
    expect(letter).toContain('Exbury\nPark Academy');
    expect(outletOf(letter, 'Uniform-Letter.txt')).toBe('Exbury Park Academy');
  });

  it('takes the masthead, not the copyright holder', () => {
    const page = [
      'Skip to content',
      'Example Ledger',
      'Home | Local | Sports',
      HEADLINE,
      'By Jane Roe | Example Ledger',
      PROSE,
      '© 2025 Harbinger Publishing Co. All rights reserved.',
    ].join('\n');
    expect(outletOf(page)).toBe('Example Ledger');
  });

  it("names a newsletter's issue by the name its greeting welcomes readers to", () => {
    const greeting =
      "Good morning, and welcome to **The Example Bell**, a weekly letter about our schools. I'm Ann Lee.";
    expect(outletOf(`${greeting}\n\n${PROSE}\n\nSee you Tuesday.`, 'the-rescore-by-the-numbers.md')).toBe(
      'The Example Bell',
    );
  });

  it('words a broadcaster\'s mark as the service its heading over other stories names ("More from NRV News")', () => {
    const top = 'Skip to content\nNRV\nNationalradio Example\nNRV News   NRV Sport   NRV Play   Radio   Weather';
    const foot = 'More from NRV News\nPool to shut for the summer\n© Nationalradio Example 2026.';
    expect(outletOf(`${top}\n${HEADLINE}\n${PROSE}\n${foot}`, '000_c507836de4277a89.txt')).toBe('NRV News');
  });

  it('names a station by the name its call letters stand for after the K or W, beside its frequency', () => {
    const top = 'Skip to main content\nKEPR 89.7 FM  |  Example Public Radio\nLISTEN LIVE   Morning Edition';
    const page = `${top}\nNews   Music   Podcasts   Events   About\n${HEADLINE}\n${PROSE}`;
    expect(outletOf(page, '002_0891fe7c990e8a3f.txt')).toBe('Example Public Radio (KEPR)');
  });

  it('names a board paper by the letterhead set over two lines below its item number', () => {
    const page = [
      '                         Agenda item: 9.2',
      '   Example Teaching Hospitals',
      '      NHS Foundation Trust',
    ];
    const body = ['', 'Report to:    Board of Directors', '', PROSE].join('\n');
    expect(outletOf(`${page.join('\n')}\n${body}`, '09.2-Look-back-Review-BoD-26-03-2026.txt')).toBe(
      'Example Teaching Hospitals NHS Foundation Trust',
    );
  });

  it("names a city's minutes by the city whose name heads them", () => {
    const page = ['CITY OF EXAMPLE FALLS', 'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL', '', PROSE].join('\n');
    expect(outletOf(page, 'CC_Minutes_2026-04-14_Regular.txt')).toBe('City of Example Falls');
  });

  // A scraper's copy sets a site's menu one item a line, below skip links, a ticker or a slogan.
  it.each([
    ['Skip to main content\nSkip to navigation\nThe Port Essel Herald\nMenu\nSearch\nSign in\nNews\nBusiness\nSport'],
    ['BTC $71,204.18 -2.31%   ETH $3,412.77 -3.05%\nLEDGERLINE\nMarkets\nPolicy\nTech\nEvents\nPodcasts'],
    [
      'Skip to main content\nExclusive news and data for market professionals\nNORTHWAY\nWorld\nBusiness\nMarkets\nLegal',
    ],
  ])('takes the name above a menu laid one item a line, under a numbered scraper file name: %#', (top) => {
    const page = `${top}\n${HEADLINE}\nBy Jane Roe\n${PROSE}\n© 2026 Owner Media Group. All rights reserved.`;
    expect(outletOf(page, '004_ca1b3fa7708834c8.txt')).toMatch(/^(?:The Port Essel Herald|Ledgerline|Northway)$/u);
  });

  it('takes the name above its slogan and date strip, below skip links and a consent banner', () => {
    const page = [
      'Skip to main content',
      'We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies.',
      'SALTMERE GAZETTE',
      'Your coast. Your news.',
      'Monday 17 August 2026 | 14°C Showers',
      'News\nSport\nSailing\nBusiness\nOpinion',
      HEADLINE,
      'By Fenella Cray',
      // A job title under the byline names no outlet.
      'Chief Reporter',
      PROSE,
    ].join('\n');
    expect(outletOf(page, '002_802c4d51d9ac72e3.txt')).toBe('Saltmere Gazette');
  });

  it('takes the name above the menu, not an item of the menu that a section label repeats', () => {
    const top =
      'Jump to content\nEASTSIDE SIGNAL\nIndependent news for the east side\nDONATE\nNeighbourhoods\nGetting Around';
    const page = `${top}\nSchools\nHousing\nEvents\nAbout\nGETTING AROUND\n${HEADLINE}\n${PROSE}`;
    expect(outletOf(page, '002_34228401f9709422.txt')).toBe('Eastside Signal');
  });

  it("does not take a menu's first item for a masthead", () => {
    const page = `Skip to main content\nNews\nWorld\nBusiness\nSport\n${HEADLINE}\n${PROSE}\n© 2026 Example Ledger.`;
    expect(outletOf(page)).toBe('Example Ledger');
  });

  it('takes the name a plain copy opens with: a print page, a transcript (its network after its show)', () => {
    expect(outletOf(`THE EXAMPLE LEDGER\nANALYSIS | March 5, 2025\n\n${HEADLINE}\n\n${PROSE}`)).toBe(
      'The Example Ledger',
    );
    const transcript = `EXAMPLE MORNING REPORT\nExample Broadcasting Network\n\nAired March 5, 2025\n\n${PROSE}`;
    expect(outletOf(`${transcript}\n\nCopyright 2025 Example Broadcasting Network.`)).toBe(
      'Example Broadcasting Network',
    );
    // A press release's label in capitals is no outlet; the issuer it ends with is.
    expect(outletOf(`FOR IMMEDIATE RELEASE\n\n${HEADLINE}\n\n${PROSE}\n\n###\n\nSOURCE Example Power Co`)).toBe(
      'Example Power Co',
    );
  });

  it("takes a release's issuer from the name above its label, a city as much as a newsroom", () => {
    const release = ['CITY OF EXAMPLE FALLS', 'Office of the Mayor', '', 'NEWS RELEASE', 'FOR IMMEDIATE RELEASE'];
    expect(
      outletOf([...release, '', HEADLINE, '', PROSE, '', 'SUPPORT FOR THOSE AFFECTED', '', PROSE].join('\n')),
    ).toBe('City of Example Falls');
  });

  it('takes the outlet a byline stands under, as a shared copy sets them', () => {
    const page = `${HEADLINE}\n\nShared from Example App\n\nThe Example Ledger\nBy Jane Roe\nMarch 5, 2025\n\n${PROSE}`;
    expect(outletOf(page)).toBe('The Example Ledger');
  });

  it('takes the name a print page repeats at the head of every page, and leaves those lines out', () => {
    const header = (page: number) => `THE EXAMPLE LEDGER  *  WEDNESDAY, MARCH 5, 2025  *  PAGE ${page}`;
    const page = [header(1), HEADLINE, PROSE, header(2), PROSE.replace('marina', 'harbor'), header(3)].join('\n\n');
    expect(outletOf(page)).toBe('The Example Ledger');
    expect(runningHeaders(splitBlocks(page)).size).toBe(3);
    // A live blog's times recur too, and belong to its entries; a headline with a figure, repeated as a saved page
    // repeats its title, is no running header either.
    expect(runningHeaders(splitBlocks(`9:05 p.m.\n\n${PROSE}\n\n9:40 p.m.\n\n${PROSE}`)).size).toBe(0);
    // A print view's page count recurs too, and names no outlet.
    const printed = [HEADLINE, PROSE, 'Page 1 of 2', PROSE.replace('marina', 'harbor'), 'Page 2 of 2'].join('\n\n');
    expect(outletOf(`${printed}\n\n© 2025 Example Gazette`)).toBe('Example Gazette');
    // A decision's header recurs unchanged on every page, its page count in the footer.
    const decision = 'EXAMPLE ROWING FEDERATION      Case No. 2026/07';
    const pages = [decision, HEADLINE, PROSE, decision, PROSE.replace('marina', 'harbor'), decision, PROSE];
    expect(outletOf(pages.join('\n\n'))).toBe('Example Rowing Federation');
    const headline = 'Trial shows 50 percent efficacy in Harbor County';
    expect(runningHeaders(splitBlocks(`${headline}\n\nPosted on May 2, 2015\n\n${headline}\n\n${PROSE}`)).size).toBe(0);
  });

  it('takes the name under a first line of buttons that is itself a menu, and knows a paper by "Advertiser"', () => {
    const page = [
      'Menu   Search',
      'EXAMPLE & DISTRICT ADVERTISER',
      'Serving Example and the valley villages',
      'News | Court | Community | Sport | Family Notices',
      HEADLINE,
      PROSE,
      '© Example Print & Publishing Ltd 2026',
    ].join('\n\n');
    expect(outletOf(page, '001_5a43de4af2e87028.txt')).toBe('Example & District Advertiser');
  });

  it('takes the name beside a phone\'s "Shared from" line, not the app that shared it', () => {
    const deck = 'Councillors heard the harbour board had not costed the plan before the second vote';
    const shared = [HEADLINE, 'The Example Courier', 'Shared from Apple News', HEADLINE, deck];
    const page = [...shared, 'By Ann Lee, Courts Reporter', '16 April 2026', PROSE];
    expect(outletOf(page.join('\n\n'), 'Council delays the marina vote again.txt')).toBe('The Example Courier');
  });

  it("takes a news service's name over its broadcaster's, as its own menu's masthead extends it", () => {
    const page = [
      'EBN',
      'Home   News   Sport   Weather   Radio',
      'EBN NEWS',
      'Home | UK | North | Business | Politics',
    ];
    const text = [...page, HEADLINE, PROSE, '© EBN 2026'].join('\n\n');
    expect(outletOf(text, '001_a95e02d7c4b8136f.txt')).toBe('EBN News');
  });

  it("takes the site of a page pasted into a note under a drawn rule, not the note's", () => {
    const note =
      'Jan wants every press piece in the bundle by Friday, printed and with its dates, before the hearing starts ' +
      'on Monday morning.';
    const page = [note, '-'.repeat(30), 'THE EXAMPLE POST', 'News | UK', HEADLINE, PROSE];
    expect(outletOf(page.join('\n\n'), 'press cuttings.txt')).toBe('The Example Post');
  });

  it("takes a station's name under its live stream's button, not the slogan under the name", () => {
    const menu = ['Home', 'News', 'Travel', 'Weather', 'Shows', 'Contact'];
    const page = ['Listen Live', 'Example FM 104.6', 'The Sound of Examplesex', '', ...menu, '', HEADLINE, '', PROSE];
    expect(outletOf(page.join('\n'), '002_8d41f9a07e3b2c65.txt')).toBe('Example FM 104.6');
  });

  it("takes the name between the header's buttons and the menu, not the owner the copyright line names", () => {
    const page = [
      'Skip to main content',
      'Sign in    Subscribe    Search',
      'THE EXAMPLE HERALD',
      'Independent since 1911',
      'News  |  Politics  |  Business  |  Sport',
      HEADLINE,
      // A byline between the same kind of rows is no masthead.
      'Jane Roe, consumer affairs correspondent',
      'Share on Facebook    Share on X    Copy link',
      PROSE,
      'Photograph: Ann Lee/The Example Herald',
      '© 2026 Example Herald Media Ltd. All rights reserved.',
    ].join('\n');
    expect(outletOf(page, '000_9c5e71b61899b1a5.txt')).toBe('The Example Herald');
  });

  it("takes a logo's initials over a menu laid one item a line, or the name under them that they stand for", () => {
    const menu = 'Home\nNews\nSport\nWeather\nTV\nRadio';
    const cookies = 'We use cookies to give you the best experience. Some are essential.\nAccept all cookies';
    expect(outletOf(`${cookies}\nHBN\n${menu}\n${HEADLINE}\n${PROSE}`, '001_8b6fd4333d20576e.txt')).toBe('HBN');
    const spelled = `Skip to content\nENA\nExample News Agency\n${menu}\n${HEADLINE}\n${PROSE}`;
    expect(outletOf(spelled, '001_5e71604eed868a84.txt')).toBe('Example News Agency (ENA)');
  });

  it("reads a long header below a consent banner: the title's site over the copyright holder's fuller name", () => {
    const consent =
      'We and our 143 partners use cookies to personalise ads. You can accept all cookies or manage them.';
    const banner = `We value your privacy\n${consent}\nAccept all`;
    const menu = 'Scores\nFixtures\nTransfers\nNews\nVideo\nPodcasts\nFantasy\nSearch\nLog in';
    const top = `${banner}\nManage preferences\nPitchwise\n${menu}\nHome / News / Premier League`;
    const page = `${top}\n${HEADLINE} | Pitchwise\n${HEADLINE}\n${PROSE}\n© Pitchwise Media 2026`;
    expect(outletOf(page, '001_6f886c3bfacc3bf0.txt')).toBe('Pitchwise');
  });

  it("names the desk a page credits its own work to when it extends the masthead's name", () => {
    const top = 'HBN\nHome\nNews\nSport\nWeather\nTV\nRadio';
    // A reporter's name over the desk and town, as a byline without "By".
    const byline = `${top}\n${HEADLINE}\nTomas Reddy\nHBN News, Tarrow\n${PROSE}\nCopyright © 2026 HBN.`;
    expect(outletOf(byline, '001_8b6fd4333d20576e.txt')).toBe('HBN News');
    // Or their role and the desk: "Transport correspondent, HBN News".
    const role = `${top}\n${HEADLINE}\nPriya Natarajan\nTransport correspondent, HBN News\n${PROSE}`;
    expect(outletOf(role, '001_8b6fd4333d20576e.txt')).toBe('HBN News');
    const credit = `${top}\n${HEADLINE}\n${PROSE}\nThe town hall on Tuesday. Credit: HBN News\n${PROSE}`;
    expect(outletOf(credit, '001_8b6fd4333d20576e.txt')).toBe('HBN News');
    // A credit to an agency, or a date under a reporter's name, names nothing.
    const agency = `${top}\n${HEADLINE}\nR. Osei\nSenior Editor\nSep 10, 2026\n${PROSE}\nCredit: Example Images`;
    expect(outletOf(agency, '001_8b6fd4333d20576e.txt')).toBe('HBN');
  });

  it("names the site as its own title spells out the masthead's initials", () => {
    const top = 'Jump to content\nCBR\nMarkets   Property   Public Finance   Energy   People   Events';
    const page = `${HEADLINE} | Carrick Business Review\n${top}\n${HEADLINE}\nWords: Jo Roe\n${PROSE}`;
    expect(outletOf(page, '001_a09c5e7f2d18b643.txt')).toBe('Carrick Business Review');
  });

  it("names the site as its own title does when that extends the masthead's name", () => {
    const page = `COASTLINE 7\nLive TV   News   Weather   Traffic   Sport\n${HEADLINE} | Coastline 7 News\n${PROSE}`;
    expect(outletOf(page, '007_ab3b3a96fefb1e3d.txt')).toBe('Coastline 7 News');
  });

  it('takes a logo set in lower case as the page writes the name with capitals, below a consent banner', () => {
    const banner = [
      'Your privacy choices',
      'We and our 143 partners store and access information on your device to deliver personalized ads and content.',
      '[Accept all]  [Reject all]  [Manage options]',
    ];
    const page = [
      ...banner,
      'Menu\nSearch\nSign in\nSubscribe from $1 a week',
      'the example herald',
      'Regional news for the northern valleys since 1887',
      'Home › Region › Education',
      HEADLINE,
      PROSE,
      'Buses waiting at the depot on Tuesday. Photo: Ines Kowalczyk/The Example Herald',
      '© 2026 Example Herald Publishing. All rights reserved.',
    ].join('\n');
    const metadata = inferMetadata(splitBlocks(page), {
      file: '002_a4fe3672a49d9c0f.txt',
      title: null,
      url: null,
      authors: [],
    });
    expect(metadata).toMatchObject({ outlet: 'The Example Herald', title: HEADLINE });
  });

  it('takes it as the copyright line writes it inside a longer name ("© 2026 The Example Dispatch Media Ltd")', () => {
    const page = [
      'Skip to main content',
      'the example dispatch',
      'News   Opinion   Rural Affairs   Sport',
      HEADLINE,
      PROSE,
      '© 2026 The Example Dispatch Media Ltd. All rights reserved.',
    ].join('\n');
    expect(outletOf(page, '001_e4b03a9d61c7f285.txt')).toBe('The Example Dispatch');
  });

  it("names a station's newsroom as its credits do, not the logo that sets the station's frequency", () => {
    const top = 'Skip to main content\nEXAMPLEWIDE 104.2\nExamplewide News\nNews   Travel   Weather   Sport   Podcasts';
    const credit = 'The park in January. Image: Examplewide News';
    expect(outletOf(`${top}\n${HEADLINE}\nBy Jane Roe\n${credit}\n${PROSE}`)).toBe('Examplewide News');
  });

  it("takes a commissioned photographer's credit for the site it names, not the photographer", () => {
    const top = 'Skip to content\nTHE EXAMPLE RECORD\nUK   World   Politics   Business   Sport';
    const credit = 'The promenade at dusk. PHOTOGRAPH: ANN LEE FOR THE EXAMPLE RECORD';
    expect(outletOf(`${top}\n${HEADLINE}\nJane Roe\n${credit}\n${PROSE}`)).toBe('The Example Record');
  });

  it('keeps the article of a masthead in capitals, past an item of the menu joined by "&"', () => {
    const top = 'Skip to main content\nAccessibility help\nTHE EXAMPLE HERALD\nServing the estuary since 1871';
    const menu = 'Menu\nNews\nPort & Harbour\nSport\nBusiness\nOpinion';
    const page = `${top}\n${menu}\n${HEADLINE}\n${PROSE}\nDockers on Monday. Photograph: Ann Lee/Example Herald`;
    expect(outletOf(page, '000_440dc43193f0a8ea.txt')).toBe('The Example Herald');
  });

  it('reads the holder of a copyright written "(c)", with its year after it, or "Limited or its affiliates"', () => {
    expect(signalsOf(`${PROSE}\nCopyright (c) 2026 EBC. The EBC is not responsible.`)).toContainEqual({
      name: 'EBC',
      kind: 'copyright',
    });
    expect(signalsOf(`${PROSE}\n(c) North Vale News 2026`)).toContainEqual({
      name: 'North Vale News',
      kind: 'copyright',
    });
    const footer = `${PROSE}\n© 2026 Example Ledger Media Limited or its affiliated companies. All rights reserved.`;
    expect(signalsOf(footer)).toContainEqual({ name: 'Example Ledger Media', kind: 'copyright' });
  });

  it("takes the site's name a footer closes on, not a support button in the header", () => {
    const page = `Skip to main content\nSupport the Ledger\nSign in\n${HEADLINE}\n${PROSE}\nTerms\nThe Example Ledger`;
    expect(outletOf(page, '004_170a6c49c7d9260f.txt')).toBe('The Example Ledger');
  });

  it("takes a video's channel from the line above its subscriber count", () => {
    const page = `${HEADLINE} | Wednesday 10 June\nExample Valley News\n48.2K subscribers\nSubscribe\n${PROSE}`;
    const metadata = inferMetadata(splitBlocks(page), { file: 'video.txt', title: null, url: null, authors: [] });
    expect(metadata).toMatchObject({ outlet: 'Example Valley News', title: HEADLINE });
  });

  it("takes a wire story's agency from its dateline below the summary bullets", () => {
    const bullets = [
      '* Arrests rise to 34 after overnight detentions at the port',
      '* Network dyed sunflower and soybean oil to look like olive oil - police',
      '* Growers say the fraud undercut them during a long price slump',
    ].join('\n');
    const story = `EXAMPLE-FOOD/FRAUD (UPDATE 2)\n\nUPDATE 2-${HEADLINE}\n\n${bullets}`;
    const page = `${story}\n\n(Adds comment from growers' association, paragraphs 11-13)\n\nBy Nadia Korr\n\n`;
    expect(outletOf(`${page}VALDORA, March 3 (Example Press) - ${PROSE}`, 'MP_20260303_FOOD.txt')).toBe(
      'Example Press',
    );
  });

  it('takes the copyright holder only when nothing else names the site', () => {
    expect(outletOf(`${HEADLINE}\n${PROSE}\n© 2025 Example Gazette`)).toBe('Example Gazette');
  });

  it('reads the file name: the site half of a browser title, or the words before the date in a slug', () => {
    const page = `${HEADLINE}\nBody.`;
    expect(outletOf(page, 'Council delays the marina vote _ Example Ledger.txt')).toBe('Example Ledger');
    expect(outletOf(page, 'Example Ledger - Council delays the marina vote.txt')).toBe('Example Ledger');
    expect(outletOf(page, 'example-herald-2025-03-08-marina-vote.txt')).toBe('Example Herald');
    expect(outletOf(page, 'article (3).txt')).toBeNull();
    // The slug's initials, as the page writes the name out.
    const spelled = `${HEADLINE}\nThe EHA said the vote was delayed.\n(c) Example Health Agency 2026`;
    expect(outletOf(spelled, 'eha-marina-vote-updates.txt')).toBe('Example Health Agency');
    expect(outletOf(spelled, 'eha-ncc-incident-log.txt')).toBe('Example Health Agency');
  });

  it('shows a domain as the page writes the name, else as the domain', () => {
    const url = 'https://www.exampleherald.example/a';
    expect(outletOf('Body naming The Example Herald once.', 'x.md', url)).toBe('The Example Herald');
    expect(outletOf('Body naming nothing.', 'x.md', url)).toBe('exampleherald.example');
  });
});

describe('outlet names', () => {
  it('compares names by a compact key', () => {
    expect(outletKey('The Bench & Bar Review')).toBe(outletKey('benchandbarreview'));
    expect(outletKey('KXYZ NEWS 7')).toBe(outletKey('KXYZ News 7'));
  });

  it('finds how a text writes a compact name', () => {
    const runs = ['The Harbor Ledger Editor Jane Roe', 'Monday'];
    expect(nameWrittenInText('harborledger', runs)).toBe('The Harbor Ledger');
    expect(nameWrittenInText('harborledger', ['Harbor Bridge'])).toBeNull();
    // "… covers the statehouse for The Harbor Ledger. Reach him …": the name ends before the sentence does.
    expect(nameWrittenInText('harborledger', ['The Harbor Ledger. Reach'])).toBe('The Harbor Ledger');
  });

  it.each([
    ['Example Gazette', true],
    ['KXYZ', true],
    ['News 7', true],
    ['The Balance', true],
    ['Lumen Biometrics', false],
    ['Football', false],
  ])('%s looks like an outlet: %s', (name, expected) => {
    expect(looksLikeOutlet(name)).toBe(expected);
  });
});

describe('names a page gives its site beside other lines', () => {
  it('takes no donation button for the masthead ("Support the Ledger")', () => {
    const page = [
      'Skip to main content',
      'Support the Ledger',
      'Fund independent journalism from £4 a month',
      'The Example Ledger',
      'News   Opinion   Sport   Culture',
      HEADLINE,
      PROSE,
    ].join('\n');
    expect(outletOf(page)).toBe('The Example Ledger');
  });

  it("spells out a station's initials by the name below them, its frequency set aside, and shows both", () => {
    const page = ['Skip to content', 'EPR', 'Example Public Radio 91.5 FM', 'News   Arts   Podcasts', HEADLINE, PROSE];
    expect(outletOf(page.join('\n'))).toBe('Example Public Radio (EPR)');
  });

  it('names a release by the body its closing notes say is at work ("… Association represents …")', () => {
    const page = [
      HEADLINE,
      'FOR IMMEDIATE RELEASE',
      PROSE,
      "The Example Musicians' Association represents professional musicians in the Example area.",
      '###',
    ].join('\n\n');
    expect(outletOf(page)).toBe("The Example Musicians' Association");
  });

  it('finds a domain\'s name in the text when the domain adds a word to it ("dirtlinemag")', () => {
    expect(nameWrittenInText('dirtlinemag', ['Dirt Line'])).toBe('Dirt Line');
    expect(nameWrittenInText('newsmag', ['News'])).toBeNull();
  });
});

describe('an author in front matter', () => {
  const parsed = (author: string) =>
    parseFile({ file: 'release.md', raw: `---\ntitle: ${HEADLINE}\nauthor: ${author}\n---\n\n${PROSE}\n` }, undefined);

  it('is the outlet when it names a body ("… Health Authority"), which no domain or page line outranks', () => {
    expect(parsed('Example Regional Health Authority')).toMatchObject({
      outlet: 'Example Regional Health Authority',
      outletOrigin: 'front-matter',
    });
  });

  it('is a person otherwise, the outlet only where nothing else names one', () => {
    expect(namesBody('Jane Roe')).toBe(false);
    const page = `---\nauthor: Jane Roe\n---\n\n${HEADLINE}\n\nBy Jane Roe | Example Ledger\n\n${PROSE}\n`;
    expect(parseFile({ file: 'story.md', raw: page }, undefined).outlet).toBe('Example Ledger');
  });
});

describe('a document opening on the name of a body', () => {
  it.each([
    ['EXAMPLE COUNTY COUNCIL\nCABINET -- 15 APRIL 2026', 'Example County Council'],
    ['MINISTRY OF EXAMPLE RESOURCES\nFisheries Management Division', 'Ministry of Example Resources'],
  ])("%s is that body's", (top, outlet) => {
    expect(outletOf(`${top}\n\n${HEADLINE}\n\n${PROSE}`)).toBe(outlet);
  });

  it('is told from a person by the kind of body its name says', () => {
    expect(namesBody('Diocese of Example')).toBe(true);
    expect(namesBody('Example County Council')).toBe(true);
    // Its words may be joined by "and", as a trust's often are.
    expect(namesBody('Tamsett and Example Hospitals NHS Foundation Trust')).toBe(true);
    expect(namesBody('Jane and John')).toBe(false);
  });
});

describe('a memo or briefing note', () => {
  const memo = (from: string): string =>
    `# ${HEADLINE}\n\nFrom: ${from}\nTo: Town council members\nDate: 11 March 2026\n\n${PROSE}`;

  it("is its writer's where nothing names a site, past their party, their body and their division", () => {
    const from = 'Cllr Jane Roe (Independent), Example County Council – Riverside division';
    expect(outletOf(memo(from), 'note.md')).toBe('Cllr Jane Roe');
    expect(outletOf(memo('Jane Roe (Headteacher)'), 'note.md')).toBe('Jane Roe');
  });

  it('needs its "To:" line: a "From:" line alone is a sentence of the story', () => {
    const page = `${HEADLINE}\n\nFrom: the mayor's office, a statement\n\n${PROSE}`;
    expect(outletOf(page, 'note.md')).toBeNull();
  });
});

describe("a magazine's blurb closing its page", () => {
  it("names the magazine beside a dash, before its copyright line's company", () => {
    const footer = 'Example Flow – the magazine for refrigeration engineers. © 2026 Example Flow Media Ltd.';
    const raw = `---\ntitle: "${HEADLINE}"\nauthor: Jane Roe\n---\n\n${PROSE}\n\n${footer}\n`;
    expect(parseFile({ file: '2026-03-20-marina.md', raw }, undefined).outlet).toBe('Example Flow');
  });
});

describe("a newsstand's copy of a paper's story", () => {
  it("is the paper's, not the newsstand's that heads it and distributed it", () => {
    const page = [
      'ExampleReader',
      'Example Chronicle (Northern Edition) · 5 Mar 2026 · 7',
      HEADLINE,
      PROSE,
      'This article appeared in Example Chronicle (Northern Edition), 2026-03-05, Page 7',
      'Printed and distributed by ExampleReader',
    ].join('\n\n');
    expect(outletOf(page)).toBe('Example Chronicle');
  });
});

describe("a broadcaster's mark of one initial and TV", () => {
  it('stands for the name below it', () => {
    const page = `Skip to main content\n\nETV\nExample Television\n\nHome   News   Sport   Weather\n\n${HEADLINE}\n\n${PROSE}`;
    expect(outletOf(page)).toBe('Example Television (ETV)');
  });
});

describe("a letterhead breaking a body's name over two lines", () => {
  it('is the whole name', () => {
    const page = `Example and Vale Hospitals\nNHS Trust\n\nReport to: Trust Board\n\n${HEADLINE}\n\n${PROSE}`;
    expect(outletOf(page)).toBe('Example and Vale Hospitals NHS Trust');
  });
});

describe("a meeting's transcript", () => {
  it('is the body its title opens on, where nothing else names one', () => {
    const page = `Example Parish Council Extraordinary Meeting\n\n0:00:41\nCllr Jane Roe\n\n${PROSE}`;
    expect(outletOf(page, 'Example Parish Council Extraordinary Meeting transcript.txt')).toBe(
      'Example Parish Council',
    );
  });
});

describe("a site's search box", () => {
  it('names the site among the lines above its menu ("Search Hansard" under "UK Parliament", "Hansard")', () => {
    const top =
      'Skip to main content\nUK Parliament\nHansard\nSearch Hansard\nCommons   Lords   Written questions   Divisions';
    expect(outletOf(`${top}\n\n${HEADLINE}\n\n${PROSE}`)).toBe('Hansard');
  });
});

describe('a consent banner above the masthead', () => {
  it("is the site's, with its choices beside its buttons: the masthead and headline are below it", () => {
    const banner = 'We and our partners use cookies to personalise content and measure audiences.';
    const page = `${banner}\nAccept all   Reject all   Preferences\n\nExample 104.2\n\n${HEADLINE}\n\n${PROSE}`;
    const meta = inferMetadata(splitBlocks(page), { file: 'page.txt', title: null, url: null, authors: [] });
    expect(meta).toMatchObject({ outlet: 'Example 104.2', title: HEADLINE });
  });
});

describe("a blog post's file", () => {
  it('named by its date before its slug names no site; the author in its front matter is its outlet', () => {
    const raw = `---\ntitle: "She's home (sort of)"\nauthor: "Jane Roe"\n---\n\n${PROSE}\n`;
    expect(parseFile({ file: '2026-03-22-shes-home-sort-of.md', raw }, undefined)).toMatchObject({
      outlet: 'Jane Roe',
    });
  });
});

describe('mastheads set in other ways', () => {
  it('with a small "the" ("the Example Herald") over the date strip and menu', () => {
    const top = [
      'the Example Herald',
      "Tuesday, 10 March 2026   |   Today's paper   |   Log in",
      'NEWS   BUSINESS   SPORT',
    ];
    expect(outletOf([...top, HEADLINE, PROSE, '© Example Herald Media Group 2026'].join('\n'))).toBe(
      'The Example Herald',
    );
  });

  it('as a broadcaster\'s mark over its name ("EVTV" over "ExampleVale Today"), shown with it', () => {
    const page = ['EVTV', 'ExampleVale Today', 'Home   News   Weather   Sport', HEADLINE, PROSE];
    expect(outletOf(page.join('\n'))).toBe('ExampleVale Today (EVTV)');
  });

  it("a release's notes telling when its issuer was founded", () => {
    const notes = "1. The Example Fishermen's Association was founded in 1978. It represents 164 vessels.";
    expect(outletOf(['PRESS RELEASE', HEADLINE, PROSE, 'ENDS', 'Notes to editors', notes].join('\n\n'))).toBe(
      "The Example Fishermen's Association",
    );
  });
});

describe('more mastheads and names a page gives its site', () => {
  it('below a second skip link ("Skip to footer")', () => {
    const top = [
      'Skip to content',
      'Skip to footer',
      'The Example Courier',
      'Your town. Your paper. Since 1871',
      'Subscribe from £1 a week   |   Log in',
      "Home   News   Sport   Business   What's On   Property   Jobs   Family Notices   e-Paper",
    ];
    const page = [...top, HEADLINE, 'By Jane Roe', PROSE, '© 2026 Example Courier Media Ltd. All rights reserved.'];
    expect(outletOf(page.join('\n\n'))).toBe('The Example Courier');
  });

  it('as its initials and its name side by side ("EWB  Example Wold Broadcasting")', () => {
    const page = [
      'Skip to content',
      'EWB  Example Wold Broadcasting',
      'Home   News   Sport   Weather',
      HEADLINE,
      PROSE,
    ];
    expect(outletOf(page.join('\n'))).toBe('Example Wold Broadcasting (EWB)');
  });

  it("in a newsletter's blurb opening its post", () => {
    const blurb = '*Gate Example is a reader-supported newsletter about the money in professional sport.*';
    const body = [`# ${HEADLINE}`, '**Jane Roe** · May 6, 2026', blurb, ...Array(8).fill(PROSE)].join('\n\n');
    const raw = `---\ntitle: ${HEADLINE}\nauthor: Jane Roe\n---\n\n${body}\n`;
    expect(parseFile({ file: 'post.md', raw }, undefined).outlet).toBe('Gate Example');
  });

  it("under a phone's share line, as an article pasted into a note is", () => {
    const link = 'https://www.exampleexaminer.example/society/2026/apr/17/story';
    const page = [
      'Shared from Examiner News',
      'The Example Examiner',
      link,
      HEADLINE,
      'Jane Roe',
      ...Array(8).fill(PROSE),
    ];
    expect(outletOf([...page, 'Sent from my iPhone'].join('\n\n'))).toBe('The Example Examiner');
  });

  it('of a printed report whose running header is spaced like a menu', () => {
    const header = 'EIB Bulletin: S3/2026                    HVL-0417                    EIB-2026-0112';
    const pages = [PROSE, header, PROSE.replace('5-2', '6-1'), header, PROSE.replace('5-2', '4-3'), header];
    const page = [header, 'Example Investigation Branch', 'Example Aerodrome', 'SPECIAL BULLETIN', ...pages];
    expect(outletOf(page.join('\n\n'))).toBe('Example Investigation Branch');
  });
});

describe('the names documents and brands give themselves', () => {
  it('a brand written as one word ("ExampleburyLive") over its menu', () => {
    const top = ['Skip to main content', 'Skip to footer', 'ExampleburyLive', 'NewsExamplebury NewsCrimeSport'];
    expect(outletOf([...top, HEADLINE, 'By Jane Roe', ...Array(6).fill(PROSE)].join('\n\n'))).toBe('ExampleburyLive');
  });

  it("a court's heading ('IN THE COURT OF APPEAL (CIVIL DIVISION)')", () => {
    const top = ['IN THE COURT OF APPEAL (CIVIL DIVISION)', 'Mrs Justice Faraday', '15 October 2026', 'PRESS SUMMARY'];
    expect(outletOf([...top, ...Array(6).fill(PROSE)].join('\n\n'))).toBe('Court of Appeal');
  });

  it('a body set beside what the document is ("Example Geological Society – March lecture")', () => {
    const top = [`# ${HEADLINE}`, '**Example Geological Society – March evening lecture, summary of the talk**'];
    expect(outletOf([...top, ...Array(6).fill(PROSE)].join('\n\n'), 'talk.md')).toBe('Example Geological Society');
  });
});

describe('an issuer named by a logo over two lines, an agency by its copy, a newsletter by its issue', () => {
  it('a logo in capitals over two lines, as the text writes the name', () => {
    const top = ['BRINDLE', 'PARKING SOLUTIONS', '3 Foundry Yard, Exampleton EX7 2DP', 'STATEMENT'];
    const page = [
      ...top,
      `Brindle Parking Solutions has run the car parks since 2019. ${PROSE}`,
      ...Array(6).fill(PROSE),
    ];
    expect(outletOf(page.join('\n\n'))).toBe('Brindle Parking Solutions');
  });

  it('a logo in capitals over two lines above its menu of services, its address and contacts', () => {
    const top = [
      'BRINDLE',
      'PARKING SOLUTIONS',
      'Car park management  |  Healthcare  |  Retail  |  Leisure',
      '3 Foundry Yard, Carrow, Kestershire KS4 7DP',
      'T: 0330 412 7780   E: press@brindle.example   www.brindle.example',
      'STATEMENT',
      '14 November 2026',
      'Statement on the fire at the Station Road car park',
    ];
    const page = [...top, `Brindle Parking Solutions has run the car park since 2019. ${PROSE}`, PROSE, PROSE];
    expect(outletOf(page.join('\n\n'))).toBe('Brindle Parking Solutions');
  });

  it("a release opening on its label, its issuer's name under it, then its address, the release line and date", () => {
    const headline = 'MUSEUM TO KEEP THE TILLY FARM HOARD AS THE COUNTY AGREES TO BUY IT';
    const page = [
      'PRESS RELEASE',
      'Wenford Museum and Art Gallery',
      'Castle Walk, Wenford, Kestershire KS1 2DW',
      'For immediate release',
      'Thursday 12 November 2026',
      headline,
      'The museum will show the 212 silver coins in a new gallery from the spring, its director said on Thursday.',
      PROSE,
    ];
    const meta = inferMetadata(splitBlocks(page.join('\n\n')), {
      file: 'release.txt',
      title: null,
      url: null,
      authors: [],
    });
    expect(meta).toMatchObject({ outlet: 'Wenford Museum and Art Gallery', title: headline, published: '2026-11-12' });
  });

  it("a wire agency's name beside its copy's length", () => {
    const top = ['COURTS DOG ATTACK (SENTENCE)', 'FOR USE AFTER 1530 FRIDAY 12 JUNE 2026'];
    const page = [...top, 'Example Court Reporting - 492 words', 'By Jane Roe', 'KINGSMERE, Friday.', PROSE];
    expect(outletOf([...page, ...Array(6).fill(PROSE)].join('\n\n'))).toBe('Example Court Reporting');
  });

  it("a newsletter's name and number opening its title", () => {
    const raw = `---\ntitle: "Example Weekly #212: ${HEADLINE}"\nauthor: Jane Roe\n---\n\n${PROSE}\n`;
    expect(parseFile({ file: 'example-weekly-212.md', raw }, undefined).outlet).toBe('Example Weekly');
  });

  it("a newsletter's name and number opening a document's title line, set off by a dash", () => {
    const page = [
      'Example Weekly #148 — Harbor item (FINAL, sent)',
      'Friday, May 1, 2026',
      'By Jane Roe',
      PROSE,
      PROSE,
    ];
    expect(outletOf(page.join('\n\n'))).toBe('Example Weekly');
  });

  it('… with the article its masthead line gives it', () => {
    const page = [
      'Example Weekly #148 — Harbor item (FINAL, sent)',
      'THE EXAMPLE WEEKLY',
      'Issue 148 · Friday, May 1, 2026',
    ];
    expect(outletOf([...page, 'By Jane Roe', PROSE, PROSE].join('\n\n'))).toBe('The Example Weekly');
  });

  it("a clipped page's site, from the name its address spells, not the byline's author", () => {
    const credit = 'Volunteers at the shelter. Photograph: Jo Bloggs/The Example Clarion';
    const url = 'https://www.exampleclarion.co.uk/news/2026/mar/15/story';
    const raw = `---\ntitle: ${HEADLINE}\nsource_url: ${url}\nauthor: Jane Roe\n---\n\n${credit}\n\n${PROSE}\n`;
    expect(parseFile({ file: 'story.md', raw }, undefined).outlet).toBe('The Example Clarion');
  });
});
