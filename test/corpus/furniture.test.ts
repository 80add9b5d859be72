import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { cutCaption } from '../../src/corpus/captions.ts';
import { classifyBlocks, furnitureOf, type BlockVerdict } from '../../src/corpus/furniture.ts';

describe('furnitureOf: page furniture recognized by its own text', () => {
  it.each([
    ['cookie-notice', 'Utilizamos cookies, próprios e de terceiros, para garantir a melhor experiência de navegação.'],
    [
      'cookie-notice',
      'Caso não concorde com o uso cookies dessa forma, você deverá ajustar as configurações de seu navegador.',
    ],
    [
      'cookie-notice',
      'We use cookies to improve your experience on our site. By continuing you accept our cookie policy.',
    ],
    [
      'cookie-notice',
      'Usamos cookies propias y de terceros. Si continúa navegando en nuestro sitio, acepta nuestra política de cookies.',
    ],
    ['skip-link', 'Skip To Content'],
    ['skip-link', 'Skip to main content'],
    ['skip-link', 'Skip Navigation'],
    ['skip-link', 'Skip over navigation'],
    ['page-chrome', 'Enlarge Icon'],
    ['page-chrome', 'Toggle caption'],
    ['page-chrome', 'Menu'],
    ['page-chrome', 'View this email in your browser'],
    // A site's tagline under its name; a shopping site's note on how links pay it; a paywall's meter.
    ['page-chrome', 'Rivets & Example · a gemlog about old aeroplanes and the places they ended up'],
    ['advertisement', 'Advertising disclosure: Example Money may earn a commission from some links on this page.'],
    ['promo', 'Subscriber content · You are reading 1 of 2 free articles this month'],
    ['widget', 'You are receiving this because you subscribed to the Harbor Brief.'],
    ['editor-note', 'This article originally appeared in the Harbor Ledger on June 3, 2024.'],
    ['page-chrome', 'Toggle navigation'],
    ['page-chrome', 'Search'],
    ['photo-credit', 'Jason Cairnduff / Reuters'],
    ['photo-credit', 'AP'],
    ['photo-credit', 'Photo: Getty Images'],
    [
      'widget',
      'What is your take? Do mention your views in the comment section below. For more news subscribe to our newsletter from here',
    ],
    ['widget', 'Want to respond? Send a letter to the editor (250 words or fewer) to letters@example.com.'],
    ['widget', 'Notify of'],
    ['widget', 'View all comments'],
    ['widget', 'About Author'],
    ['widget', 'Have a news tip? Email newsdesk@example.com or call our newsroom at 555-0100.'],
    ['dateline', 'Posted on June 10, 2020, at 6:18 p.m. ET'],
    ['editor-note', 'This article was updated to include a response from Amazon.'],
    // A page saved as text labels its images and buttons in brackets.
    ['advertisement', '[Advertisement]'],
    ['cookie-notice', 'Cookies on EBN'],
    ['page-chrome', 'Search Examplenews'],
    // A paper's header: its skip links, its links to its other businesses, its appeal for readers' money.
    ['skip-link', 'Skip to key events'],
    ['page-chrome', 'Print subscriptions'],
    ['page-chrome', 'Search jobs'],
    ['promo', 'Support the Ledger: fund fearless, independent journalism. Support us →'],
    ['promo', 'Fund our independent journalism from just £2 a month'],
    ['share', '[Share on Facebook] [Share on X] [Email this article]'],
  ])('%s: %s', (kind, text) => {
    expect(furnitureOf(text)).toBe(kind);
  });

  it.each([
    'Spokespeople for IBM and Amazon declined to comment.',
    'When reached for comment, an Amazon spokesperson said, "We’re not answering any further questions at this time."',
    'A woman wears a mask during a Black Lives Matter protest in Centenary Square in Birmingham, England.',
    'In this Oct. 31 photo, a man has his face painted to represent efforts to defeat facial recognition.',
    'The company also owns Ring, which has been developing its own proprietary facial recognition technology since 2016.',
    '[A pewter pilgrim badge in the shape of a scallop shell, one of the finds]',
    'Search continues',
    'Cookies on the menu were a hit',
    // A live story's timed update is news; a fine that is part of a sanction is no site's owner.
    'UPDATE 6.40pm: Example Electricity Networks said engineers had finished replacing the first cable.',
    'The fine is part of the sanction the regulator imposed on Monday.',
    // Dashes around an aside, and a prize that pays a fee, are reporting.
    'The council — a body of 40 members — met on Tuesday to decide the plan.',
    'Winners may receive a fee of £500 for their entry, the organisers said.',
  ])('keeps reporting and captions: %s', (text) => {
    expect(furnitureOf(text)).toBeNull();
  });
});

