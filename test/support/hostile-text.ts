import fc from 'fast-check';

/** Pieces of text people paste to ping everyone, hide text or break rendering, on Slack and on Discord. */
export const HOSTILE_PIECES = [
  '<!channel>', '<!here>', '<!everyone>', '<!subteam^S0TEAM|@editors>', '<@U0SOMEONE>', '<#C0NEWS|news>', '<https://evil.test|click>',
  '@everyone', '@here', '@channel', '@Everyone', '<@&123456789012345678>', '<@123456789012345678>', '<@!123456789012345678>',
  // Zero-width characters, the word joiner, the BOM, and bidirectional overrides and isolates.
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u202E', '\u202D', '\u2066', '\u2069', '@\u200Beveryone',
  '[1]', '[12]', '. ', '\n', '*', '_', '~', '`', '```', '|', '||', '&', '&amp;', '<', '>', '](', '\\', '😀', 'é',
] as const;

/** Text made of hostile pieces and arbitrary Unicode, up to `maxParts` parts. */
export function hostileText(maxParts = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 30, unit: 'grapheme' }), fc.string({ maxLength: 10, unit: 'binary' })), { maxLength: maxParts })
    .map((parts) => parts.join(''));
}

/** Hostile text, sometimes repeated into a huge paste of tens of thousands of characters. */
export function hostileOrHuge(maxParts = 40): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: hostileText(maxParts) },
    { weight: 1, arbitrary: fc.tuple(hostileText(10), fc.integer({ min: 200, max: 3000 })).map(([text, times]) => `${text} @everyone. `.repeat(times)) },
  );
}

/** Whether text would broadcast to a whole channel or server if a platform parsed it: "@here", "@channel", "@everyone". */
export const MASS_PING = /@(here|channel|everyone)/iu;
