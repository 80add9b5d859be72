import type { Variant } from './robustness.ts';

const lowerFirst = (question: string): string => question.charAt(0).toLowerCase() + question.slice(1);
const bare = (question: string): string => question.replace(/[\s?.!]+$/u, '');

/** Chat's ways of wrapping a question: a greeting, a polite request, thanks after it. */
export const CHAT_FRAMES: readonly Variant[] = [
  { name: 'lower case', rewrite: (q) => bare(q.toLowerCase()) },
  { name: 'hey, …', rewrite: (q) => `hey, ${lowerFirst(q)}` },
  { name: 'quick question: …', rewrite: (q) => `quick question: ${lowerFirst(q)}` },
  { name: 'can you tell me …', rewrite: (q) => `can you tell me ${lowerFirst(q)}` },
  { name: 'I was wondering …', rewrite: (q) => `I was wondering ${lowerFirst(q)}` },
  { name: '… thanks!', rewrite: (q) => `${q} thanks!` },
  { name: '… pls', rewrite: (q) => `${bare(q)} pls` },
];