describe('classifyBlocks: furniture that needs the whole page or corpus', () => {
  const page = [
    'Harbor Bridge Will Close',
    'caption: Workers inspect the cables. The inspection found corrosion.',
    'Enlarge Icon',
    'Workers inspect the cables. The inspection found corrosion.',
    'The bridge will close for repairs.',
    'A Times investigation, based on thousands of documents.',
    'Why you can trust us',
    'Be ready for the challenge',
  ].join('\n');
  const verdicts = classifyBlocks(splitBlocks(page), {
    title: 'Harbor Bridge Will Close',
    repeated: new Set(['a times investigation, based on thousands of documents.']),
  });
  const kinds = verdicts.map((v) => [v.block.text, v.furniture]);

  it('keeps a caption once, without its "caption:" label, and drops the repeat', () => {
    expect(kinds[1]).toEqual(['Workers inspect the cables. The inspection found corrosion.', null]);
    expect(kinds[3]![1]).toBe('duplicate');
  });

  it('drops the title line, promos repeated across documents, and trailing fragments', () => {
    expect(kinds[0]![1]).toBe('title');
    expect(kinds[5]![1]).toBe('repeated-across-documents');
    expect(kinds[6]![1]).toBe('trailing-fragment');
    expect(kinds[7]![1]).toBe('trailing-fragment');
  });

  it('keeps the article prose', () => {
    expect(kinds[4]).toEqual(['The bridge will close for repairs.', null]);
  });

  it('keeps offsets pointing at the caption text itself', () => {
    const caption = verdicts[1]!.block;
    expect(page.slice(caption.start, caption.end)).toBe(caption.text);
  });
});

