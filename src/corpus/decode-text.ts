import iconv from 'iconv-lite';
import { withMojibakeRepaired } from './mojibake.ts';

const LEGACY = 'windows-1252';
// Browsers read these labels as Windows-1252, whose curly quotes and dashes sit where Latin-1 has control codes.
const READ_AS_LEGACY = new Set(['iso-8859-1', 'latin1', 'us-ascii', 'ascii']);

/** Decodes a page in the charset its Content-Type or its <meta charset> names, else as a text file is decoded. */
export function decodeHtml(bytes: Buffer, contentType: string | undefined): string {
  const declared = (
    /charset="?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/iu.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1]
  )?.toLowerCase();
  const charset = declared && READ_AS_LEGACY.has(declared) ? LEGACY : declared;
  if (charset && iconv.encodingExists(charset)) return withMojibakeRepaired(iconv.decode(bytes, charset));
  // No label, or one nobody knows: UTF-8 is what nearly every page is, but an old page that declares nothing and
  // holds no UTF-8 is in the older Windows charset, as browsers in Western locales read it.
  return decodeText(bytes)?.text ?? bytes.toString('utf8');
}

/**
 * A file's characters when a byte-order mark says it is UTF-16, as Windows Notepad's "Unicode" and Windows
 * PowerShell's redirects write it; null otherwise. Only the mark is trusted: without it, NUL bytes mean binary.
 */
export function utf16Text(bytes: Buffer): string | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  return le || be ? iconv.decode(bytes, le ? 'utf-16le' : 'utf-16be') : null;
}

/** A text file's characters, and the legacy charset they were read in when the file is not UTF-8. */
export interface DecodedText {
  text: string;
  legacy: typeof LEGACY | null;
}

/** More undecodable bytes than this share of a file that also holds UTF-8 characters make it neither charset. */
const MAX_BROKEN_SHARE = 0.01;

/**
 * Decodes a text file: UTF-8 (a stray broken byte or two tolerated), or, when not one character of it is UTF-8
 * beyond ASCII, Windows-1252, which older editors and "save as text" on Windows write ("Caf\xe9"). Null when it is
 * UTF-8 broken throughout.
 */
export function decodeText(bytes: Buffer): DecodedText | null {
  const text = withMojibakeRepaired(bytes.toString('utf8'));
  const broken = text.split('\uFFFD').length - 1;
  if (broken === 0) return { text, legacy: null };
  // Any character above ASCII that decoded is UTF-8 the file really holds.
  if (!/[^\p{ASCII}\uFFFD]/u.test(text)) return { text: iconv.decode(bytes, LEGACY), legacy: LEGACY };
  return broken > text.length * MAX_BROKEN_SHARE ? null : { text, legacy: null };
}
