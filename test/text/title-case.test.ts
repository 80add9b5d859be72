import { describe, expect, it } from 'vitest';
import { isTitleCased } from '../../src/text/names.ts';

describe('isTitleCased: a line whose capitals mark its style, not its names', () => {
  it('a headline with every longer word capitalized', () => {
    expect(isTitleCased('Amazon Halts Police Use Of Its Facial Recognition Technology')).toBe(true);
    expect(isTitleCased("Microsoft Won't Say Which Departments Used the Tool")).toBe(true);
  });

  it('a headline in sentence case, or too short to tell', () => {
    expect(isTitleCased('Microsoft bars facial recognition sales to police')).toBe(false);
    expect(isTitleCased('Storm Warning Issued')).toBe(false);
  });

  it('a sentence that lists names ends with a full stop', () => {
    expect(isTitleCased('Signers included Amnesty International, Electronic Frontier Foundation and Mijente.')).toBe(
      false,
    );
  });
});
