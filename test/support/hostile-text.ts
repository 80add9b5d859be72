import fc from 'fast-check';

/** Pieces of text people paste to ping everyone, hide text or break rendering, on Slack and on Discord. */
export const HOSTILE_PIECES = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0TEAM|@editors>',
  '<@U0SOMEONE>',
  '<#C0NEWS|news>',
  '<https://evil.test|click>',
  '@everyone',
  '@here',
  '@channel',
  '@Everyone',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  // Zero-width characters, the word joiner, the BOM, and bidirectional overrides and isolates.
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '@\u200Beveryone',
  '[1]',
  '[12]',
  '. ',
  '\n',
  '*',
  '_',
  '~',
  '`',
  '```',
  '|',
  '||',
  '&',
  '&amp;',
  '<',
  '>',
  '](',
  '\\',
  '😀',
  'é',
] as const;

/** Text made of hostile pieces and arbitrary Unicode, up to `maxParts` parts. */
export function hostileText(maxParts = 40): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_PIECES),
        fc.string({ maxLength: 30, unit: 'grapheme' }),
        fc.string({ maxLength: 10, unit: 'binary' }),
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** Hostile text, sometimes repeated into a huge paste of tens of thousands of characters. */
export function hostileOrHuge(maxParts = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileText(maxParts) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(hostileText(10), fc.integer({ min: 200, max: 3000 }))
        .map(([text, times]) => `${text} @everyone. `.repeat(times)),
    },
  );
}

/**
 * The fixed hostile questions the core is checked with (and each adapter, through its platform): empty and blank
 * input, control and invisible characters, regex metacharacters, pings of both platforms, markup, bidi overrides,
 * very long pastes and emoji sequences.
 */
export const HOSTILE_QUESTIONS = [
  '',
  ' ',
  '\u0000',
  '\u200b\u200d\ufeff',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: regex and template metacharacters, taken literally
  '.*+?^${}()|[]\\',
  '<!channel> @everyone <@U123> <#C1|x>',
  '**bold** `code` <script>alert(1)</script>',
  '\u202eevil\u202c',
  'Rekognition '.repeat(400),
  '?'.repeat(1000),
  'What did IBM announce?\n\n\n\t\t',
  '🇺🇸👩‍👩‍👧‍👦'.repeat(50),
] as const;

/** Mention forms as Slack writes them in a message's text: users, channels, groups and whole-room broadcasts. */
export const SLACK_MENTIONS = [
  '<!here>',
  '<!channel>',
  '<!everyone>',
  '<@U0SOMEONE>',
  '<@W0OTHER|ann>',
  '<#C0NEWS|news>',
  '<!subteam^S0TEAM|@editors>',
] as const;
/** Mention forms as Discord writes them in a message's text: users, nicknames, roles, channels and broadcasts. */
export const DISCORD_MENTIONS = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345679>',
  '<#123456789012345680>',
] as const;

/** `question` with mentions before, inside (after its first word) and after it, as people paste them. */
export function wrapInMentions(question: string, mentions: readonly string[]): string {
  const [first, ...rest] = question.split(' ');
  const half = Math.ceil(mentions.length / 2);
  const [before, after] = [mentions.slice(0, half).join(' '), mentions.slice(half).join(' ')];
  return `${before} ${first} ${mentions.at(-1)} ${rest.join(' ')} ${after}`;
}

/** Whether text would broadcast to a whole channel or server if a platform parsed it: @here, @channel, @everyone. */
export const MASS_PING = /@(here|channel|everyone)/iu;
