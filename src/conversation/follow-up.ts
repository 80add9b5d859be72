import { terms } from '../text/analyzer.ts';
import { withoutChatFrame } from '../question/chat-frame.ts';
import { regex } from '../text/regex.ts';
import type { Turn } from './memory.ts';

/**
 * The leading question words ("how long", "what date"): they say what kind of answer is wanted, not what it is about.
 */
const QUESTION_PHRASE = new RegExp(
  '^(?:for |until |since )?(?:how (?:long|many|much(?: money| cash)?|often|far|old|soon)|' +
    '(?:what|which) (?:date|day|year|month|time|period|duration|amount|number|percentage|share)' +
    '(?: of the (?:week|month|year)| of day| of)?|for what reason|on what (?:date|day)|' +
    'what|who|whom|whose|when|where|why|which|how)\\b',
  'iu',
);

/** A follow-up rewritten to stand alone, and what it was taken to be about. */
export interface Resolution {
  resolved: string;
  about: string;
}

// A chat opener before either ("ok, and why?") is read off by the chat frame (resolveFollowUp).
const ELLIPSIS = /^(?:(?:what|how)\s+about|and|same\s+(?:for|with)|also)\s+(.+?)[?.!]*$/iu;
const BARE_NAME = /^(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*\?+$/u;
const BARE_WH = /^(why|when|where|who|how long|how many|how much|how)\b\s*(.*?)[?.!]*$/iu;
// Words a bare "why?" may carry that add no topic of their own ("why that long?", "when exactly?").
const FILLER = regex(
  [
    String.raw`^(?:(?:that|this|so|then|exactly|not|though|again|is that|was that|`,
    String.raw`did they|do they|is it|was it|long|many|much)\s*)*$`,
  ],
  'iu',
);
const PRONOUN = /\b(she|he|her|him|his|they|them|their|it|its)\b/gi;
const DEMONSTRATIVE = /\b(that|this)\b(?!\s+(?:long|much|many|\p{L}+(?:s|ed|ing)?\s))/iu;
const PERSON_PRONOUNS = new Set(['she', 'he', 'her', 'him', 'his']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const POSSESSIVES = new Set(['his', 'its', 'their']);
const AUXILIARY = /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b/i;

/**
 * The previous question without its question words: "How long is Amazon's moratorium?" → "is Amazon's
 * moratorium".
 */
function bodyOf(question: string): string {
  const body = question
    .trim()
    .replace(QUESTION_PHRASE, '')
    .trim()
    .replace(/[?.!]+$/u, '');
  return AUXILIARY.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a follow-up's pronoun or ellipsis points back to: the previous turn's names, else its focus. */
function referent(previous: Turn, pronoun: string): string | null {
  const people = previous.names.filter((n) => n.includes(' '));
  if (PERSON_PRONOUNS.has(pronoun)) return people[0] ?? previous.names[0] ?? null;
  if (PLURAL_PRONOUNS.has(pronoun) && previous.names.length > 1) return previous.names.slice(0, 3).join(' and ');
  return (
    (pronoun === 'it' || pronoun === 'its'
      ? (previous.focus ?? previous.names[0])
      : (previous.names[0] ?? previous.focus)) ?? null
  );
}

const COPULA = /^(?:is|are|was|were)\s+(.+)$/iu;
const HOW_MEASURE = /^how (long|many|much|old|far|often|soon)\b/i;

/**
 * The previous question asked again with another question word, grammatically: "How long is Amazon's moratorium?"
 * + "why?" → "What is the reason for Amazon's moratorium?"; "What did IBM announce?" + "why?" → "Why did IBM
 * announce it?"; "How many cars use the bridge?" + "when?" → "When do many cars use the bridge?" is avoided by asking
 * only what the body allows.
 */
function restateAs(wh: string, previous: Turn): string {
  const body = bodyOf(previous.resolved);
  const copula = COPULA.exec(body);
  const measure = HOW_MEASURE.exec(previous.resolved.trim())?.[1]?.toLowerCase();
  if (copula && wh === 'why') return `What is the reason for ${copula[1]}?`;
  if (copula && measure && wh !== 'how') return `${capitalize(wh)} ${body} that ${measure}?`;
  // "What did IBM announce?": the question word was the verb's object, which the new question must name again.
  const objectAsked =
    /^(?:what|which)\b/i.test(previous.resolved.trim()) && /\b\p{L}+$/u.test(body) && AUXILIARY.test(body) && !copula;
  return `${capitalize(wh)} ${body}${objectAsked ? ' it' : ''}?`;
}

function hasOwnTopic(text: string): boolean {
  return terms(text).length > 0;
}

/**
 * Rewrites a question that leans on the previous turn ("And Microsoft?", "Why?", "What did she say about ICE?")
 * into one that stands alone; returns null for a self-contained question, which is never rewritten.
 */
export function resolveFollowUp(question: string, previous: Turn | undefined): Resolution | null {
  if (!previous) return null;
  const q = question.trim();
  // "hey, why?" or "thanks! and what about IBM?": a follow-up inside a chat frame is read as the follow-up alone.
  const framed = withoutChatFrame(q);
  return resolveBare(q, previous) ?? (framed === q ? null : resolveBare(framed, previous));
}

function resolveBare(q: string, previous: Turn): Resolution | null {
  const bareWh = BARE_WH.exec(q);
  if (bareWh && FILLER.test(bareWh[2] ?? '')) {
    const about = previous.names[0] ?? previous.focus ?? bodyOf(previous.resolved);
    return { resolved: restateAs(bareWh[1]!.toLowerCase(), previous), about };
  }

  const ellipsis = ELLIPSIS.exec(q)?.[1] ?? BARE_NAME.exec(q)?.[1];
  if (ellipsis && !AUXILIARY.test(ellipsis) && hasOwnTopic(ellipsis)) {
    const replaced = previous.names[0] ?? previous.focus;
    const resolved =
      replaced && previous.resolved.includes(replaced)
        ? previous.resolved.replace(replaced, ellipsis)
        : `${previous.resolved.replace(/[?.!]+$/u, '')}, about ${ellipsis}?`;
    return { resolved, about: ellipsis };
  }

  // A pronoun with no name before it in the question refers to the previous turn ("What did she say?"),
  // while one after a name refers to that name ("Did Amazon say they would stop?").
  for (const match of q.matchAll(PRONOUN)) {
    const before = q.slice(0, match.index);
    if (/\s\p{Lu}/u.test(before)) break;
    const pronoun = match[1]!.toLowerCase();
    const target = referent(previous, pronoun);
    if (!target) break;
    const next = q.slice(match.index + match[0].length).trimStart();
    const possessive =
      POSSESSIVES.has(pronoun) ||
      (pronoun === 'her' && /^\p{L}/u.test(next) && !/^(?:about|to|for|with|that|if)\b/i.test(next));
    const replacement = possessive ? `${target}'s` : target;
    return { resolved: q.slice(0, match.index) + replacement + q.slice(match.index + match[0].length), about: target };
  }

  // "When did that happen?": a demonstrative standing for the previous topic, in a question with no topic of its own.
  const demonstrative = DEMONSTRATIVE.exec(q);
  if (
    demonstrative &&
    !hasOwnTopic(q.replace(demonstrative[0], '').replace(/\b(?:happen\w*|do|did|does|done|mean\w*|say|said)\b/gi, ''))
  ) {
    const target = previous.focus ?? previous.names[0];
    // A common noun keeps its article: "When did the moratorium happen?", not "When did moratorium happen?".
    const phrase = target && /^\p{Ll}/u.test(target) ? `the ${target}` : target;
    if (target && phrase) return { resolved: q.replace(demonstrative[0], phrase), about: target };
  }
  return null;
}
