import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../src/corpus-index.ts';
import { reliabilityRows } from '../src/eval/calibration.ts';
import { loadEvalSet } from '../src/eval/eval-set.ts';
import { corpusFolderOf, loadEvalSets } from '../src/eval/eval-sets.ts';
import { evaluate, type ItemResult } from '../src/eval/evaluate.ts';

// Floors under today's dev scores (see the README's answer-quality table): a change that loses answers or starts
// answering what the coverage does not say fails here before it reaches a user. A newly added set that starts below
// the default gets a floor under its first score: the school week's (an FAQ, a podcast page, a paywall) and the gear
// maker's (an earnings call, a markets brief, business words WordNet does not link: "bring in", "sacked", "EPS"),
// and the fare rise's (a staff report's tables, a transit authority's alerts, a board's votes and amendments); the
// salmon escape's, the vaccine fridge's and the ferry price war's (figures revised article after article, a
// newsletter's items, a mail to patients quoting a report), and the reservoir drought's (a weather blogger's table of
// months, a written question in parliament, levels corrected after the fact), and the seal deaths' and the university
// merger's (a count revised six times, a mailing list's thread; an intranet page, a lecturer's note, a staff FAQ),
// and the wage theft's, the chip export ban's and the pilots' strike's (a city page credited to its department, a
// note with an article pasted under it, "net sales" for revenue, a newsletter's estimates beside an analyst's), and
// the stock market debut's (a market's words: "pop", "where did it close", "greenshoe", "left on the table"), and
// the tied council seat's (a count's words: "spoilt" for rejected, "went up" for rose, an agent who is unnamed), and
// the lottery syndicate's (a judgment's numbered paragraphs, a chat export, "the guy who ran it" for its organiser),
// and the mobile network outage's (a figure revised three times, "hit by" for the coverage's "affected"), and the
// level crossing death's (a coroner's report wrapped as its PDF was, a tribute page, a curator's magazine of cards),
// and the baggage backlog's, the trail dispute's and the lifeboat station's (right sentences shown too unsure, a
// forum's "bride" and "dad" for people the coverage names, a meeting's transcript cited by its council), and the
// charity shop painting's (a register's and an auction lot's figures in label and value, shown too unsure), and the
// cash machine ram raid's, the crossing patrols' and the pantomime star's (right sentences shown too unsure, a bus
// "between the two" villages the question names, an actor named before only as "the 44-year-old"), and the missing
// dog's and the wartime wreck's (a phone's message export, a gemlog, right sentences shown too unsure).
const PASS_FLOOR: Readonly<Record<string, number>> = {
  bundled: 0.8,
  'fare-hike': 0.475,
  'four-day-week': 0.475,
  'gear-maker-cuts': 0.475,
  'salmon-escape': 0.525,
  'vaccine-fridge': 0.5,
  'ferry-price-war': 0.525,
  'reservoir-drought': 0.45,
  'seal-deaths': 0.5,
  'university-merger': 0.45,
  'wage-theft': 0.5,
  'chip-export-ban': 0.45,
  'pilot-strike': 0.525,
  'ipo-debut': 0.5,
  'election-tie': 0.5,
  'lottery-syndicate-dispute': 0.525,
  'mobile-network-outage': 0.5,
  'level-crossing-death': 0.525,
  'baggage-backlog': 0.525,
  'trail-access-dispute': 0.5,
  'lifeboat-station-closure': 0.525,
  'charity-shop-painting': 0.525,
  'cash-machine-ram-raid': 0.525,
  'crossing-patrols-cut': 0.525,
  'pantomime-star-exit': 0.425,
  'missing-dog-found': 0.5,
  'wartime-plane-wreck': 0.5,
};
const DEFAULT_PASS_FLOOR = 0.55;
const MAX_ANSWERED_UNANSWERABLE = 4;
// A set added blind starts where its first score is: the bus crash's near misses (a student's age for the band
// director's, another case's court for the judge asked) are answered six times in ten, the work of a later round;
// so are the earthquake's and the recall's (a governor's party, a city manager, a judge the coverage never names),
// and the school week's (a superintendent's salary, a survey month, high school scores of tests given to K-8), and
// the chess scandal's (last year's winner, a round's pairing, the hotel a player stayed in), the nurses' strike's, and
// the crypto exchange's and the app ban's (a failed lender's customers, a law's other sentence, another country's
// users), the avalanche's and the museum's (one gallery's cost of a combined figure, a speed limit never given, an
// airline never named, an abstaining trustee), the port strike's and the tram derailment's, and the bird flu cull's
// and the referee scandal's (one farm's flock of a group's total, a show's new date when it is only postponed, the
// other match's yellow cards), and the metro dig's (a women's share of the skeletons, a machine's maker, a depth the
// platforms will have), and the fare rise's (a hearing's date where only a deadline is given, how the chair voted,
// what the mayor said). The port strike's sixth (a mediator's pay) came with reading "500 crowns" as a sum, which
// answered three other questions. So do the observatory's, the expenses scandal's, the whale stranding's and the
// ferry price war's (a rescue offer's term in years, a by-election never called, a boat never named, a rival's loss
// never given), and the tax bills', the marathon's, the pier fire's and the fire station's (a credit union's members,
// the course record before the one voided, a pier's length, the year another station was built), and the school
// roof's and the hospital parking's (a councillor's ward, a builder's founding year, a trust's deficit, a firm's
// staff), and the ice rink's, the care agency's and the university merger's (a rearranged game's score, the 2012
// compressors' cost, an agent's name, a director's start year, a vote and a ballot's dates, a website's designer),
// and the royalty suit's, the wage theft's, the chip export ban's and the pilots' strike's (a label's founder, a
// hotel a cook works at now, a rival's share price, a first officer's pay by the airline's count), and the stock
// market debut's (another company's offer price, an early backer's stake in an earlier round, a lease's rent), and
// the coin hoard's (the museum's valuer where only the finder's is named, a club's founding year, a service's head),
// and the pension fund's fifth (how much taxes will go up in 2028, read as an amount since "how much … go up" asks
// for a change, answered by "she would not rule one out for 2028"), and the parking app's, the church bells' and the
// bridge strike's (a bank's overdraft fee, a counter-petition's count, a van's height where only a lorry's is given),
// and the level crossing death's and the derby's (a driver's age where only his years of service are given, another
// crossing's near misses, the county council's reply where only the department's is dated; a rearranged game's score
// and referee, the home trust's chair where only the away fans' trust is named), and the pool closure's, the race
// meeting's and the uniform supplier's (the neighbouring pool's depth, the 1989 extension's cost, a fine never
// imposed, a grandstand's cost, a skirt's price where only a blazer's and a list's are given). The marathon's sixth
// (its prize money "not counting the record bonuses") came with reading a video's unpunctuated transcript in runs of
// lines, which answered two of its other questions, two of the factory explosion's and the coast road's. The phone
// ban's and the orchid theft's fifth (a review's outcome, a group's members, a car's make, a DNA test never reported)
// were answered on first contact, as were the lynx escape's, the missing dog's and the pylon route's fifth (a keeper
// never named, a ticket's price, a car's make, a hospital, a consultation's count, what a meeting decided) and the
// spelling bee's seventh (a judge's age, a finalist's favourite word, last year's winner, a review's findings).
const ANSWERED_UNANSWERABLE_CEILING: Readonly<Record<string, number>> = {
  'leisure-pool-concrete': 6,
  'racecourse-meeting-abandoned': 5,
  'uniform-supplier-probe': 5,
  'level-crossing-death': 5,
  'derby-postponed': 5,
  'parking-app-glitch': 5,
  'bell-ringing-ban': 5,
  'lorry-bridge-strike': 5,
  'ipo-debut': 5,
  'hoard-find': 5,
  'pension-fund-loss': 5,
  'royalty-lawsuit': 5,
  'wage-theft': 7,
  'chip-export-ban': 6,
  'pilot-strike': 5,
  'ice-rink-ammonia-leak': 5,
  'care-visa-scandal': 5,
  'university-merger': 5,
  'school-roof-collapse': 5,
  'hospital-parking-charges': 5,
  'tax-bill-error': 6,
  'marathon-course-error': 6,
  'pier-fire': 6,
  'fire-station-closure': 7,
  'observatory-closure': 6,
  'expenses-scandal': 5,
  'whale-stranding': 6,
  'ferry-price-war': 6,
  'metro-dig': 5,
  'fare-hike': 5,
  'bird-flu-cull': 5,
  'referee-bribery': 5,
  'crypto-collapse': 5,
  'app-ban': 5,
  'pass-avalanche': 6,
  'museum-returns': 6,
  'port-strike': 6,
  'tram-derailment': 6,
  'bus-crash': 6,
  'earthquake-aftershocks': 5,
  'mayor-recall': 5,
  'four-day-week': 6,
  'chess-cheating': 6,
  'nurses-strike': 5,
  'school-phone-ban': 5,
  'orchid-theft': 5,
  'lynx-sightings': 5,
  'missing-dog-found': 5,
  'pylon-route-row': 5,
  'spelling-bee-row': 7,
};

