import { describe, expect, it } from 'vitest';
import { leadsOf, analyzeFor, rankFor } from '../../src/answer/answer-question.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// Two outlets on one story; the Planet's sentence shares more of the question's words than Wired's does.
const PLANET = `---
outlet: Daily Planet
title: City pauses use of the Argus scanner
published: 2024-05-02
---

The city paused its use of the Argus licence plate scanner on Tuesday, a tool the police chief described as vital.

The pause will last six months while the council writes rules for the scanner.
`;
const WIRED = `---
outlet: Wired
title: A city hits pause on its plate readers
published: 2024-05-03
---

Officials have stopped using the Argus scanner, which critics call the most invasive surveillance gadget the city owns.

The council will write rules for it over the next six months.
`;

const FILES = { 'planet-argus.md': PLANET, 'wired-argus.md': WIRED };
const corpus = useCorpusEngine(FILES);
const built = useCorpusIndex(FILES);

describe('a question that names an outlet is answered from that outlet', () => {
  // Whether two short articles answer at all is the confidence model's call; which outlet leads is this rule's.
  it('"how did wired describe the scanner" names Wired though typed in lower case, and only Wired leads', () => {
    const question = 'how did wired describe the scanner?';
    const leads = leadsOf(rankFor(built.index, question), analyzeFor(built.index, question));
    expect(new Set(leads.map((c) => c.source.outlet))).toEqual(new Set(['Wired']));
    expect(leads[0]?.passage.text).toContain('most invasive surveillance gadget');
  });

  it('without an outlet named, the closer words win', async () => {
    const answer = await corpus.engine.ask('how was the scanner described?');
    expect(answer.citations[0]?.outlet).toBe('Daily Planet');
  });
});

// A station's name carries its channel number; the question names it as readers do, without.
const STATION = `---
outlet: KRVN 6 News
title: Live updates on the Riverton bus breakdowns
published: 2024-05-04
---

Riverton Transit says 41 buses were parked by Wednesday after the brake recall.
`;
const PAPER = `---
outlet: Daily Planet
title: Riverton parks its buses
published: 2024-05-04
---

Riverton Transit parked 38 buses by Wednesday, the Planet has learned.
`;
const reported = useCorpusIndex({ 'krvn-buses.md': STATION, 'planet-buses.md': PAPER });

describe('"per KRVN" says who reported what is asked', () => {
  const question = 'per KRVN, how many buses were parked by wednesday';

  it('names the outlet "KRVN 6 News" without its channel number', () => {
    const leads = leadsOf(rankFor(reported.index, question), analyzeFor(reported.index, question));
    expect(new Set(leads.map((c) => c.source.outlet))).toEqual(new Set(['KRVN 6 News']));
  });

  it("owns nothing: a count the sentence gives of another body is not ruled someone else's", () => {
    const leads = leadsOf(rankFor(reported.index, question), analyzeFor(reported.index, question));
    expect(leads[0]?.passage.text).toContain('41 buses');
    expect(leads[0]?.relation.link).not.toBe(-1);
  });
});

// Two outlets on one story, one named by readers for the last words of its name; a blog post is no outlet.
const COURIER = `---
outlet: The Alder Falls Courier
title: Council delays vote on the Argus scanner
published: 2024-05-06
---

The council delayed its vote on the Argus scanner by a month, a step the mayor called prudent.
`;
const BLOG = `---
outlet: Harbor tech blog
title: Scanner maker answers its critics
published: 2024-05-07
---

In a blog post, the maker of the Argus scanner said the council's vote was delayed by a month.

The blog called the delay a rare win for privacy advocates.
`;
const PRESS = `---
outlet: Harbor Valley Press
title: Mayor defends scanner delay
published: 2024-05-08
---

The mayor defended the month's delay at a news conference, saying the council needed time.
`;
const SHORT = { 'courier-argus.md': COURIER, 'blog-argus.md': BLOG, 'press-argus.md': PRESS };
const short = useCorpusIndex(SHORT);
const outletsLeading = (question: string): Set<string> =>
  new Set(leadsOf(rankFor(short.index, question), analyzeFor(short.index, question)).map((c) => c.source.outlet));

describe('an outlet named by the last words of its name, as readers do, where no other outlet shares them', () => {
  it('"the courier" is The Alder Falls Courier, "the tech blog" Harbor tech blog', () => {
    expect(outletsLeading('what did the courier say about the vote delay')).toEqual(
      new Set(['The Alder Falls Courier']),
    );
    expect(outletsLeading('how did the tech blog describe the vote delay')).toEqual(new Set(['Harbor tech blog']));
  });

  it('"the blog post", a phrase of the articles, and "the press conference", one of English, name no outlet', () => {
    expect(outletsLeading('what did the blog post say about the vote delay')).toEqual(
      new Set(['The Alder Falls Courier', 'Harbor tech blog', 'Harbor Valley Press']),
    );
    expect(outletsLeading('what did the mayor say about the delay at the press conference')).toContain(
      'Harbor Valley Press',
    );
    expect(outletsLeading('what did the mayor say about the delay at the press conference').size).toBeGreaterThan(1);
  });
});

