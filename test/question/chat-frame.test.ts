import { describe, expect, it } from 'vitest';
import { withoutChatFrame } from '../../src/question/chat-frame.ts';
import { analyzeFor } from '../../src/answer/answer-question.ts';
import { useCorpusIndex } from '../support/corpus-engine.ts';

describe('the question inside a chat message', () => {
  it.each([
    ['a greeting before it', 'hey, did the council vote?', 'did the council vote?'],
    [
      '"quick question:" before it',
      'quick question: which outlets covered the vote?',
      'which outlets covered the vote?',
    ],
    ['a polite request', 'can you tell me when was the story published?', 'when was the story published?'],
    ['"I was wondering"', 'I was wondering is the ban still enforced', 'is the ban still enforced'],
    ['"do you know if" asks to confirm a statement', 'do you know if the mine reopened?', 'the mine reopened, right?'],
    ['so does "whether"', 'any idea whether the mine reopened', 'the mine reopened, right?'],
    ['several openers', 'hey bot, quick q - who runs the zoo', 'who runs the zoo'],
    ['thanks after it', 'What did the mayor say? thanks!', 'What did the mayor say?'],
    ['"pls" after it', 'who runs the zoo pls', 'who runs the zoo'],
    ['thanks before it', 'thanks, and how long is the ban?', 'how long is the ban?'],
    ['"also" or "btw" before it', 'btw also, who runs the zoo', 'who runs the zoo'],
    ['a "Q:" before it', 'Q: Who runs the zoo?', 'Who runs the zoo?'],
    ['chat\'s "iirc" before it', 'iirc it was the mayor who closed the zoo?', 'it was the mayor who closed the zoo?'],
    ['a laugh after it', 'who runs the zoo lol', 'who runs the zoo'],
    ['the coverage named after it', 'Who runs the zoo, according to the articles?', 'Who runs the zoo?'],
    ['or "in the coverage"', 'how long is the zoo closed in the coverage', 'how long is the zoo closed'],
    ['or before it', 'per the reports, who runs the zoo?', 'who runs the zoo?'],
    ['"do the articles say" a question', 'do the articles say who runs the zoo?', 'who runs the zoo?'],
    ['or a statement to confirm', 'do the reports say the zoo reopened?', 'the zoo reopened, right?'],
    ['a request to find out', 'can you find out who runs the zoo?', 'who runs the zoo?'],
    ['or to check whether', 'could you check if the zoo reopened?', 'the zoo reopened, right?'],
    ['"help me out" before it', 'help me out, who runs the zoo?', 'who runs the zoo?'],
    ['"one question:" before it', 'one question: who runs the zoo', 'who runs the zoo'],
    ['a "hmm" before it', 'hmm who runs the zoo', 'who runs the zoo'],
    ['curiosity before it', "I'm curious, who runs the zoo?", 'who runs the zoo?'],
    ['"wait," before it', 'wait, who runs the zoo?', 'who runs the zoo?'],
    ['"can I ask" before it', 'can I ask who runs the zoo?', 'who runs the zoo?'],
    ['"remind me" before it', 'remind me who runs the zoo', 'who runs the zoo'],
    ['an apology before it', 'sorry if this is a dumb question but who runs the zoo?', 'who runs the zoo?'],
    ['"do you know?" after it', 'who runs the zoo, do you know?', 'who runs the zoo?'],
    ['the bot addressed before it', '@coverage-bot who runs the zoo?', 'who runs the zoo?'],
    ['or after a greeting', 'good morning! @coverage-bot who runs the zoo?', 'who runs the zoo?'],
    ['a good morning before it', 'good morning! who runs the zoo?', 'who runs the zoo?'],
    ['a morning to all before it', 'morning all, who runs the zoo?', 'who runs the zoo?'],
    ['"please," before it', 'please, who runs the zoo?', 'who runs the zoo?'],
    ['"need to know" before it', 'need to know who runs the zoo', 'who runs the zoo'],
    ['a greeting to the bot by name', 'Hello coverage-bot, who runs the zoo?', 'who runs the zoo?'],
    ['"I have a question."', 'I have a question. who runs the zoo?', 'who runs the zoo?'],
    ['"question about the story:"', 'Question about the story: who runs the zoo?', 'who runs the zoo?'],
    [
      'context before it, read after it',
      "I'm writing about the zoo. Who runs it?",
      "Who runs it? I'm writing about the zoo.",
    ],
    [
      'and a question mark for one typed without',
      'I am writing a piece. who runs the zoo',
      'who runs the zoo? I am writing a piece.',
    ],
    ['an aside after it', 'who runs the zoo? (asking for a colleague)', 'who runs the zoo?'],
    ['"anyone?" after it', 'who runs the zoo... anyone?', 'who runs the zoo?'],
    ['"ty" after it', 'who runs the zoo? ty', 'who runs the zoo?'],
    ["a greeting with no mark keeps the question's first word", 'hi who runs the zoo?', 'who runs the zoo?'],
  ])('%s', (_why, message, question) => {
    expect(withoutChatFrame(message)).toBe(question);
  });

  it.each([
    ['"so far" is the question\'s own', 'So far, how many died?'],
    ['"well known" is too', 'well known for what?'],
    ['and so are words a hyphen joins', 'so-called face prints: what are they?'],
    ['whatever the first word', 'well-known for what?'],
    ['a name that ends it stays', 'Who is Ty Cheers?'],
    ['a message of thanks alone is small talk, kept as typed', 'thanks so much!'],
    ['so is a greeting alone', 'hey'],
    ['or a greeting to someone', 'hi there'],
    ['an outlet named is whose report is asked about', 'According to Reuters, who runs the zoo?'],
    ['the news asked about is no frame', 'what is in the news?'],
    ['nor is what the articles say', 'what do the articles say?'],
    ['a time of day without punctuation may begin a name', 'Morning Star reporters covered what?'],
    ['"anyone" asked about', 'did the zoo fire anyone?'],
    ['a short sentence after a statement is no question of its own', 'The zoo closed. Why?'],
    ['an abbreviation is no sentence', 'What did Sen. Smith say about the zoo?'],
  ])('%s', (_why, message) => {
    expect(withoutChatFrame(message)).toBe(message);
  });
});

