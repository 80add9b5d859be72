import { describe, expect, it } from 'vitest';
import { authorsOf, readEntry, relatedEntries, splitFrontMatter } from '../../src/corpus/front-matter.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { CorpusFileError } from '../../src/errors.ts';

const file = `---
title: "Amazon suspends police use"
excerpt: "Police departments use Rekognition."
publishedDateTime: 2020-06-10T22:17:00Z
webUrl: "https://www.example.com/story"
ampWebUrl: "https://www.example.com/story?amp"
published: false
quality: 65
heat: -1
secured: "KNwdXEH9ZTnW18ZUseoeVTGVOlzwsb4X=="
provider:
  name: Example News
  domain: example.com
images:
  - url: "https://img.example.com/a.jpg"
related:
  - title: "Microsoft declines to sell"
    excerpt: "Microsoft Corp said on Thursday it would not sell."
    publishedDateTime: 2020-06-11T17:56:00Z
    webUrl: "https://www.reuters.com/article/x"
    provider: { name: Reuters, domain: reuters.com }
  - title: "A listing whose link points elsewhere"
    webUrl: "https://docs.aws.amazon.com/page"
    provider: { name: TheStreet.com, domain: thestreet.com }
---
Body text.
`;

describe('splitFrontMatter', () => {
  it('parses YAML front matter and returns the body after it', () => {
    const { data, body } = splitFrontMatter(file, 'a.md');
    expect(data?.title).toBe('Amazon suspends police use');
    expect(body).toBe('Body text.\n');
  });

  it('leaves files without front matter alone', () => {
    expect(splitFrontMatter('Just text.\n---\nmore', 'b.txt')).toEqual({ data: null, body: 'Just text.\n---\nmore' });
  });

  it('names the file and line of broken YAML', () => {
    expect(() => splitFrontMatter('---\ntitle: "open\nquote: [\n---\nbody', 'bad.md')).toThrow(
      /bad\.md: front matter is not valid YAML at line \d+/,
    );
  });

  it('reports front matter that never closes', () => {
    const error = (() => {
      try {
        splitFrontMatter('---\ntitle: x\nbody', 'open.md');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CorpusFileError);
    expect((error as CorpusFileError).code).toBe('CORPUS_FILE_INVALID');
  });
});

describe('readEntry', () => {
  const { data } = splitFrontMatter(file, 'a.md');

  it('reads title, excerpt, date, URL and outlet, ignoring AMP links, images, secured, quality and heat', () => {
    expect(readEntry(data)).toEqual({
      title: 'Amazon suspends police use',
      sender: null,
      excerpt: 'Police departments use Rekognition.',
      published: '2020-06-10',
      saved: null,
      url: 'https://www.example.com/story',
      outlet: 'Example News',
      problems: [],
    });
  });

  it.each(['published_on', 'publishedOn', 'post_date', 'release-date', 'dateIssued', 'pubDate', 'date_published'])(
    'reads the date under %s, however the exporter writes the key',
    (key) => {
      expect(readEntry({ title: 'A headline', [key]: '2025-07-30' })?.published).toBe('2025-07-30');
    },
  );

  it.each(['source_site', 'sourceName', 'publisher_name', 'website'])(
    'reads the outlet under %s, however the clipper writes the key',
    (key) => {
      expect(readEntry({ title: 'A headline', [key]: 'Sound & Shore' })?.outlet).toBe('Sound & Shore');
      expect(readEntry({ title: 'A headline', [key]: 'https://soundandshore.example/' })?.outlet).toBeNull();
    },
  );

  it('reads each related entry as its own article', () => {
    const [reuters, mislinked] = relatedEntries(data!).map(readEntry);
    expect(reuters).toMatchObject({
      outlet: 'Reuters',
      title: 'Microsoft declines to sell',
      published: '2020-06-11',
      url: 'https://www.reuters.com/article/x',
    });
    // A link to another site than the outlet's would send readers to the wrong page: it is dropped, with a reason.
    expect(mislinked?.url).toBeNull();
    expect(mislinked?.problems[0]).toMatch(/not on thestreet\.com/);
  });

  it("takes a clipped page's title apart from the site's name after it, and the name for the outlet", () => {
    expect(readEntry({ title: 'Council delays the marina vote again – The Example Ledger' })).toMatchObject({
      title: 'Council delays the marina vote again',
      outlet: 'The Example Ledger',
    });
    // A title whose last words after a dash are no outlet's name keeps them.
    expect(readEntry({ title: 'Council delays the marina vote – again' })?.title).toBe(
      'Council delays the marina vote – again',
    );
  });

  it("titles a newsletter's exported issue by its subject line", () => {
    expect(readEntry({ subject: 'The rescore, by the numbers', publish_date: '2026-06-19' })).toMatchObject({
      title: 'The rescore, by the numbers',
      published: '2026-06-19',
    });
  });

  it('keeps apart when a clipper saved the page from when it went out', () => {
    expect(readEntry({ title: 'A headline', created: '2026-04-28T16:20:00-05:00' })).toMatchObject({
      published: null,
      saved: '2026-04-28',
    });
  });

  it('ignores wrongly typed fields instead of failing the file', () => {
    expect(readEntry({ title: 42, excerpt: 'Still usable.', provider: 'not an object' })).toMatchObject({
      title: null,
      excerpt: 'Still usable.',
      outlet: null,
    });
  });
});

describe('TOML front matter ("+++" lines, as Hugo and Zola export it)', () => {
  const toml = `+++
title = "Five hours in the dark"
date = 2026-03-11T06:00:00+02:00
draft = false

[author]
name = "Bongani Pretorius"
+++

On Monday morning the exchange stopped trading.
`;

  it('is read like YAML: the title, the date, and the body after it', () => {
    const { data, body } = splitFrontMatter(toml, 'explainer.md');
    expect(readEntry(data)).toMatchObject({ title: 'Five hours in the dark', published: '2026-03-11' });
    expect(body.trim()).toBe('On Monday morning the exchange stopped trading.');
  });

  it("gives the author Hugo keeps under a page's own [params]", () => {
    const { data } = splitFrontMatter(
      '+++\ntitle = "Appeal launched"\n[params]\nauthor = "Diocese of Example"\n+++\nBody.\n',
      'a.md',
    );
    expect(authorsOf(data!)).toEqual(['Diocese of Example']);
  });

  it('that is broken fails the file with the line and the fix', () => {
    expect(() => splitFrontMatter('+++\ntitle = "open\n+++\nBody.\n', 'bad.md')).toThrow(/not valid TOML at line/);
  });
});

describe("pandoc's title block", () => {
  it('gives the title, the first author and the date of the "%" lines a converted file opens with', () => {
    const raw =
      '% Marina Vote: Briefing for the Committee\n% Example County Council; Jane Roe\n% 24 March 2026\n\nBody.';
    expect(splitFrontMatter(raw, 'briefing.md')).toEqual({
      data: {
        title: 'Marina Vote: Briefing for the Committee',
        author: 'Example County Council',
        date: '24 March 2026',
      },
      body: 'Body.',
    });
  });

  it('is no title block when a "%" line is a figure opening a paragraph', () => {
    expect(splitFrontMatter('%20 of the vote went to the mayor.\nThe rest split.', 'note.md').data).toBeNull();
  });
});

describe('the headers of an email saved as text', () => {
  const mail = [
    'From:\tOrder Flow by Ilse Marais <ilse@orderflow.example>',
    'Sent:\tThursday, 12 March 2026 06:30',
    'To:\tThabo Khumalo <thabo@inbox.example>',
    'Subject:\tOrder Flow #212: Five hours in the dark',
    '',
    'Good morning, and welcome to the new subscribers.',
  ].join('\r\n');

  it('give the title (the subject), the date sent and the newsletter that sent it, and are not body text', () => {
    const { data, body } = splitFrontMatter(mail, 'order-flow.txt');
    expect(readEntry(data)).toMatchObject({
      title: 'Order Flow #212: Five hours in the dark',
      published: '2026-03-12',
      outlet: 'Order Flow',
    });
    expect(body.trim()).toBe('Good morning, and welcome to the new subscribers.');
  });

  it("name no outlet when the sender is only a person, and are not read in a text that doesn't open with them", () => {
    const { data } = splitFrontMatter(mail.replace('Order Flow by Ilse Marais', 'Ilse Marais'), 'mail.txt');
    expect(readEntry(data)?.outlet).toBeNull();
    expect(splitFrontMatter(`A story.\n\n${mail}`, 'story.txt').data).toBeNull();
  });

  it("as a feed reader exports an item: its feed's name the outlet, its title, link and date", () => {
    const item = [
      'Feed: Example Dairy Review — News',
      'Title: Creamery fined over fish kill',
      'Link: https://www.dairyreview.example/news/fined',
      'Published: Thu, 04 Feb 2027 09:30:00 GMT',
      'Author: Rhys Penhallow',
      '',
      'The creamery has been fined.',
    ].join('\n');
    expect(readEntry(splitFrontMatter(item, 'feed.txt').data)).toMatchObject({
      outlet: 'Example Dairy Review',
      title: 'Creamery fined over fish kill',
      published: '2027-02-04',
      url: 'https://www.dairyreview.example/news/fined',
    });
  });

  it("as a newsgroup's post is saved with its Usenet headers: the group is where it was published", () => {
    const post = [
      'Path: news.example!not-for-mail',
      'From: Martin Example <m.example@news.example>',
      'Newsgroups: uk.rec.climbing,uk.local.example',
      'Subject: Re: Zip wire operator fined',
      'Date: Sun, 17 May 2026 21:43:07 +0100',
      'Organization: Example Usenet Service',
      'Lines: 66',
      'Message-ID: <v3k9qe$2f1r$1@news.example>',
      'References: <v3ih7a$1t0c$1@news.example>',
      'Mime-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8; format=flowed',
      'User-Agent: Mozilla Thunderbird',
      'NNTP-Posting-Date: Sun, 17 May 2026 20:43:07 -0000',
      'Xref: news.example uk.rec.climbing:104773',
      '',
      'The cable had worn through on the middle tower.',
    ].join('\n');
    expect(readEntry(splitFrontMatter(post, 'post.txt').data)).toMatchObject({
      outlet: 'uk.rec.climbing',
      title: 'Re: Zip wire operator fined',
      published: '2026-05-17',
      sender: 'Martin Example',
    });
  });

  it("name the sender who is no outlet as the source to fall back on (a surgery's mail to its patients)", () => {
    const surgery = mail.replace('Order Flow by Ilse Marais', 'Example Road Surgery');
    expect(readEntry(splitFrontMatter(surgery, 'mail.txt').data)).toMatchObject({
      outlet: null,
      sender: 'Example Road Surgery',
    });
  });

  it('keep being read past headers a client adds, title an issue by its first story, and may name the sender', () => {
    const listMail = mail
      .replace('Order Flow by Ilse Marais', 'Civic Wire')
      .replace('Subject:', 'List-Unsubscribe:\t<https://orderflow.example/u>\r\nSubject:')
      .replace('in the dark', 'in the dark | Rates cap bill clears first reading');
    expect(readEntry(splitFrontMatter(listMail, 'mail.txt').data)).toMatchObject({
      title: 'Order Flow #212: Five hours in the dark',
      outlet: 'Civic Wire',
    });
  });
});

describe('a forwarded newsletter, printed from a webmail and saved as text', () => {
  const print = [
    '20/01/2026, 09:14                Gmail - Fwd: Kelsby Notes #47: The salt ran out',
    '',
    'Gmail                                                        Sam Okafor <sam.okafor@mail.example>',
    '',
    'Fwd: Kelsby Notes #47: The salt ran out',
    '1 message',
    '',
    'Dee Marsh <dee.marsh@mail.example>                                    20 January 2026 at 08:40',
    'To: Sam Okafor <sam.okafor@mail.example>',
    '',
    'Thought you would want this one for Thursday. Dee',
    '',
    'Sent from my iPhone',
    '',
    '---------- Forwarded message ---------',
    'From: Kelsby Notes <kelsbynotes@substack.com>',
    'Date: Tue, 20 Jan 2026 at 07:02',
    'Subject: Kelsby Notes #47: The salt ran out',
    'To: <dee.marsh@mail.example>',
    '',
    'The county depot at Kelsby ran out of road salt on Monday night, the highways team confirmed.',
    '',
    'Gritters were sent to the Wenbridge depot instead, adding an hour to each round.',
    '',
  ].join('\n');

  it("is read by the forwarded message's headers, and the print's header and the forwarder's note are no text", () => {
    const { data, body } = splitFrontMatter(print, 'Gmail - Fwd_ Kelsby Notes 47.txt');
    expect(readEntry(data)).toMatchObject({
      title: 'Kelsby Notes #47: The salt ran out',
      published: '2026-01-20',
      sender: 'Kelsby Notes',
    });
    expect(body.trim()).toMatch(/^The county depot at Kelsby ran out of road salt/u);
    expect(body).not.toMatch(/Thought you would want|Sent from my iPhone|Forwarded message/u);
    expect(parseFile({ file: 'Gmail - Fwd_ Kelsby Notes 47.txt', raw: print }, undefined).outlet).toBe('Kelsby Notes');
  });
});
