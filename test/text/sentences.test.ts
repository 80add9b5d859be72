import { describe, expect, it } from 'vitest';
import { titleRule } from '../../src/lexicon/english.ts';
import { annotateParagraph } from '../../src/text/annotate.ts';

const split = (paragraph: string) =>
  annotateParagraph(paragraph, { isSpeechVerb: () => false, isTitle: titleRule(), isMoneyUnit: () => false });
const texts = (paragraph: string): string[] => split(paragraph).map((s) => s.text);

describe('sentence splitting (annotateParagraph)', () => {
  it.each([
    [
      'abbreviations of countries',
      'It identified the U.S. and U.K. politicians as criminals. Then it stopped.',
      ['It identified the U.S. and U.K. politicians as criminals.', 'Then it stopped.'],
    ],
    [
      'abbreviated months',
      'In this Oct. 31 photo, a man has his face painted. It was a protest.',
      ['In this Oct. 31 photo, a man has his face painted.', 'It was a protest.'],
    ],
    [
      'times of day',
      'Posted on June 10, 2020, at 6:18 p.m. ET. Amazon said more.',
      ['Posted on June 10, 2020, at 6:18 p.m. ET.', 'Amazon said more.'],
    ],
    ['titles', 'Dr. Smith spoke first. Then Ms. Lee replied.', ['Dr. Smith spoke first.', 'Then Ms. Lee replied.']],
    [
      'quotations',
      'The spokesperson said, "We’re not answering any further questions at this time." Nobody else spoke.',
      ['The spokesperson said, "We’re not answering any further questions at this time."', 'Nobody else spoke.'],
    ],
    [
      'em dashes',
      'Three tech giants — Amazon, Microsoft and IBM — all said this week they will not sell. That was new.',
      ['Three tech giants — Amazon, Microsoft and IBM — all said this week they will not sell.', 'That was new.'],
    ],
    [
      'British times, a dot between the hour and the minutes',
      'Organisers stopped the race at 12.12pm on Sunday. The wheelchair race set off at 9.10am.',
      ['Organisers stopped the race at 12.12pm on Sunday.', 'The wheelchair race set off at 9.10am.'],
    ],
  ])('survives %s', (_why, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });

  it('gives exact offsets into the paragraph', () => {
    const paragraph = 'First one.  Second “quoted” one — with a dash. Third.';
    for (const s of split(paragraph)) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it('notes what kind of facts a sentence holds', () => {
    const [s] = split(
      'More than 1,300 police departments signed up by June 10, 2020, Jennifer Lee said, and Amazon gave $10 million.',
    );
    expect(s!.values.map((v) => v.kind)).toEqual(expect.arrayContaining(['count', 'date', 'money']));
    expect(s!.numbers).toEqual(expect.arrayContaining(['1300', '10']));
    expect(s!.names.map((n) => n.text.toLowerCase())).toEqual(expect.arrayContaining(['jennifer lee', 'amazon']));
  });

  it('reads a whole name whose first word the tagger took for a participle, and a plural in it as no title', () => {
    const [s] = split('About 450 workers will vote on whether to join Allied Tech Workers Local 9.');
    expect(s!.names.map((n) => n.text)).toEqual(['Allied Tech Workers Local']);
  });

  it('still splits a title off the name it stands before', () => {
    const [s] = split('The bridge reopened Wednesday, said Mayor Douglas Hartsell.');
    expect(s!.names.map((n) => n.text)).toEqual(['Douglas Hartsell']);
  });
});
