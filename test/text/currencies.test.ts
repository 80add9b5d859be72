import { describe, expect, it } from 'vitest';
import { currenciesNamed, currenciesOfMoney } from '../../src/text/currencies.ts';

describe('currencies, as the runtime names and writes them', () => {
  it.each([
    ['Swiss francs', ['CHF']],
    ['euros', ['EUR']],
    ['Euro', ['EUR']],
  ])('a name gives its currency: %s', (name, codes) => {
    expect([...currenciesNamed(name)]).toEqual(codes);
  });

  it('a name several countries share gives each of their currencies', () => {
    expect(currenciesNamed('francs')).toContain('CHF');
    expect(currenciesNamed('francs')).toContain('XOF');
  });

  it.each([
    ['CHF 4.5 million', 'CHF'],
    ['€12m', 'EUR'],
    ['£52m', 'GBP'],
    ['$2.3 million', 'USD'],
    ['2.1 billion euros', 'EUR'],
    ['38.20 Swiss francs', 'CHF'],
  ])('a sum gives the currency it is written in: %s', (money, code) => {
    expect(currenciesOfMoney(money)).toContain(code);
  });

  it('a sum with no currency written gives none', () => {
    expect(currenciesOfMoney('4.5 million').size).toBe(0);
  });
});