describe('furnitureOf: each kind of site furniture, by its shape', () => {
  it.each([
    ['navigation', 'Home | City | Schools | Business | Opinion | Print Edition'],
    ['navigation', 'Watch Live • News • Weather • Traffic'],
    ['navigation', 'Sign in | Subscribe'],
    // A footer's long row of links, two of them longer than a header's buttons.
    ['navigation', 'About us   Contact us   Advertise   Jobs   Terms & conditions   Privacy notice   How to complain'],
    // Copied as text, a menu keeps only the gaps between its items.
    ['navigation', 'Home  Local  Weather  Health  Sports  Watch Live  Contact Us'],
    ['navigation', 'Menu   Search   Log in   Subscribe from $1 a week'],
    ['navigation', 'News   Weather   Traffic   7 On Your Side   Sports   Community   Video'],
    ['page-chrome', '•\tTweet'],
    ['banner', 'Thursday, March 12, 2026 · 4°C, light rain'],
    ['page-chrome', 'Copy link'],
    ['page-chrome', 'Listen to this article (5 min)'],
    // A player's label after its play symbol.
    ['page-chrome', '▶ Listen: the campaign chair speaks to us after the vote (2:14)'],
    // Two header buttons with a wide gap between, and a note app's link to the page it clipped.
    ['navigation', 'Menu   Search'],
    // A rule drawn in characters between a text's parts.
    ['page-chrome', '=================================================='],
    ['page-chrome', '* * *'],
    ['link-line', 'Source URL: https://www.example.com/news/2026/06/11/council-fined'],
    // A reader-funded site's membership pitch.
    [
      'promo',
      'Example Now is independent and reader-funded. Become a member from £4 a month: https://example.com/join',
    ],
    ['widget', 'Comments are closed for this article.'],
    // A market ticker's strip of quotes.
    ['widget', 'HARROWMERE ALL-SHARE  1,842.6  -0.4%    ALDWING  60.60  -5.6%    CROWN/EUR  11.42  +0.1%'],
    ['widget', 'HX25 1,842.17 ▼ 1.9%   KKr/USD 9.412 ▲ 0.3%   Brent 71.84 ▼ 0.6%   10Y Gov 2.91% ▲ 0.04'],
    ['widget', 'Prices: Haddock £2.41/kg ▲  Cod £3.12/kg ▼  Mackerel £1.06/kg ▲  Prawns £7.85/kg —'],
    // A broadcaster's strip of labelled updates, and a board paper's item number in its corner.
    [
      'widget',
      'Traffic: Via Aurelia Nuova closed southbound at Porta Salina until 10:00 | Weather: 19°C, sunny spells',
    ],
    ['page-chrome', 'Agenda item: 9.2'],
    // A paper's slogan under its masthead, and a printed front page's index and weather boxes.
    ['page-chrome', 'Serving Example City and Example County since 1885'],
    ['page-chrome', "EXAMPLE CITY'S DAILY NEWSPAPER SINCE 1894"],
    [
      'widget',
      'INSIDE: Obituaries A5 | Opinion A8 | Sports B1 | Classified B6\nWEATHER: Cloudy, high 41, low 29. Details, B8.',
    ],
    [
      'widget',
      "INSIDE: Dunleavy opens season at home Saturday, B1 |\nTannery District: what's there now, A6 | Obituaries, B6",
    ],
    // Lines of furniture set without a blank line between them.
    ['page-chrome', 'Serving Example City since 1885\nWEDNESDAY, AUGUST 26, 2026 · VOL. 141, NO. 238 · $2.00'],
    ['navigation', 'About the Tribune | Jobs | Place an Ad | Site Terms | Privacy'],
    ['breadcrumb', 'News › Transportation'],
    ['breadcrumb', 'Sport > Rugby > Club news'],
    ['page-chrome', 'Accessibility help'],
    ['comment-count', '48.2K subscribers'],
    ['breadcrumb', "Home / World News / Halvard postpones senior exams, orders inquiry after student's heatstroke"],
    ['banner', '▶ LISTEN LIVE Now: The Breakfast Show with Kofi & Jen'],
    ['banner', 'This article is more than 1 month old'],
    ['promo', 'Support the Ledger'],
    ['dateline', 'Published: 02/04/2026 09:15'],
    // A dotted date alone is no phone number.
    ['dateline', '09.03.2026'],
    // A site's picker of local news.
    ['page-chrome', 'Your area: Holderby & Example   Change'],
    ['photo-credit', 'Courtesy of Example Brewery'],
    ['photo-credit', 'Image source: Example News'],
    // A social post's counts, alone on their lines once their buttons' icons are gone.
    ['comment-count', '6'],
    ['comment-count', 'Thread 48.2K views'],
    // A station's player.
    ['page-chrome', 'Now playing: Bore Da Example with Aled & Meinir'],
    // A reporter's name and job on a line of their own.
    ['byline', 'Tom Example, Technical Editor'],
    ['byline', 'Words: Nadia Example, Senior Reporter'],
    // A call for readers' stories, a newsletter box's small print, the site's owner and its tags.
    ['widget', 'Have you been affected by the evacuation? Email newsdesk@example.com or message us on WhatsApp.'],
    ['widget', 'By signing up you agree to our privacy notice.'],
    ['copyright', 'Example Mercury is part of Eastshore Media Group.'],
    ['navigation', 'Tags: Example harbour   Holderby Police   Second World War'],
    ['navigation', 'Keywords: Example Brewery, Stannerby, brewery, beer, recall'],
    // A live story's timed note on the article itself.
    ['editor-note', 'UPDATE 21:37: This article has been updated with the latest figures from the council.'],
    // A consent banner's heading, its buttons and the consent framework's wording without the word "cookie".
    ['cookie-notice', 'We value your privacy'],
    ['cookie-notice', 'ACCEPT   MANAGE OPTIONS'],
    ['cookie-notice', '[Accept all]  [Reject all]  [Manage options]'],
    // … with a bare choice beside a button, and a banner saying only what the cookies are for.
    ['cookie-notice', 'Accept all   Reject all   Preferences'],
    ['cookie-notice', 'I Accept   Show Purposes   More Options'],
    ['cookie-notice', 'We and our partners use cookies to personalise content and measure audiences.'],
    [
      'cookie-notice',
      'We and our 143 partners store and access information on your device to deliver personalized ads.',
    ],
    [
      'cookie-notice',
      'We use cookies to personalise content and ads. By continuing to browse you agree to our use of them.',
    ],
    // A forum's trail points back to its index; a button drawn in brackets is read for its label.
    ['breadcrumb', 'Board index ‹ Local issues ‹ Council & politics'],
    ['navigation', '[ Menu ]   City   Region   Economy   Justice   Culture   Sport'],
    ['share', 'Share this story: Facebook Twitter LinkedIn Email'],
    ['share', 'Share: Facebook | X | Reddit | Email | Print'],
    // A press release's contacts, and a station's live stream above its story.
    ['page-chrome', 'Media contact: Ruth Castellane, communications director'],
    ['page-chrome', '(555) 014-2290 | press@rnalocal412.example'],
    ['page-chrome', 'LISTEN LIVE  ·  Valley Morning with Ana Whitfield'],
    // … an issuer's address on one line, closing on a postcode or a state and ZIP code, and a contact line whose
    // web address is the site's bare name.
    ['page-chrome', 'Castle Walk, Wenford, Kestershire KS1 2DW'],
    ['page-chrome', '200 Main St, Carrow Falls, OH 43001'],
    ['page-chrome', 'T: 0330 412 7780   E: press@brindle.example   www.brindle.example'],
    // A mail archive's and a blog's pagers, a newsletter's link to its post, and a feed's closing line.
    ['page-chrome', 'Previous message: [Fendry-Birds] Rubythroat at Millpond Lane'],
    ['page-chrome', 'Next message: [Fendry-Birds] Parking at Millpond Lane'],
    ['page-chrome', 'Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]'],
    ['page-chrome', 'Newer Post Older Post Home'],
    ['page-chrome', 'View this post on the web at https://kelsbynotes.substack.com/p/the-salt-ran-out'],
    ['page-chrome', 'Privacy notice: Newsletters may contain info about charities, online ads, and paid content.'],
    ['page-chrome', 'The post Salt stocks run low as the cold sets in appeared first on Local Roads Journal.'],
    ['share', 'Share   Tweet   Email   Print'],
    ['share', 'Share on Facebook   Share on X   Email this story'],
    ['share', 'Facebook Twitter LinkedIn Email'],
    ['advertisement', 'Advertisement'],
    ['advertisement', 'ADVERTISEMENT'],
    ['advertisement', 'Sponsored content'],
    ['advertisement', 'Story continues below advertisement'],
    ['comment-count', '15 Comments'],
    ['comment-count', 'Comments (8)'],
    ['comment-count', '1,204 comments | Sign in to join the conversation'],
    ['copyright', '© 2025 Harbinger Publishing Co. All rights reserved.'],
    ['copyright', 'Copyright 2025 Sunbelt Broadcasting, Inc. All rights reserved.'],
    ['copyright', 'This story may not be reproduced or redistributed without permission.'],
    ['dateline', 'Mar 05, 2025'],
    ['dateline', 'Published 8:05 a.m. CT Feb. 4, 2025 | Updated 11:40 a.m. CT Feb. 4, 2025'],
    ['dateline', 'Updated 9:10 a.m. ET March 9, 2025'],
    ['byline', 'By Lena Hartwig | Bayview Tribune'],
    ['byline', '*By Priya Shah, Riverbend Public Radio*'],
    ['byline', '(Reporting by Anna Kovacs; Editing by Tom Bell)'],
    ['editor-note', 'This article has been updated to add the ferry schedule.'],
    ['editor-note', 'Correction: An earlier version misstated the number of sailings.'],
    ['editor-note', "Editor's note: This article is part of a series on island transport."],
    ['related-heading', 'Related'],
    ['related-heading', 'Read more:'],
    ['related-heading', 'RELATED STORIES'],
    ['related-heading', 'Most Read'],
    ['related-heading', 'More from the Tribune'],
    ['related-link', 'Read more: Council approves new marina fees'],
    ['promo', 'Get the Morning Tide newsletter, delivered at dawn. Sign up'],
    ['promo', 'Download the WKRP 7 News app for radar, alerts and every newscast.'],
    ['promo', 'Subscriber exclusive: read every story for $2 a month. Subscribe now'],
    ['promo', 'SUBSCRIBE: Unlimited digital access for 99 cents. Already a subscriber? Log in'],
    ['promo', 'Never miss a match: get the Terrace Talk newsletter every Friday. Sign up'],
    ['promo', 'Listen to the Ferry Lines podcast on your favorite app.'],
    ['promo', 'Turn on alerts for ferry news? Maybe later | Yes'],
    ['promo', 'Example Radio is listener-supported. Support our journalism: donate today.'],
    ['banner', 'SEVERE WEATHER ALERT: Wind advisory for Grandville County until 9 p.m.'],
    ['banner', 'LIVE NOW: Evening newscast'],
    ['banner', 'WATCH: Guild members explain why they walked out (1:52)'],
    ['section-label', 'TRANSPORTATION'],
    ['section-label', 'LOCAL NEWS'],
    ['subheading', '## Why weekends?'],
    ['link-line', 'https://www.example.com/news/ferry-cuts'],
    ['link-line', 'URL: https://www.example.com/news/ferry-cuts'],
    ['link-line', 'Unsubscribe: https://email.example.com/u/preferences?e=k%40mail.example'],
    ['link-line', 'View in browser: https://example.com/briefing/2026-09-18'],
    ['photo-credit', '(Photo: Omar Reyes/Bayview Tribune)'],
    ['photo-credit', 'Tribune photo by Omar Reyes'],
    ['photo-credit', 'Example Images'],
    ['cookie-notice', 'Our site relies on cookies for analytics and ads. Learn about our cookie policy. [OK]'],
    ['page-chrome', '[Got it]'],
    // A chat's export: a channel's header, a message's stamp and poster, its reactions, the app's notices.
    ['page-chrome', 'Guild: Example Community'],
    ['page-chrome', 'After: 07/03/2026 00:00'],
    ['page-chrome', '[07/03/2026 09:14] wharfside_pete'],
    ['page-chrome', '{Reactions}'],
    ['page-chrome', '👀 (3) ❤️ (2)'],
    ['page-chrome', 'Exported 15 message(s)'],
    ['page-chrome', ':eyes: 3'],
    ['page-chrome', ':fire: 5  :raised_hands: 3'],
    ['page-chrome', 'Jo Example joined #newsdesk.'],
    ['page-chrome', '[14/09/2024, 18:02:11] Example Residents: Messages and calls are end-to-end encrypted.'],
    ['page-chrome', '[04/03/2026, 03:04:30] Dan Roe: image omitted'],
  ])('%s: %s', (kind, text) => {
    expect(furnitureOf(text)).toBe(kind);
  });

  it.each([
    'The authority expects to restore full service by June, once a class of 12 trainees finishes its certification.',
    'The school district canceled its bus-tracking subscription, which cost $18,200 a year.',
    'Residents can sign up for text alerts on the county website, officials said.',
    'Share prices rose 4% on Tuesday.',
    // A consent banner's choices only beside one of its buttons; the partners of a story are no banner's.
    'Preferences   Settings',
    'The council and its partners will personalise the support on offer to each household.',
    'Related charges were dropped in May.',
    'By Tuesday, the council had voted 5-0.',
    'Updated figures from the county show 88 permits were issued.',
    'Grandville library workers end 12-day strike with 4.5% raise',
    'Senator presses  Velantis over  Cholvena price',
    // A title-case headline split by stray gaps is no menu, though one of its parts is four words long.
    'Council  Votes To Close  Seven Of Its Libraries  After Review',
    '“Sign up for the alerts,” the mayor urged.',
    'Residents who have a tip about the fire should call the hotline, police said.',
    'Contact with the crew was lost at 4:12 p.m., the coast guard said.',
    'ALDWING fell 5.6% to 60.60 and the ALL-SHARE index 0.4%.',
    'Shares rose +3.2% and bonds -1.1% on Monday',
    // A station's call letters and frequency beside its name: its masthead, no menu.
    'KEPR 89.7 FM  |  Example Public Radio',
    'Listen live to the council meeting tonight, the mayor urged residents on Monday.',
    // A postcode inside a sentence is no address line; a message or a post told of is no pager.
    'He lives in Leeds, near LS1 4AB',
    'The next message from the council came on Friday.',
    'Older posts on the forum were deleted in March.',
    // A sentence wrapped over lines ends as one; a weather strip does not.
    'pier has cooled to 18.1°C.',
    // A message is the poster's words; the poster's name and time only lead it.
    '[07/03/2026 09:14] Dan Roe: the pumps are running again at Pelsby',
    'The contract was signed before: 12 firms had bid for it.',
    // A chat app's notice only as the app writes it: a story telling of group chats is reporting.
    'The residents created group chats to share news of the flood.',
  ])('keeps reporting and headlines: %s', (text) => {
    expect(furnitureOf(text)).toBeNull();
  });
});

