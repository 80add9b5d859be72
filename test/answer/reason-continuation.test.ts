import { describe, expect, it } from 'vitest';
import { analyzeFor, leadsOf, rankFor } from '../../src/answer/answer-question.ts';
import { composeAnswer } from '../../src/answer/compose.ts';
import { useCorpusEngine, useCorpusIndex } from '../support/corpus-engine.ts';

// The event a "why" question names is told in one sentence, its reason in the next one, which never says "because".
const ARTICLE = `# Quill drops challenge to ferry vote

Published March 4, 2024

Council member Ada Quill said on Monday she would not appeal the court ruling that upheld the ferry vote. An appeal, \
she said, would cost the town a great deal of money and would not change the result.

The ferry service to Dunmore resumes in April, with four crossings a day.
`;

const corpus = useCorpusIndex({ 'quill-ferry.md': ARTICLE });

describe('an answer to "why" goes on to the next sentence when the first tells the event but no cause', () => {
  // How the answer is written; whether it is sure enough to give is the confidence model's call (a cause no word
  // marks is weak evidence).
  it('"Why didn\'t Quill appeal?" gives her reason as well as her decision', () => {
    const { index } = corpus;
    const question = "Why didn't Ada Quill appeal the court ruling?";
    const analyzed = analyzeFor(index, question);
    const leads = leadsOf(rankFor(index, question), analyzed);
    const composed = composeAnswer(leads, analyzed, index.passages, (word) => index.vocabulary.isName(word));
    expect(composed.text).toContain('would not appeal');
    expect(composed.text).toContain('cost the town');
  });
});

// The sentence that shares the question's words is the result; its cause closes the paragraph before.
const GALLERY = `# Gallery alarm was switched off before the theft

Published May 5, 2025

Thieves broke into the Carrow Gallery early Sunday and took four paintings.

Roof repairs had kept setting off false alarms, so the gallery switched its motion sensor off for the week.

That meant no alarm sounded when the thieves came through the skylight.
`;

describe('an answer to "why" says the cause a sentence opening on its result follows from', () => {
  const gallery = useCorpusEngine({ 'gallery.md': GALLERY });

  it('"Why didn\'t the alarm sound?" gives the sensor switched off, then what that meant', async () => {
    const answer = await gallery.engine.ask("Why didn't the alarm sound when the thieves came in?");
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/switched its motion sensor off for the week\. That meant no alarm sounded/u);
    // One quotation, from the cause to its result, with the paragraph break written as a space.
    expect(answer.citations[0]?.quote).toContain('for the week. That meant');
  });
});

// The sentence that names the term says only its name; what it means is the sentence before.
const FINANCING = `# Council weighs tax plan for the new arena

Published June 2, 2025

The city would freeze the property tax collected in the district at today's level for 30 years. Any growth above \
that level would go to paying off the arena bonds. This method is called tax increment financing, or TIF.

Council members will vote on the plan in July.
`;

describe('an answer to "what is X" says what the sentence naming X describes', () => {
  const arena = useCorpusEngine({ 'arena.md': FINANCING });

  it('"What is tax increment financing?" gives the growth paying the bonds, then the name', async () => {
    const answer = await arena.engine.ask('What is tax increment financing?');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/paying off the arena bonds\. This method is called tax increment financing/u);
  });
});

// Named actively, by whoever uses the name: the sentence before still says what it means.
const EXTORTION = `# Hospital hackers threaten to publish patient files

Published March 9, 2026

The attackers copied patient files before they locked the hospital's systems. That lets them make a second threat, \
to publish what they took, even if the hospital restores its systems from backups. Security researchers call this \
double extortion.

The hospital said it would not pay.
`;

describe('an answer to "what does X mean" when a sentence names X actively ("researchers call this X")', () => {
  const hospital = useCorpusEngine({ 'hospital.md': EXTORTION });

  it('gives the second threat the name stands for, then the name', async () => {
    const answer = await hospital.engine.ask('what does double extortion mean');
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(
      /restores its systems from backups\. Security researchers call this double extortion/u,
    );
  });
});
