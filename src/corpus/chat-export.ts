import type { Block } from './blocks.ts';
import { datelineOf, type NumericOrder } from './dates.ts';

// A chat exported from WhatsApp is one message a line, each stamped: "12/03/2026, 09:14 - Jo Whitfield: Morning
// all" (Android), "[12/03/2026, 09:14:05] Jo Whitfield: Morning all" (iPhone); its file is named for the chat.

const MESSAGE = /^\u200e?\[?(\d{1,2}\/\d{1,2}\/\d{2,4}),\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\]?\s(?:-\s)?\S/i;
/** As many stamped lines among the first make a chat's export, not a log quoted in a story. */
const MIN_MESSAGES = 3;
const OPENING_LINES = 10;
/** "WhatsApp Chat with Millrace Estate Neighbours", "WhatsApp Chat - Year 6 parents". */
const CHAT_FILE = /^WhatsApp Chat (?:with|-) (.+)$/i;

/**
 * A messaging app's notices, no one's message: its encryption notice, the group's making ("Priti Shah created group
 * "Mill Lane Residents"", "You created this group").
 */
export const APP_NOTICE = [
  'messages and calls are end-to-end encrypted',
  String.raw`\bcreated (?:this group\b|group\s+["“])`,
].join('|');
// Among a chat's opening lines, stamped as messages are and perhaps years before the talk, so are its changes of
// members and name: "Kev added Lou", "… joined using this group's invite link", "… changed the subject to …".
const NOTICE = new RegExp(`${APP_NOTICE}|\\badded\\b|\\bjoined using\\b|\\bchanged (?:the|this)\\b|\\bleft$`, 'i');

/** The days the opening messages of a chat's export are stamped with, its app's notices aside; empty for other text. */
function openingStamps(blocks: readonly Block[]): string[] {
  const stamps = blocks
    .slice(0, OPENING_LINES)
    .flatMap((b) => (NOTICE.test(b.text) ? [] : (MESSAGE.exec(b.text)?.[1] ?? [])));
  return stamps.length >= MIN_MESSAGES ? stamps : [];
}

/** Whether a text is a chat's export: its messages are no headline, nor a print's stamp before one. */
export const isChatExport = (blocks: readonly Block[]): boolean => openingStamps(blocks).length > 0;

/** The day a chat's export begins on, read in the folder's order of day and month; null for any other text. */
export function chatExportDate(blocks: readonly Block[], order: NumericOrder | null): string | null {
  const first = openingStamps(blocks)[0];
  return first ? (datelineOf(first, order)?.published ?? null) : null;
}

/** The chat an exported chat's file is named for ("WhatsApp Chat with Millrace Estate Neighbours"), or null. */
export function chatOfFileName(base: string): string | null {
  return CHAT_FILE.exec(base)?.[1]?.trim() ?? null;
}
