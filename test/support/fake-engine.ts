import type { Answer } from '../../src/answer/answer-schema.ts';
import type { SourceSummary } from '../../src/corpus/source.ts';
import type { AskOptions, Engine, EngineStats } from '../../src/engine.ts';

/** A cited answer shaped like the real engine's, for adapter tests that need control over the core. */
export function cannedAnswer(question: string, overrides: Partial<Answer> = {}): Answer {
  return {
    id: 'ans-1',
    question,
    answer: 'Amazon is imposing a one-year moratorium on police use of Rekognition. [1][2]',
    abstained: false,
    abstainReason: null,
    confidence: 0.9,
    citations: [
      {
        n: 1,
        sourceId: 'buzzfeed',
        outlet: 'BuzzFeed News',
        title: 'Amazon Is Suspending Police Use Of Its Facial Recognition Tech For One Year',
        url: 'https://www.buzzfeednews.com/article/example',
        published: '2020-06-10',
        quote: 'Amazon said in a blog post on Wednesday that it would be implementing a one-year suspension.',
        listedBy: null,
      },
      {
        n: 2,
        sourceId: 'kuow',
        outlet: 'KUOW',
        title: 'Amazon halts police use of its facial recognition technology',
        url: null,
        published: null,
        quote: 'The company says it is imposing a one-year moratorium.',
        listedBy: null,
      },
    ],
    examples: [],
    suggestions: ['Who is Jennifer Lee?', 'What did IBM announce?'],
    interpretedAs: null,
    ...overrides,
  };
}

/** A refusal as the core gives it (rate limit, length, empty): abstained, with the reason and what to do in its text. */
export function refusal(
  question: string,
  reason: 'rate-limited' | 'question-too-long' | 'empty-question',
  text: string,
): Answer {
  return cannedAnswer(question, {
    id: `refusal-${reason}`,
    answer: text,
    abstained: true,
    abstainReason: reason,
    confidence: 0,
    citations: [],
    examples: [],
    suggestions: ['How long is the moratorium?'],
  });
}

/** A hand-written Engine whose answers a test scripts: canned by default, or a function, or a failure. */
export class FakeEngine implements Engine {
  readonly asked: Array<{ question: string; options?: AskOptions }> = [];
  readonly examples = ['How long is the moratorium?', 'Which groups can still use Rekognition?'];
  respond: (question: string) => Answer | Promise<Answer> = (question) => cannedAnswer(question);

  async ask(question: string, options?: AskOptions): Promise<Answer> {
    this.asked.push(options ? { question, options } : { question });
    return this.respond(question);
  }

  sources(): SourceSummary[] {
    return [
      {
        id: 'buzzfeed',
        file: 'buzzfeed.txt',
        kind: 'article',
        outlet: 'BuzzFeed News',
        title: 'Amazon Is Suspending Police Use Of Its Facial Recognition Tech For One Year',
        url: 'https://www.buzzfeednews.com/article/example',
        published: '2020-06-10',
        listedBy: null,
        passages: 20,
        inferred: [],
      },
      {
        id: 'kuow',
        file: 'kuow.txt',
        kind: 'article',
        outlet: 'KUOW',
        title: 'Amazon halts police use of its facial recognition technology',
        url: null,
        published: null,
        listedBy: null,
        passages: 12,
        inferred: ['outlet'],
      },
    ];
  }

  stats(): EngineStats {
    return { sources: 2, passages: 32, warnings: [], buildMs: 1 };
  }

  /** Whether close() was called (a shutdown closes the engine after the bot). */
  closed = false;

  async close(): Promise<void> {
    this.closed = true;
  }
}
