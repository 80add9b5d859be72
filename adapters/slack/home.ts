/** The bot's App Home tab: what it covers, how to ask, and example questions to click. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from '@slack/bolt';
import { describeError, formatPublished, type SourceSummary } from '../../src/index.ts';
import { buttonLabel } from '../shared/labels.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { requestLog, type HandlerDeps } from './replying.ts';

/** Action ids of the example-question buttons on the Home tab (ids must differ within a block). */
export const HOME_EXAMPLE_ACTION = /^home_example_\d$/u;

const EXAMPLES_SHOWN = 3;
// Slack's limits: 75 characters of button text, 2,000 of value; a section's text stays far below its 3,000.
const LABEL_MAX = 75;
const VALUE_MAX = 2000;
const OUTLETS_SHOWN = 12;

/** What the Home tab is built from. */
export interface HomeContent {
  sources: readonly SourceSummary[];
  /** Questions the coverage answers; the first three become buttons. */
  examples: readonly string[];
  /** The bot's user id, so "mention me" shows its real name; unknown before auth.test. */
  botUserId: string | undefined;
  /** The person's direct message with the bot, where a clicked example is answered. */
  dmChannel: string;
}

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });

/** "18 sources from 16 outlets, Jun 10, 2020 – Jun 13, 2020: The Daily, City Radio, … and 4 more." */
function coverageText(sources: readonly SourceSummary[]): string {
  // Every outlet once, in the engine's order (articles before the related coverage they list).
  const outlets = [...new Set(sources.map((source) => source.outlet))];
  // ISO dates sort as text; one date when all agree, none when no source is dated.
  const dates = sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  const span = [...new Set([dates[0], dates.at(-1)])].filter((date) => date !== undefined).map(formatPublished);
  const shown = outlets.slice(0, OUTLETS_SHOWN).join(', ');
  const more = outlets.length > OUTLETS_SHOWN ? ` and ${outlets.length - OUTLETS_SHOWN} more` : '';
  const dated = span.length > 0 ? `, ${span.join(' – ')}` : '';
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const what = `${plural(sources.length, 'source')} from ${plural(outlets.length, 'outlet')}`;
  return `*What I cover*\n${escapeMrkdwn(`${what}${dated}: ${shown}${more}.`)}`;
}

/** How to ask, naming the bot as Slack shows it when its id is known. */
function howToAskText(botUserId: string | undefined): string {
  const me = botUserId ? `<@${botUserId}>` : 'me';
  return [
    '*How to ask*',
    `• Mention ${me} with your question in a channel I'm in; I answer in a thread.`,
    '• Send me a direct message in the *Messages* tab.',
    '• Use `/ask your question` anywhere; `/ask private your question` (or `--private`) shows the answer only ' +
      'to you.',
    'Every answer cites the articles it comes from. When the coverage doesn’t say, I say so.',
  ].join('\n');
}

/** The Home tab view: coverage, how to ask, and up to three example questions as buttons that ask them. */
function homeView(content: HomeContent): types.HomeView {
  const examples = content.examples.filter((q) => q.trim() !== '' && q.length <= VALUE_MAX).slice(0, EXAMPLES_SHOWN);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Ask about the news coverage', emoji: true } },
    section(coverageText(content.sources)),
    section(howToAskText(content.botUserId)),
  ];
  if (examples.length > 0) {
    blocks.push(section('*Try asking* (the answer arrives in our direct messages)'), {
      type: 'actions',
      block_id: 'home_examples',
      elements: examples.map(
        (question, i): types.Button => ({
          type: 'button',
          action_id: `home_example_${i}`,
          text: { type: 'plain_text', text: buttonLabel(question, LABEL_MAX), emoji: true },
          value: question,
        }),
      ),
    });
  }
  // The click handler reads the direct message's id back from here: Home clicks carry no channel of their own.
  return { type: 'home', blocks, private_metadata: content.dmChannel };
}

/** Listener for `app_home_opened`: publishes a fresh Home tab each time the person opens it. */
export function appHomeListener(deps: HandlerDeps) {
  return async ({ body, event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    // The same event reports the Messages tab being opened; that tab is Slack's own.
    if (event.tab !== 'home') return;
    const started = deps.clock();
    const log = requestLog('home', { eventId: body.event_id, user: event.user, channel: event.channel });
    const view = homeView({
      sources: deps.engine.sources(),
      examples: deps.catalog.questions(),
      botUserId: context.botUserId,
      dmChannel: event.channel,
    });
    try {
      await client.views.publish({ user_id: event.user, view });
      deps.logger.info({ ...log, outcome: 'published', ms: deps.clock() - started }, 'home tab published');
    } catch (error) {
      const failed = { ...log, outcome: 'failed', err: describeError(error), ms: deps.clock() - started };
      deps.logger.error(failed, 'could not publish the home tab');
    }
  };
}
