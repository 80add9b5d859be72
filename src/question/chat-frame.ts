import { regex } from '../text/regex.ts';
import { WH } from './tag-question.ts';
import { metaQuestionOf } from './meta-question.ts';

// Chat wraps a question in greetings, asks for it politely and thanks the bot after it: "hey, quick question: can you
// tell me who runs Acme? thanks!" asks "who runs Acme?". The frame is read off before anything else, so that the
// question's own first word (an auxiliary, "which outlets") opens it. Hand-written: these formulas are a small closed
// class of English that no maintained library lists.

// What sets an opener off: punctuation, or a hyphen with a space beside it ("quick q - who …"), not one that joins
// words ("well-known", "so-called").
const MARK = String.raw`(?:\s*[,:!.;—–]+\s*|\s*-+\s+|\s+-+\s*)`;

/** Words that greet, before a question or before whom it is asked of ("hey, …", "hello coverage-bot, …"). */
const GREETINGS = 'hey|hi|hello|hiya|yo';

/** What people call the coverage: "the articles", "this story", "the reporting". */
const COVERAGE_WORDS = String.raw`(?:articles?|coverage|reports?|reporting|stor(?:y|ies)|news|sources?|press|media)`;

// Words that only open a message: a greeting, an interjection, "quick question:".
// ("So far", "well known" and "question of" are the question's own words; "thanks so much" is small talk.)
const OPENER = regex(
  [
    String.raw`^(?:(?:(?:${GREETINGS}|ok(?:ay)?|so(?! (?:far|much|many|long|called)\b)|um+|uh+|h+m+|oh|alright`,
    String.raw`|also|and|but|plus|btw|by the way|iirc|afaik|fwiw|imo|tbh|please|pls|plz)`,
    String.raw`(?:,? (?:bot|there|all|everyone|team|folks))?`,
    String.raw`|quick (?:q|question)|sorry if (?:this is )?a (?:dumb|stupid|silly) (?:question|q),? but)`,
    String.raw`(?:${MARK}|\s+)`,
    String.raw`|(?:thanks|thank you|q|question|another question|one (?:more )?(?:thing|question)|follow[- ]?up`,
    String.raw`|well|sorry|help me out|quick one|(?:i['’]?m |just )?curious|out of curiosity|wait|real quick`,
    String.raw`|just to (?:confirm|check|be sure)`,
    // "Morning Star" may be an outlet: a time of day greets only set off by punctuation ("morning all, …").
    String.raw`|(?:good )?(?:morning|afternoon|evening)(?: (?:all|everyone|team|folks))?`,
    String.raw`|(?:i have(?: got)?|i['’]ve got|got) (?:a )?(?:quick )?(?:question|q)(?: for (?:you|u))?`,
    String.raw`|(?:a )?question (?:about|on|re) (?:the |this |these )?${COVERAGE_WORDS})`,
    String.raw`${MARK})`,
  ],
  'iu',
);

// A greeting to someone by name ("hello coverage-bot, …"): set off by punctuation, as the name could be the
// question's first word ("hi who runs …").
const GREETED = regex([String.raw`^(?:${GREETINGS}|dear) [\p{L}\p{N}_.@-]+${MARK}`], 'iu');

// Asking for the answer politely, before the question itself: "can you tell me", "I was wondering", "do you know".
const REQUEST = regex(
  [
    String.raw`^(?:(?:please |pls |plz )?(?:can|could|would|will) (?:you|u) (?:please |pls |plz )?(?:(?:tell|let) me`,
    String.raw`(?: know)?|find out|check|look up|figure out)(?: for me)?`,
    String.raw`|(?:please |pls |plz )?tell me|i(?:'d| would) (?:like|love) to know|(?:i )?(?:want|need) to know`,
    String.raw`|do (?:you|u) (?:happen to )?know|does any(?:one|body) know|any ?idea|(?:can|may) i ask|remind me`,
    String.raw`|i(?:'m| am| was) (?:just )?wondering|i wonder)(?:,\s*|\s+)`,
  ],
  'iu',
);

// Thanks, a "please", a laugh or an aside after the question: "… ban? thanks!", "who runs Acme pls", "… lol",
// "… ban... anyone?". Capitalized only as a sentence of its own ("… ban? Thanks!"): "Who is Ty Cheers?" ends in a
// name.
const CLOSER = regex(
  [
    String.raw`(?:(?:[\s,;:—–-]*\b(?:thanks|thank you|thx|ty|tia|cheers|please|pls|plz|lol|haha|lmao`,
    String.raw`|do (?:you|u) know|any ?idea)`,
    String.raw`|[.!?]\s*(?:Thanks|Thank you|Cheers)\b`,
    // "Anyone?" after the question, not as its object ("did they fire anyone?").
    String.raw`|[.?!,…]+\s*(?:any(?:one|body)|Any(?:one|body))(?: know)?\b`,
    // An aside after the question mark: "… ban? (asking for a colleague)".
    String.raw`|(?<=\?)\s*\([^()]*\))`,
    String.raw`(?: (?:so much|a lot|in advance|again))?[\s!.?🙂🙏👍]*)+$`,
  ],
  'u',
);

