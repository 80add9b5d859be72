import { describe, expect, it } from 'vitest';
import { AnnotationPacker, annotationReader, type PackedAnnotations } from '../../src/index-build/annotation-codec.ts';
import type { AnnotatedSentence } from '../../src/text/annotate.ts';
import { titleRule } from '../../src/lexicon/english.ts';
import { paragraphWords } from '../../src/index-build/annotate-pool.ts';
import { annotateParagraph } from '../../src/text/annotate.ts';

const words = { ...paragraphWords(new Set()), isTitle: titleRule() };

/** Packs paragraphs one at a time, as the annotating worker does. */
function packed(paragraphs: ReadonlyArray<readonly AnnotatedSentence[]>): PackedAnnotations {
  const packer = new AnnotationPacker();
  for (const sentences of paragraphs) packer.add(sentences);
  return packer.packed();
}

describe('annotations packed for the trip between threads', () => {
  it('unpack to exactly what was annotated: values with their counted nouns, names, figures, tokens', () => {
    const paragraphs = [
      'Transit Operators Guild Local 412, which represents 2,300 TVTA workers, called £52m short.',
      '"We\'re not done," Ramona Keswick said on March 3, 2025. Ridership was 81% of normal in the first week.',
    ];
    const annotated = paragraphs.map((text) => annotateParagraph(text, words));
    expect(annotated[0]!.some((s) => s.values.some((v) => v.counted))).toBe(true);
    expect(annotationReader(packed(annotated))(paragraphs)).toEqual(annotated);
  });

  it('are read a few paragraphs at a time, each call going on where the last stopped', () => {
    const paragraphs = ['Cedar Hollow', 'The council met on May 2.', 'It approved $4.5 million for 12 buses.'];
    const annotated = paragraphs.map((text) => annotateParagraph(text, words));
    const read = annotationReader(packed(annotated));
    expect(read(paragraphs.slice(0, 1))).toEqual(annotated.slice(0, 1));
    expect(read(paragraphs.slice(1))).toEqual(annotated.slice(1));
    // Past the end, as when a worker sent fewer paragraphs than asked for.
    expect(read(['One more.'])).toBeNull();
  });
});
