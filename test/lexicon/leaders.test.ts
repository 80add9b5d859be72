import { describe, expect, it } from 'vitest';
import { isLeaderNoun, isLeadingVerb } from '../../src/lexicon/leaders.ts';

describe('verbs of leading an organization, from WordNet', () => {
  it('run, lead, head, manage and direct name what a leader does', () => {
    for (const verb of ['run', 'lead', 'head', 'manage', 'direct']) expect(isLeadingVerb(verb), verb).toBe(true);
  });

  it('founding, owning, hiring, signing and building do not: their doers are no heads of anything', () => {
    for (const verb of ['found', 'own', 'hire', 'sign', 'build']) expect(isLeadingVerb(verb), verb).toBe(false);
  });
});

describe('nouns that may name the head of an organization though they most often name something else', () => {
  it('"head" (a body part first) may; "leader" and "chief" are persons first and need no help', () => {
    expect(isLeaderNoun('head')).toBe(true);
    for (const noun of ['leader', 'chief', 'river', 'budget']) expect(isLeaderNoun(noun), noun).toBe(false);
  });
});