// The coverage named as where the answer is to be found: "according to the articles", "in the coverage", "per the
// reports", "do the articles say …". The bot answers from the coverage anyway, so this only frames the question (a
// named outlet, "according to Reuters", is no frame: it says whose report is asked about).
const COVERAGE = String.raw`(?:the |these |those )?${COVERAGE_WORDS}`;
const SOURCE_CLOSER = regex([String.raw`,?\s*(?:according to|per|in|from|based on) ${COVERAGE}[\s?.!]*$`], 'iu');
const SOURCE_OPENER = regex(
  [
    String.raw`^(?:(?:according to|per|based on|from|in) ${COVERAGE}(?:,\s*|\s+)`,
    String.raw`|(?:do|does|did) ${COVERAGE} (?:say|mention|tell (?:us|me)|report|explain|show)(?: anything about)?\s+)`,
  ],
  'iu',
);
// What opens a question of its own after "do the articles say": a wh-word, or an auxiliary ("did ICE use it?").
const AUXILIARY_FORMS = new Set('is are was were do does did has have had can could will would'.split(' '));
// A preposition may come first ("by when must …", "in which country …"); a contraction is its word ("who's").
const PREPOSITION_FIRST = /^(?:by|for|in|on|at|from|to|since|until|with|of|about|after|before|during)\s+/i;
const opensQuestion = (text: string): boolean => {
  const words = text.replace(PREPOSITION_FIRST, '');
  const first =
    /^[\p{L}'’]+/u
      .exec(words)?.[0]
      .toLowerCase()
      .replace(/['’](?:s|re|d|ll|ve)$|n['’]t$/u, '') ?? '';
  return WH.has(first) || AUXILIARY_FORMS.has(first);
};
/** Fewer words than this ("what happened", "what is") are no question without the coverage they ask about. */
const MIN_QUESTION_WORDS = 3;

/** A closing frame is cut, but the question mark in it stays. */
const questionMarkOf = (closer: string): string => (closer.includes('?') ? '?' : '');

// After "do you know": "if" or "whether" opens the question asked, in a statement's order.
const IF_CLAUSE = /^(?:if|whether)\s+/i;

// Whom a message is addressed to, typed before it ("@coverage-bot who …"): chat's mention, not the question's words.
const ADDRESS = /^(?:@[\p{L}\p{N}_.-]+(?:[,:]\s*|\s+))+/u;

const SENTENCE = /[^.!?]+(?:[.!?]+|$)/gu;
const wordCount = (text: string): number => text.match(/\p{L}+/gu)?.length ?? 0;
const asks = (sentence: string): boolean => sentence.endsWith('?') || opensQuestion(sentence);

/**
 * "I'm writing about the vote. Who won it?": the sentence that asks is read first, and what the asker says before
 * it as context after it. Only whole sentences move: "Sen. Smith: …" is one.
 */
function questionFirst(text: string): string {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  if (sentences.length < 2 || asks(sentences[0]!)) return text;
  const at = sentences.findIndex((s, k) => k > 0 && asks(s) && wordCount(s) >= MIN_QUESTION_WORDS);
  if (at < 0 || sentences.slice(0, at).some((s) => wordCount(s) < MIN_QUESTION_WORDS)) return text;
  // The question keeps the mark that ends it when it moves ahead of the rest, or gains one.
  const question = /[.!?]$/u.test(sentences[at]!) ? sentences[at]! : `${sentences[at]}?`;
  return [question, ...sentences.slice(0, at), ...sentences.slice(at + 1)].join(' ');
}

/** The question inside a chat message's greeting, polite request and thanks, or the message as typed. */
export function withoutChatFrame(typed: string): string {
  const message = typed.trim().replace(ADDRESS, '');
  // A message that is only a greeting or thanks ("hi there") is small talk, answered as such.
  const small = metaQuestionOf(message.toLowerCase().replace(/’/gu, "'").trim());
  if (small === 'greeting' || small === 'thanks') return message;
  let text = message;
  let sourced = false;
  let requested = false;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    const unframed = text.replace(ADDRESS, '').replace(GREETED, '').replace(OPENER, '').replace(REQUEST, '');
    requested ||= unframed !== text;
    // Once the openers are read off, the sentence that asks goes first ("I have a question. Who …?").
    text = questionFirst(unframed);
    const source = SOURCE_OPENER.exec(text)?.[0];
    if (!source) continue;
    // "Do the articles say …" asks something of the coverage; "according to the articles, …" only frames it.
    sourced ||= /^(?:do|does|did)\b/i.test(source);
    text = text.slice(source.length);
  }
  const unclosed = text.replace(CLOSER, questionMarkOf);
  // "What is in the news?" asks about the news: the frame goes only where a question of its own is left.
  const unsourced = unclosed.replace(SOURCE_CLOSER, questionMarkOf);
  const closed = wordCount(unsourced) >= MIN_QUESTION_WORDS ? unsourced : unclosed;
  // "Do you know if the mine reopened?" asks whether a statement is so: as "the mine reopened, right?" does, and so
  // does "do the articles say the mine reopened?".
  const whether = (requested && IF_CLAUSE.test(closed)) || (sourced && !opensQuestion(closed));
  const question = whether ? `${closed.replace(IF_CLAUSE, '').replace(/[\s?.!]+$/u, '')}, right?` : closed.trim();
  // Nothing left but punctuation: the message was all frame.
  return /\p{L}/u.test(question) ? question : message;
}