describe('classifyBlocks: page furniture found by position and context', () => {
  const page = [
    'Skip to content',
    'Example Tribune',
    'Home | Local | Sports | Opinion',
    'CITY HALL',
    'Ferry service cut to twice daily',
    'Crew shortage forces the authority to drop four sailings',
    'By JANE ROE',
    'Staff Writer',
    'Mar 05, 2025',
    'Jane Doe / Example Images',
    'The Island Runner leaves the terminal on Monday morning.',
    '',
    'BAYVIEW, Ore. (Example Wire) — The transit authority will cut ferry service from six sailings a day to two.',
    '',
    'Commuters waited in the rain. (Photo: Omar Reyes/Example Tribune)',
    '',
    'Related',
    'Council approves marina fees',
    'Opinion: The ferry is a lifeline. Fund it.',
    '',
    'The authority expects to restore full service by June.',
    '',
    'Jane Roe is a transportation reporter for the Example Tribune. Contact her at jroe@example.com.',
    'Example Tribune is a nonprofit newsroom serving the bay.',
    'Why you can trust us',
  ].join('\n');
  const title = 'Ferry service cut to twice daily';
  const verdicts = classifyBlocks(splitBlocks(page), { title, repeated: new Set() });
  const verdict = (start: string) => verdicts.find((v) => v.block.text.startsWith(start))!;

  it('treats everything above the headline as the site header, and the headline line as the title', () => {
    expect(verdict('Example Tribune').furniture).toBe('page-header');
    expect(verdict('CITY HALL').furniture).toBe('section-label');
    expect(verdict('Ferry service cut').furniture).toBe('title');
  });

  it("marks the standfirst between headline and byline, and the byline's second line", () => {
    expect(verdict('Crew shortage')).toMatchObject({ furniture: null, role: 'standfirst' });
    expect(verdict('Staff Writer').furniture).toBe('byline');
  });

  it('marks a caption by the credit above it, and cuts an inline credit off a caption', () => {
    expect(verdict('Jane Doe / Example Images').furniture).toBe('photo-credit');
    expect(verdict('The Island Runner')).toMatchObject({ furniture: null, role: 'caption' });
    const inline = verdict('Commuters waited');
    expect(inline).toMatchObject({ furniture: null, role: 'caption' });
    expect(inline.block.text).toBe('Commuters waited in the rain.');
    expect(page.slice(inline.block.start, inline.block.end)).toBe('Commuters waited in the rain.');
  });

  it('cuts a "Courtesy …" credit off a caption, and so tells the caption from a headline', () => {
    const text = "The brewery's filler, pictured before the recall. Courtesy Example Brewery";
    const cut = cutCaption({ start: 0, end: text.length, text, afterBlank: true });
    expect(cut).toMatchObject({
      isCaption: true,
      block: { text: "The brewery's filler, pictured before the recall." },
    });
  });

  it('cuts the wire dateline off the lede, keeping offsets into the page', () => {
    const lede = verdict('The transit authority will cut');
    expect(page.slice(0, lede.block.start)).toMatch(/BAYVIEW, Ore\. \(Example Wire\) — $/u);
    expect(page.slice(lede.block.start, lede.block.end)).toBe(lede.block.text);
  });

  it('drops the link list after a "Related" heading, even titles with periods', () => {
    expect(verdict('Related').furniture).toBe('related-heading');
    expect(verdict('Council approves marina fees').furniture).toBe('link-list');
    expect(verdict('Opinion: The ferry').furniture).toBe('link-list');
    expect(verdict('The authority expects')).toMatchObject({ furniture: null, role: 'body' });
  });

  it("drops the author bio, the site's blurb and trailing fragments after the last paragraph", () => {
    expect(verdict('Jane Roe is a').furniture).toBe('author-bio');
    expect(verdict('Example Tribune is a nonprofit').furniture).toBe('site-blurb');
    expect(verdict('Why you can trust us').furniture).toBe('trailing-fragment');
  });

  it('drops a short unpunctuated heading between paragraphs of prose, but not a list item or a closing line', () => {
    const prose = (what: string) =>
      `${what} said the agreement takes effect only once the members ratify it in a vote at the union hall on Saturday.`;
    const lines = [
      prose('The union'),
      '',
      'Raises and split shifts',
      '',
      prose('The agency'),
      '',
      '- Raises of 14.5% over three years',
      '',
      prose('The mediator'),
      '',
      'Service resumes Saturday',
    ];
    const verdicts = classifyBlocks(splitBlocks(lines.join('\n')), { title: null, repeated: new Set() });
    const kind = (start: string) => verdicts.find((v) => v.block.text.startsWith(start))!.furniture;
    expect(kind('Raises and split shifts')).toBe('subheading');
    expect(kind('- Raises of 14.5%')).toBeNull();
    expect(kind('The agency said')).toBeNull();
    expect(kind('Service resumes Saturday')).not.toBe('subheading');
  });

  it('drops a notice above the headline with the rest of the header', () => {
    const notice =
      "Notice: The Ledger's newsroom is working from the library during the flood. Our print edition is suspended " +
      'and all stories are free online.';
    const verdicts = pageVerdicts(['Example Ledger', '', notice, '', FERRY_HEADLINE, '', FERRY_LEDE]);
    expect(kindOf(verdicts, 'Notice:')).toBe('page-header');
    expect(kindOf(verdicts, FERRY_HEADLINE)).toBe('title');
    expect(kindOf(verdicts, 'The transit authority')).toBeNull();
  });

  it('drops a heading, or a run of buttons, between short one-sentence paragraphs as news writes them', () => {
    const lines = [
      'The Harbor Street bridge will close for six weeks starting April 1.',
      '',
      'Follow us',
      'Save',
      'Print this page',
      '',
      'The repairs will cost $4.2 million, city engineer Tom Alvarez said.',
      '',
      'Still closed, and still waiting',
      '',
      'Detours will add about 10 minutes to commutes, Alvarez said.',
    ];
    const verdicts = classifyBlocks(splitBlocks(lines.join('\n')), { title: null, repeated: new Set() });
    const kind = (start: string) => verdicts.find((v) => v.block.text.startsWith(start))!.furniture;
    for (const line of ['Follow us', 'Save', 'Print this page', 'Still closed']) expect(kind(line)).toBe('subheading');
    for (const line of ['The Harbor', 'The repairs', 'Detours']) expect(kind(line)).toBeNull();
  });

  it('marks the caption beside a credit: after it when the credit comes first, else the shorter line beside it', () => {
    const roles = (...lines: string[]) =>
      classifyBlocks(splitBlocks(lines.join('\n')), { title: null, repeated: new Set() }).map((v) => v.role);
    const caption = 'A crowd gathers at the terminal.';
    const body = 'The ferry left at noon on Monday.';
    expect(roles('Jane Doe / AP', caption, body)).toEqual(['body', 'caption', 'body']);
    expect(roles(`caption: ${caption}`, 'AP', body)).toEqual(['caption', 'body', 'body']);
    // A credit between a caption and the lede is the shorter one's: the lede goes on for a sentence or two more.
    const lede = `${body} About 150 riders waited for it at the pier, and the line said more sailings would follow.`;
    expect(roles(caption, 'Jane Doe/AP', lede)).toEqual(['caption', 'body', 'body']);
  });
});