describe('a question in a chat frame is read as the question alone', () => {
  const corpus = useCorpusIndex({
    'vote.md': `# Council approves zoo budget

Published May 2, 2025

The city council voted 7-2 on Tuesday to approve the zoo's budget.
`,
  });

  const weightOf = (question: string, word: string): number | undefined =>
    analyzeFor(corpus.index, question).terms.find((t) => t.word === word)?.weight;

  it('what the asker adds after a question that stands on its own is neither searched nor a name it needs', () => {
    const analyzed = analyzeFor(corpus.index, 'how did the council vote on the zoo budget? Need it for the Gazette.');
    expect(analyzed.names).toEqual([]);
    expect(weightOf('how did the council vote on the zoo budget? Need it for the Gazette.', 'need')).toBeUndefined();
    expect(analyzed.terms.find((t) => t.word === 'budget')?.weight).toBeGreaterThan(0);
  });

  it('after a bare "why?", what the asker adds is what it asks about', () => {
    expect(weightOf('Why? The council voted on the zoo budget.', 'budget')).toBeGreaterThan(0);
  });

  it('a yes/no question after a greeting is still one, and "thanks" is no word of it', () => {
    const analyzed = analyzeFor(corpus.index, 'hey, did the council approve the budget? thanks!');
    expect(analyzed.type).toBe('yes-no');
    expect(analyzed.setAside).toEqual([]);
  });

  it('"do you know if …" asks yes or no', () => {
    expect(analyzeFor(corpus.index, 'do you know if the council approved the budget?').type).toBe('yes-no');
  });

  it('a question about the coverage after a polite request is still one', () => {
    expect(analyzeFor(corpus.index, 'can you tell me which outlets covered the vote?').meta).toBe('outlets');
  });

  it.each([
    ['"I"', 'what should I know about the zoo budget vote?'],
    ['"I\'m", which the tagger keeps whole', "how did the council vote? I'm writing a story"],
    ['"I\'ve"', "I've heard the council voted on the zoo budget: how?"],
  ])('the pronoun %s is no name the coverage would have to mention', (_why, question) => {
    expect(analyzeFor(corpus.index, question).names.map((n) => n.text)).toEqual([]);
  });
});
