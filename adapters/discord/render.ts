import { escapeMarkdown, type APIEmbed } from 'discord.js';
import type { Answer } from '../../src/answer/answer-schema.ts';
import type { SourceSummary } from '../../src/corpus/source.ts';
import { citationLabel, fitRendered, truncateAtSentence } from '../../src/format.ts';
import { citedAnswerEmbed } from './cited-embed.ts';
import { LIMITS, link, understood } from './embed-text.ts';

const COLOR = { abstained: 0x9ca3af, sources: 0x10b981 } as const;
const LABEL_MAX = 200;
const EXAMPLES_SHOWN = 5;

/** The short embed for an abstention: why, then example questions the coverage can answer; no confidence. */
function abstentionEmbed(answer: Answer, fallbackExamples: string[]): APIEmbed {
  const examples = (answer.examples.length ? answer.examples : fallbackExamples).slice(0, EXAMPLES_SHOWN);
  const bullets = examples.map((example) => `• ${escapeMarkdown(truncateAtSentence(example, LABEL_MAX))}`);
  const tryAsking = examples.length ? `\n\n**Try asking:**\n${bullets.join('\n')}` : '';
  const reason = fitRendered(answer.answer, LIMITS.description - tryAsking.length, escapeMarkdown);
  const title = 'No answer from the coverage';
  const embed: APIEmbed = { color: COLOR.abstained, title, description: `${reason}${tryAsking}` };
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