describe('a caption a saved page writes in brackets', () => {
  it('is a caption, read without its brackets, label and credit, so it is never an answer', () => {
    const line = '[Photo: The Island Runner leaves the terminal on Monday morning. Example Tribune / Omar Reyes]';
    const [verdict] = classifyBlocks(splitBlocks(line), { title: 'Ferry cut', repeated: new Set() });
    expect(verdict).toMatchObject({ role: 'caption' });
    expect(verdict!.block.text).toBe('The Island Runner leaves the terminal on Monday morning.');
    expect(line.slice(verdict!.block.start, verdict!.block.end)).toBe(verdict!.block.text);
  });

  it('while another bracketed note stays what it was', () => {
    const [verdict] = classifyBlocks(splitBlocks("[Editor's note: The ferry schedule was corrected on Tuesday.]"), {
      title: 'Ferry cut',
      repeated: new Set(),
    });
    expect(verdict?.role).not.toBe('caption');
  });
});

describe('a credit at the end of a caption', () => {
  const caption = 'Commuters waited in the rain.';
  it.each([
    ' (Photo: Ann Lee/Ledger)',
    ' (KXYZ News 7 / Ann Lee)',
    ' Photo: Ann Lee / Ledger',
    ' Photograph: Ann Lee',
    ' Ledger photo by Ann Lee',
    ' | Credit: Ann Lee / Ledger',
    ' Ann Lee / Ledger',
  ])('is cut off: %s', (credit) => {
    const text = `${caption}${credit}`;
    const cut = cutCaption({ start: 0, end: text.length, text, afterBlank: true });
    expect(cut).toMatchObject({ isCaption: true, block: { text: caption, start: 0, end: caption.length } });
  });

  it('is not found in prose that only looks like it', () => {
    const text = 'The ferry, which left at noon, carried 40 people by the pier (and their bikes).';
    expect(cutCaption({ start: 0, end: text.length, text, afterBlank: true }).isCaption).toBe(false);
  });
});