const sets = await loadEvalSets();
const all: ItemResult[] = [];

describe.each(sets.map((set) => [set.name, set] as const))('the %s dev set', (name, set) => {
  it('keeps answer quality above its floor and declines what the coverage does not say', async () => {
    const items = await loadEvalSet(set.dev);
    expect(items.filter((i) => i.expect === 'abstain').length).toBeGreaterThanOrEqual(5);
    const report = await evaluate(await buildCorpusIndex(await corpusFolderOf(set)), items);
    all.push(...report.results);
    const failed = report.results.filter((r) => !r.pass).map((r) => `${r.item.id}: ${r.answer.answer.slice(0, 100)}`);
    expect(report.passRate, failed.join('\n')).toBeGreaterThanOrEqual(PASS_FLOOR[name] ?? DEFAULT_PASS_FLOOR);
    const invented = report.results.filter((r) => r.item.expect === 'abstain' && !r.answer.abstained);
    const ceiling = ANSWERED_UNANSWERABLE_CEILING[name] ?? MAX_ANSWERED_UNANSWERABLE;
    expect(invented.length, invented.map((r) => r.item.id).join(', ')).toBeLessThanOrEqual(ceiling);
  }, 60_000);
});

describe('the confidence shown', () => {
  it('means what it says: answers shown at 80% or more are right more often than those shown below 65%', () => {
    const rows = reliabilityRows(all);
    const share = (from: number, to: number): number => {
      const inRange = rows.filter((r) => r.low >= from && r.high <= to);
      const answers = inRange.reduce((n, r) => n + r.answers, 0);
      return inRange.reduce((n, r) => n + r.right, 0) / Math.max(1, answers);
    };
    expect(share(0.8, 1)).toBeGreaterThan(share(0, 0.65));
    expect(share(0.8, 1)).toBeGreaterThanOrEqual(0.75);
  });
});
