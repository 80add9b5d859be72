/** Word lists and sentence patterns the synthetic corpus generator recombines; shared words make retrieval work hard. */

/** Outlets with their web domains; a few publish most of the stories, as in a real archive. */
export const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['The Harbor Herald', 'harborherald.com'], ['Metro Daily News', 'metrodailynews.com'], ['Valley Public Radio', 'valleypublicradio.org'],
  ['The Civic Ledger', 'civicledger.com'], ['Northern Wire', 'northernwire.net'], ['Capital Dispatch', 'capitaldispatch.com'],
  ['The Lakeside Times', 'lakesidetimes.com'], ['Tech Current', 'techcurrent.io'], ['Business Beacon', 'businessbeacon.com'],
  ['The County Courier', 'countycourier.com'], ['Prairie Report', 'prairiereport.org'], ['Coastal Chronicle', 'coastalchronicle.com'],
  ['Summit Observer', 'summitobserver.com'], ['The River Post', 'riverpost.com'], ['Evening Standard Review', 'eveningstandardreview.com'],
  ['Granite State Journal', 'granitestatejournal.com'], ['Desert Sun Ledger', 'desertsunledger.com'], ['Global Markets Today', 'globalmarketstoday.com'],
];

export const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Daniel', 'Priya', 'Robert', 'Elena', 'Marcus', 'Sofia', 'Thomas', 'Grace', 'Kenji', 'Laura', 'Omar',
  'Hannah', 'Victor', 'Chloe', 'Samuel', 'Nadia', 'Patrick', 'Yuki', 'Andre', 'Fatima', 'Michael', 'Rosa', 'Ethan', 'Leila', 'David',
];
export const LAST_NAMES = [
  'Alvarez', 'Chen', 'Okafor', 'Brennan', 'Patel', 'Novak', 'Garcia', 'Lindqvist', 'Haddad', 'Kowalski', 'Morales', 'Tanaka', 'Reyes',
  'Fischer', 'Osei', 'Dubois', 'Nguyen', 'Sullivan', 'Ivanova', 'Mendes', 'Carter', 'Rahman', 'Bianchi', 'Walsh', 'Kim', 'Adeyemi',
];
export const ROLES = [
  'the city engineer', 'the mayor', 'a council member', 'the county executive', 'the chief financial officer', 'a spokesperson for the company',
  'the police chief', 'the union president', 'a professor of economics', 'the state senator', 'the school superintendent',
  'the director of public health', 'an industry analyst', 'the chief executive', 'a civil rights attorney', 'the transit director',
];
export const ORGANIZATIONS = [
  'the City Council', 'the Transit Authority', 'Northwind Energy', 'Helix Biotech', 'the State Department of Transportation',
  'Orbital Logistics', 'the Port Commission', 'Cedar Health Systems', 'the School Board', 'Quantum Retail Group', 'the Water District',
  'Atlas Semiconductor', 'the Housing Agency', 'Bluefin Airlines', 'the Parks Department', 'Meridian Bank', 'the Teachers Union',
  'Evergreen Insurance', 'the Fire Department', 'Copperline Mining', 'the Planning Commission', 'Silverleaf Pharmaceuticals',
];
export const PLACES = [
  'Harbor City', 'Maple Falls', 'Riverton', 'Eastbrook', 'Granite Springs', 'Lakeside', 'Port Ellis', 'Westfield', 'Cedar Hollow',
  'Summit County', 'Pine Ridge', 'Baywater', 'Stonebridge', 'North Vale', 'Fairhaven', 'Oak Crossing', 'Silver Lake', 'Redmond Heights',
];