const FERRY_HEADLINE = 'Ferry service cut to twice daily';
const FERRY_LEDE =
  'The transit authority will cut ferry service to twice daily from Monday, its director said on Friday.';

/** The verdicts on a page written as lines, under its headline (or none), and the furniture a line starts. */
const pageVerdicts = (lines: readonly string[], title: string | null = FERRY_HEADLINE) =>
  classifyBlocks(splitBlocks(lines.join('\n')), { title, repeated: new Set() });
const kindOf = (verdicts: readonly BlockVerdict[], start: string) =>
  verdicts.find((v) => v.block.text.startsWith(start))?.furniture;

describe('the lede after a summary or a caption', () => {
  it('loses its dateline, as a lede right under the headline does', () => {
    const lines = [
      FERRY_HEADLINE,
      '',
      'Riders on the island route face longer waits from Monday as the crew shortage drags on',
      '',
      'BAYVIEW, Ore. (Example Wire) — The transit authority will cut ferry service to twice daily from Monday, its ' +
        'director said on Friday.',
    ];
    const verdicts = pageVerdicts(lines);
    const lede = verdicts.find((v) => v.block.text.includes('transit authority'))!;
    expect(lede.block.text).toMatch(/^The transit authority will cut/u);
    expect(kindOf(verdicts, 'Riders')).toBeNull();
  });
});