const DECISION = `---
outlet: Harbor Rowing Federation
title: Decision in the case of Mira Velde
published: 2024-06-02
---

The athlete is declared ineligible for a period of two years from 1 June 2024.
`;
const REPORT = (outlet: string, sentence: string): string => `---
outlet: ${outlet}
title: Velde banned
published: 2024-06-03
---

${sentence}

The federation said the ruling followed a hearing in May.
`;
const ACTOR = {
  'decision.md': DECISION,
  'courier.md': REPORT('The Alder Falls Courier', 'The federation banned Mira Velde for two years on Sunday.'),
  'press.md': REPORT('Harbor Valley Press', 'Velde was banned by the federation for two years, the federation said.'),
};
const actor = useCorpusIndex(ACTOR);

describe('an outlet whose short name is an actor in the coverage ("the federation" that issued a decision)', () => {
  it('does not keep the answer to its own document: the others tell what it did', () => {
    const question = 'how long is the ban the federation gave velde';
    const leads = leadsOf(rankFor(actor.index, question), analyzeFor(actor.index, question));
    expect(new Set(leads.map((c) => c.source.outlet))).toContain('The Alder Falls Courier');
  });
});

const BULLETIN = `---
outlet: Ministry of Agriculture and Rural Affairs
title: Spring frost declared a calamity
published: 2026-05-06
---

The Minister has recognised the frost as an agricultural calamity and announced a support package of $42 million.

The Ministry said growers can apply online until 30 June, and the Ministry will pay within weeks.
`;
const NEWS = `---
outlet: The Corlay Gazette
title: Growers count the cost of the frost
published: 2026-05-04
---

Growers said any aid package would have to be larger than the one offered after the 1991 frost.
`;
const bodies = useCorpusIndex({ 'bulletin.md': BULLETIN, 'news.md': NEWS });

describe('a body named "<head> of …" that publishes its own release', () => {
  it('is "the ministry" in a question: its release speaks for it', () => {
    const question = 'what was the size of the aid package the ministry announced?';
    const leads = leadsOf(rankFor(bodies.index, question), analyzeFor(bodies.index, question));
    expect(leads[0]?.source.outlet).toBe('Ministry of Agriculture and Rural Affairs');
    expect(leads[0]?.features.names).toBe(1);
  });
});

// A transit body's own page, its initials shown after its name, beside a paper's report on its drivers.
const AUTHORITY = `---
outlet: Example Regional Transit Authority (ERTA)
title: Service alerts
published: 2024-05-04
---

All routes are running on a Sunday schedule while the drivers' contract talks go on.
`;
const DRIVERS_REPORT = `---
outlet: Daily Planet
title: Bus drivers reject contract offer
published: 2024-05-04
---

Local 1287 of the Amalgamated Transit Union, which represents the authority's 900 bus drivers, rejected the offer.
`;
const withAuthority = useCorpusIndex({ 'erta-alerts.md': AUTHORITY, 'planet-drivers.md': DRIVERS_REPORT });

describe("initials shown after an outlet's name", () => {
  it('name the body in a question ("the ERTA\'s bus drivers"), not the outlet to answer from', () => {
    const question = "which union represents the ERTA's bus drivers?";
    const leads = leadsOf(rankFor(withAuthority.index, question), analyzeFor(withAuthority.index, question));
    expect(leads[0]?.source.outlet).toBe('Daily Planet');
  });
});

// A ministry's own summary beside a paper's report naming its minister.
const SUMMARY = `---
outlet: Ministry of Example Resources
title: Summary of consultation responses
published: 2024-05-04
---

The catch limit for the coming season will be 3,850 tonnes.
`;
const MINISTER = `---
outlet: Daily Planet
title: Skippers meet the minister
published: 2024-05-05
---

The Minister for Example Resources, Fergal Strand, met the skippers on Thursday.
`;
const withMinistry = useCorpusIndex({ 'summary.md': SUMMARY, 'planet-minister.md': MINISTER });

describe("a body's name before a person's role", () => {
  it('asks whose role it is ("the example resources minister"), not what the body\'s own page says', () => {
    const question = 'who is the example resources minister';
    const leads = leadsOf(rankFor(withMinistry.index, question), analyzeFor(withMinistry.index, question));
    expect(leads[0]?.passage.text).toContain('Fergal Strand');
  });
});
