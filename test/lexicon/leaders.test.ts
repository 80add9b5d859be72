import { describe, expect, it } from 'vitest';
import { headNounShare, isLeaderNoun, isLeadingVerb } from '../../src/lexicon/leaders.ts';

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

describe('corpus nouns that stand in for the leader a question asks about, however deep below head', () => {
  it('a chief executive officer, a president, a director or a chairman surely; a chair or a head less so', () => {
    for (const noun of ['chief_executive_officer', 'president', 'director', 'chairman']) {
      expect(headNounShare(noun), noun).toBe(1);
    }
    // Most often a seat and a body part: a rarer sense is the head of an organization.
    for (const noun of ['chair', 'head']) expect(headNounShare(noun), noun).toBeGreaterThan(0);
    for (const noun of ['chair', 'head']) expect(headNounShare(noun), noun).toBeLessThan(1);
  });

  it('a trainer, an employer, a river are none', () => {
    for (const noun of ['trainer', 'employer', 'river']) expect(headNounShare(noun), noun).toBe(0);
  });
});