describe('a byline written without "By"', () => {
  it('is a name over a job title, and neither line is reporting', () => {
    const lines = [FERRY_HEADLINE, '', 'Jane Roe-Okafor', 'Senior Transport Correspondent', '', FERRY_LEDE];
    const verdicts = pageVerdicts(lines);
    expect(kindOf(verdicts, 'Jane Roe-Okafor')).toBe('byline');
    expect(kindOf(verdicts, 'Senior Transport Correspondent')).toBe('byline');
    expect(kindOf(verdicts, 'The transit authority')).toBeNull();
  });
});

describe('a quotation set as a heading between paragraphs', () => {
  const prose = (what: string) =>
    `${what} said the agreement takes effect only once the members ratify it in a vote at the union hall on Saturday.`;
  const kind = (heading: string) =>
    kindOf(pageVerdicts([prose('The union'), '', heading, '', prose('The mediator')], null), heading);

  it.each(["'A deal we can live with'", "Mediator: 'Both sides gave ground'", '“Not a victory”'])(
    'is a subheading: %s',
    (heading) => expect(kind(heading)).toBe('subheading'),
  );

  it('while a quoted sentence stays reporting', () => {
    expect(kind('"We will vote on Saturday."')).toBeNull();
  });
});

describe("the author's name over the outlet and the date", () => {
  it('is a byline, while a name that reports stays', () => {
    const lines = [
      'THE HARBOR LEDGER',
      '',
      FERRY_HEADLINE,
      '',
      'Jane Roe-Okafor',
      'The Harbor Ledger',
      'Published 7:45 p.m. ET Jun. 3, 2024',
      '',
      FERRY_LEDE,
    ];
    const verdicts = pageVerdicts(lines);
    expect(kindOf(verdicts, 'Jane Roe-Okafor')).toBe('byline');
    expect(kindOf(verdicts, 'The transit authority')).toBeNull();
  });
});