/** A kind of story: what happened, to what, and the words its coverage keeps using. */
export interface Topic {
  thing: string;
  actions: readonly string[];
  headlines: readonly string[];
  facts: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  { thing: 'budget', actions: ['approved', 'rejected', 'delayed', 'amended'],
    headlines: ['{Org} {action} {money} budget', '{Place} budget {action} after long debate', 'Why the {place} budget was {action}'],
    facts: ['{Org} {action} a {money} budget for the coming fiscal year on {weekday}.', 'The budget sets aside {money} for road repairs and {count} new positions.',
      'Spending on public safety would rise by {percent} under the plan.', 'The vote was {votes}, with {person} casting the deciding vote.'] },
  { thing: 'bridge', actions: ['closed', 'reopened', 'inspected', 'repaired'],
    headlines: ['{Place} bridge to be {action} for repairs', '{Org} says bridge will be {action} until {month}', 'Commuters face delays as bridge is {action}'],
    facts: ['The bridge will be {action} until {month} {day}, {year}, according to {org}.', 'About {count} vehicles cross the bridge every day.',
      'Repairs are expected to cost {money}, paid partly by a state grant.', 'Inspectors found corrosion on {count} steel beams last {month}.'] },
  { thing: 'contract', actions: ['signed', 'cancelled', 'renewed', 'suspended'],
    headlines: ['{Org} {action} contract worth {money}', 'Police contract {action} amid protests in {place}', '{Org} and union reach deal'],
    facts: ['{Org} {action} a {years}-year contract worth {money} on {weekday}.', 'The agreement covers about {count} workers across {place}.',
      'Critics said the contract was negotiated without public input.', 'Wages will rise by {percent} over the life of the deal.'] },
  { thing: 'data breach', actions: ['disclosed', 'investigated', 'confirmed', 'contained'],
    headlines: ['{Org} {action} data breach affecting {count} customers', 'Hackers stole records from {org}', 'Data breach at {org} {action}'],
    facts: ['{Org} said the breach exposed the records of {count} customers.', 'The company {action} the breach {weeks} weeks after it was discovered.',
      'Names, addresses and account numbers were taken, but not passwords, the company said.', 'Regulators could fine {org} up to {money}.'] },
  { thing: 'acquisition', actions: ['announced', 'completed', 'blocked', 'approved'],
    headlines: ['{Org} to buy rival for {money}', 'Regulators {action} {org} merger', '{Org} deal {action} after months of talks'],
    facts: ['{Org} {action} a deal to acquire a rival for {money} in cash and stock.', 'The combined company would employ about {count} people.',
      'Shares rose {percent} after the announcement on {weekday}.', 'The deal is expected to close by {month} {year}.'] },
  { thing: 'strike', actions: ['began', 'ended', 'was called off', 'spread'],
    headlines: ['Workers strike at {org}', 'Strike at {org} {action} after {weeks} weeks', '{Count} workers walk out in {place}'],
    facts: ['About {count} workers walked off the job at {org} on {weekday}.', 'The union is demanding a raise of {percent} and better safety rules.',
      'The strike {action} after {weeks} weeks of talks.', 'Managers said the walkout had cost {org} about {money} a week.'] },
  { thing: 'vaccine trial', actions: ['started', 'paused', 'expanded', 'completed'],
    headlines: ['{Org} vaccine trial {action}', 'Trial results from {org} show {percent} efficacy', '{Place} volunteers join vaccine study'],
    facts: ['{Org} {action} a trial of its vaccine with {count} volunteers.', 'Early data showed the vaccine was {percent} effective at preventing illness.',
      'The trial is being run at {count} sites, including one in {place}.', 'Federal regulators will review the results by {month} {year}.'] },
  { thing: 'wildfire', actions: ['spread', 'was contained', 'forced evacuations', 'destroyed homes'],
    headlines: ['Wildfire near {place} {action}', 'Thousands evacuated as fire burns near {place}', 'Fire {action} across {count} acres'],
    facts: ['The fire has burned {count} acres near {place} and is {percent} contained.', 'About {count} residents were ordered to evacuate on {weekday}.',
      'Firefighters from {count} agencies are working the fire lines.', 'Officials estimated the damage at {money}.'] },
];

/** Sentences any story can hold: reporting verbs, quotes, background, reaction (with the story's slots). */
export const GENERIC = [
  '"We are doing everything we can to keep people informed," said {person}, {role}.',
  '{Person}, {role}, said the decision was made after months of review.',
  '"This is a difficult moment for {place}," {person} said in a statement on {weekday}.',
  'The announcement comes {weeks} weeks after {org} first raised concerns about the {thing}.',
  'Residents packed a public meeting in {place} to ask questions about the {thing}.',
  '{Org} did not respond to a request for comment.',
  'According to {org}, the {thing} affects roughly {count} people in {place}.',
  '{Person} told reporters that more details would be released by {month}.',
  'Some residents said they learned about the {thing} from social media before any official notice.',
  'The issue has divided {place} for years, with supporters and critics trading accusations at public hearings.',
  'Analysts said the {thing} could set an example for other cities across the region.',
  '"We need answers, and we need them now," said {person}, who has lived in {place} for {years} years.',
  'It was not immediately clear how the {thing} would affect {org}.',
  'Earlier this year, {org} faced criticism over a similar {thing} in {place2}.',
  '{Person} said {org} had been in talks with state officials since {month}.',
  'The figures were first reported by local media on {weekday}.',
  'Critics, including {person}, argued that the process lacked transparency.',
  'A second public hearing is scheduled for {month} {day}.',
  '{Anyorg} reported a {anypercent} rise in complaints from {anyplace} residents last year.',
  'In {anyplace}, a similar {thing} drew {anycount} comments during a review that lasted {weeks} months.',
  '{Anyperson}, who studies public finance, said costs of this kind usually run {anypercent} over early estimates.',
  'Records obtained by the newspaper show that {anyorg} paid {anymoney} to outside consultants.',
  'The state legislature is considering a bill that would require more oversight of {anyorg}.',
  '"People deserve a straight answer," {anyperson} said at a rally outside city hall.',
  '{Anyorg} has been under scrutiny since an audit found {anycount} missing invoices.',
  'Turnout at the last local election in {anyplace} was about {anypercent}.',
  'The neighboring town of {anyplace} faced a comparable dispute two years ago.',
  'Local business owners worry that the {thing} will keep customers away during the busy season.',
  'A spokesperson for {anyorg} declined to say whether it had been consulted.',
  '{Anyperson} said the agency would publish its findings online.',
  'The {thing} was discussed for more than three hours at a meeting that ended after midnight.',
  'Parents, teachers and small business owners were among the {anycount} people who signed a petition.',
  'Economists at {anyorg} estimate the regional economy grew {anypercent} last quarter.',
  'Officials in {anyplace} said they were watching the outcome closely.',
];

/** Openings and closings that vary how outlets phrase the same sentence. */
export const LEAD_INS = ['', '', '', '', 'On {weekday}, ', 'Meanwhile, ', 'In a statement, ', 'Separately, ', 'At the same time, ', 'Last week, '];
