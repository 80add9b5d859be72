import iconv from 'iconv-lite';

// A page whose UTF-8 was once read as Windows-1252 and saved again shows each character above ASCII as two or
// three ("It’s" as "Itâ€™s", "£" as "Â£"). Each such run is turned back into the bytes it came
// from and read as UTF-8, and kept only when that gives one valid character: text that merely holds an "Â" or an
// "â" is left alone. Hand-written: the libraries that repair this (ftfy) are Python, and the rule is a table and
// one expression.

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The Windows-1252 byte each character above ASCII is read from ("€" from 0x80, "â" from 0xE2); the five bytes the
 * charset leaves out read as the control characters of the same number, as browsers read them.
 */
const BYTE_OF = new Map<string, number>(
  Array.from({ length: 0x80 }, (_, k) => {
    const read = iconv.decode(Buffer.of(0x80 + k), 'windows-1252');
    return [read === '\uFFFD' ? String.fromCharCode(0x80 + k) : read, 0x80 + k];
  }),
);
const CONTINUATION = [...BYTE_OF].filter(([, byte]) => byte < 0xc0).map(([char]) => char);
const codeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** A UTF-8 lead byte's character ("Â" to "ô") and the continuation bytes' characters after it. */
const RUN = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION.map(codeEscape).join('')}]{1,3}`, 'gu');

/** The text with each run of UTF-8 read as Windows-1252 read back as the character it was. */
export function withMojibakeRepaired(text: string): string {
  return text.replace(RUN, (run) => {
    try {
      const read = UTF8.decode(Uint8Array.from([...run], (char) => BYTE_OF.get(char)!));
      return [...read].length === 1 ? read : run;
    } catch {
      return run;
    }
  });
}