describe('a link to a clip among the paragraphs', () => {
  it.each(['Video: Shop owners worry about a long bridge closure', 'Listen: The mayor on the ferry budget'])(
    'is page furniture: %s',
    (line) => expect(furnitureOf(line)).toBe('page-chrome'),
  );

  it('while a sentence after such a word is reporting', () => {
    expect(furnitureOf('Watch: the council will vote on the plan on Tuesday.')).toBeNull();
  });
});

describe("a heading in capitals below the article's first paragraph", () => {
  const prose = 'The council voted 5-2 on Tuesday to delay the marina plan again, the third delay this year, and';
  const mail = [
    'Council delays the marina vote again',
    `${prose} the harbour board said it would not wait for a fourth.`,
    "WHAT YOU CAN'T DO DURING THE BAN",
    'Watering a garden or allotment, including with a sprinkler.',
    'KS26028, KS26029, KS26030, KS26031, KS26033, KS26034, KS26035, KS26036, KS26037, KS26038',
    'EXEMPTIONS - YOU CAN STILL USE A HOSEPIPE IF:',
    `${prose} the mayor said the vote would be held in May.`,
  ].join('\n\n');
  const headings = () =>
    classifyBlocks(splitBlocks(mail), { title: null, repeated: new Set() })
      .filter((v) => v.furniture === 'subheading')
      .map((v) => v.block.text);

  it('names what follows, it reports nothing; a list of codes in capitals is content', () => {
    expect(headings()).toEqual(["WHAT YOU CAN'T DO DURING THE BAN", 'EXEMPTIONS - YOU CAN STILL USE A HOSEPIPE IF:']);
  });
});
