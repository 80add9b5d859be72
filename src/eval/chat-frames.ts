import type { Variant } from './robustness.ts';

const lowerFirst = (question: string): string => question.charAt(0).toLowerCase() + question.slice(1);
const bare = (question: string): string => question.replace(/[\s?.!]+$/u, '');

/**
 * Chat's ways of writing a question: in one case, without apostrophes, in a greeting, a request, with thanks, or
 * asked of the coverage ("…, according to the articles?").
 */
export const CHAT_FRAMES: readonly Variant[] = [
  { name: 'lower case', rewrite: (q) => bare(q.toLowerCase()) },
  { name: 'capitals', rewrite: (q) => q.toUpperCase() },
  { name: 'no apostrophes', rewrite: (q) => (/['’]/u.test(q) ? q.replace(/['’]/gu, '') : null) },
  { name: 'hey, …', rewrite: (q) => `hey, ${lowerFirst(q)}` },
  { name: 'quick question: …', rewrite: (q) => `quick question: ${lowerFirst(q)}` },
  { name: 'can you tell me …', rewrite: (q) => `can you tell me ${lowerFirst(q)}` },
  { name: 'I was wondering …', rewrite: (q) => `I was wondering ${lowerFirst(q)}` },
  { name: 'btw …', rewrite: (q) => `btw ${lowerFirst(q)}` },
  { name: '… thanks!', rewrite: (q) => `${q} thanks!` },
  { name: '… pls', rewrite: (q) => `${bare(q)} pls` },
  { name: 'can you find out …', rewrite: (q) => `can you find out ${lowerFirst(q)}` },
  { name: 'hmm …', rewrite: (q) => `hmm ${lowerFirst(q)}` },
  { name: "I'm curious, …", rewrite: (q) => `I'm curious, ${lowerFirst(q)}` },
  { name: '…, according to the articles?', rewrite: (q) => `${bare(q)}, according to the articles?` },
  { name: '… in the coverage?', rewrite: (q) => `${bare(q)} in the coverage?` },
  { name: '@bot …', rewrite: (q) => `@coverage-bot ${q}` },
  { name: 'good morning! …', rewrite: (q) => `good morning! ${q}` },
  { name: 'need to know …', rewrite: (q) => `need to know ${lowerFirst(q)}` },
  { name: "…? I'm writing a story", rewrite: (q) => `${bare(q)}? I'm writing a story` },
];
