import { escapeMarkdown, type APIEmbed } from 'discord.js';
import { type Answer, citationLabel, type SourceSummary, truncateAtSentence } from '../../src/index.ts';
import { fitAnswer, type AnswerLimits, type Markup } from '../shared/fit-answer.ts';
import { citedAnswerEmbed } from './cited-embed.ts';
import { LIMITS, link, linkMarkers, understood } from './embed-text.ts';

const COLOR = { abstained: 0x9ca3af, sources: 0x10b981 } as const;
const LABEL_MAX = 200;
const EXAMPLES_SHOWN = 5;
const TRY_ASKING = '\n\n**Try asking:**';

/** Discord markdown: escaped text, and each `[n]` with a source URL linked to it. */
const MARKDOWN: Markup = {
  escape: escapeMarkdown,
  cited: (text, citations) => linkMarkers(escapeMarkdown(text), [...citations], new Set(citations.map((c) => c.n))),
};

/**
 * What an abstention's parts may take: its reason shares the description with the examples under it, so the reason
 * gets what the most examples could leave it.
 */
const ABSTENTION_LIMITS: AnswerLimits = {
  question: LIMITS.title,
  interpretedAs: LIMITS.footer,
  note: LIMITS.footer,
  example: LABEL_MAX,
  examples: EXAMPLES_SHOWN,
  sourceLabel: LABEL_MAX,
  fallback: LIMITS.content,
  answer: LIMITS.description - TRY_ASKING.length - EXAMPLES_SHOWN * (LABEL_MAX + '\n• '.length),
};

/** The short embed for an abstention: why, then example questions the coverage can answer; no confidence. */
function abstentionEmbed(answer: Answer, fallbackExamples: string[]): APIEmbed {
  const examples = answer.examples.length ? answer.examples : fallbackExamples;
  const fitted = fitAnswer({ ...answer, examples }, ABSTENTION_LIMITS, MARKDOWN);
  const bullets = fitted.examples.map((example) => `• ${example}`);
  const tryAsking = bullets.length ? `${TRY_ASKING}\n${bullets.join('\n')}` : '';
  const title = 'No answer from the coverage';
  const embed: APIEmbed = { color: COLOR.abstained, title, description: `${fitted.answer}${tryAsking}` };
  const note = understood(answer);
  if (note) embed.footer = { text: note };
  return embed;
}

/** Renders an Answer as one embed within Discord's limits, whatever the lengths of its parts. */
export function answerEmbed(answer: Answer, fallbackExamples: string[]): APIEmbed {
  return answer.abstained ? abstentionEmbed(answer, fallbackExamples) : citedAnswerEmbed(answer);
}

/** Renders the corpus's sources as one embed: a linked "Outlet — Title, date" line each, as many as fit. */
export function sourcesEmbed(sources: SourceSummary[]): APIEmbed {
  const title = `Sources (${sources.length})`;
  if (!sources.length) return { color: COLOR.sources, title, description: 'No sources are loaded.' };
  const lines: string[] = [];
  let length = 0;
  for (const [index, source] of sources.entries()) {
    const line = `• ${link(truncateAtSentence(citationLabel(source), LABEL_MAX), source.url)}`;
    const rest = sources.length - index - 1;
    // Keep room for the "…and N more" line unless this is the last source.
    const reserve = rest ? `\n…and ${rest} more`.length : 0;
    if (length + line.length + 1 + reserve > LIMITS.description) {
      lines.push(`…and ${sources.length - index} more`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { color: COLOR.sources, title, description: lines.join('\n') };
}
