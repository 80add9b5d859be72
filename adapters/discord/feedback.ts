import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
} from 'discord.js';
import type { Logger } from '../../src/index.ts';
import type { RecentAnswers } from './recent-answers.ts';

const PREFIX = 'feedback';
// Discord rejects a whole message whose component custom ids exceed 100 characters.
const CUSTOM_ID_MAX = 100;
const EMOJI = { up: '👍', down: '👎' } as const;

/** A reader's verdict on an answer. */
export type Verdict = keyof typeof EMOJI;

/** What a feedback button's custom id carries. */
export interface FeedbackClick {
  verdict: Verdict;
  answerId: string;
}

/** The 👍 / 👎 button row for an answer; empty when its id would not fit in a custom id. */
export function feedbackRow(answerId: string): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const buttons = (Object.keys(EMOJI) as Verdict[]).map(
    (verdict): APIButtonComponentWithCustomId => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      emoji: { name: EMOJI[verdict] },
      custom_id: `${PREFIX}:${verdict}:${answerId}`,
    }),
  );
  if (buttons.some((button) => button.custom_id.length > CUSTOM_ID_MAX)) return [];
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

/** Reads a feedback button's custom id; null for any other button. */
export function parseFeedbackId(customId: string): FeedbackClick | null {
  const match = /^feedback:(up|down):(.+)$/su.exec(customId);
  if (!match) return null;
  // biome-ignore lint/style/noNonNullAssertion: the pattern matched, so its (.+) group holds text
  return { verdict: match[1] as Verdict, answerId: match[2]! };
}

/** Logs feedback as structured events, naming each click's question when the answer is still remembered. */
export class FeedbackLog {
  constructor(
    private readonly logger: Logger,
    private readonly answers: RecentAnswers,
  ) {}

  /** Writes one feedback event; the question is null for answers given before a restart (join on answerId instead). */
  record(click: FeedbackClick, user: string): void {
    const question = this.answers.get(click.answerId)?.question ?? null;
    const fields = { event: 'feedback', question, answerId: click.answerId, verdict: click.verdict, user };
    this.logger.info(fields, 'answer feedback');
  }
}
