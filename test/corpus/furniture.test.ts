import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/corpus/blocks.ts';
import { classifyBlocks, furnitureOf } from '../../src/corpus/furniture.ts';

describe('furnitureOf: page furniture recognized by its own text', () => {
  it.each([
    ['cookie-notice', 'Utilizamos cookies, próprios e de terceiros, para garantir a melhor experiência de navegação.'],
    ['cookie-notice', 'Caso não concorde com o uso cookies dessa forma, você deverá ajustar as configurações de seu navegador.'],
    ['cookie-notice', 'We use cookies to improve your experience on our site. By continuing you accept our cookie policy.'],
    ['cookie-notice', 'Usamos cookies propias y de terceros. Si continúa navegando en nuestro sitio, acepta nuestra política de cookies.'],
    ['skip-link', 'Skip To Content'],
    ['skip-link', 'Skip to main content'],
    ['page-chrome', 'Enlarge Icon'],
    ['page-chrome', 'Toggle caption'],
    ['photo-credit', 'Jason Cairnduff / Reuters'],
    ['photo-credit', 'AP'],
    ['photo-credit', 'Photo: Getty Images'],
    ['widget', 'What is your take? Do mention your views in the comment section below. For more news subscribe to our newsletter from here'],
    ['widget', 'Notify of'],
    ['widget', 'View all comments'],
    ['widget', 'About Author'],
    ['dateline', 'Posted on June 10, 2020, at 6:18 p.m. ET'],
    ['editor-note', 'This article was updated to include a response from Amazon.'],
  ])('%s: %s', (kind, text) => {
    expect(furnitureOf(text)).toBe(kind);
  });

  it.each([
    'Spokespeople for IBM and Amazon declined to comment.',
    'When reached for comment, an Amazon spokesperson said, "We’re not answering any further questions at this time."',
    'A woman wears a mask during a Black Lives Matter protest in Centenary Square in Birmingham, England.',
    'In this Oct. 31 photo, a man has his face painted to represent efforts to defeat facial recognition.',
    'The company also owns Ring, which has been developing its own proprietary facial recognition technology since 2016.',
  ])('keeps reporting and captions: %s', (text) => {
    expect(furnitureOf(text)).toBeNull();
  });
});

describe('classifyBlocks: furniture that needs the whole page or corpus', () => {
  const page = [
    'Harbor Bridge Will Close',
    'caption: Workers inspect the cables. The inspection found corrosion.',
    'Enlarge Icon',
    'Workers inspect the cables. The inspection found corrosion.',
    'The bridge will close for repairs.',
    'A Times investigation, based on thousands of documents.',
    'Why you can trust us',
    'Be ready for the challenge',
  ].join('\n');
  const verdicts = classifyBlocks(splitBlocks(page), {
    title: 'Harbor Bridge Will Close',
    repeated: new Set(['a times investigation, based on thousands of documents.']),
  });
  const kinds = verdicts.map((v) => [v.block.text, v.furniture]);

  it('keeps a caption once, without its "caption:" label, and drops the repeat', () => {
    expect(kinds[1]).toEqual(['Workers inspect the cables. The inspection found corrosion.', null]);
    expect(kinds[3]![1]).toBe('duplicate');
  });

  it('drops the title line, promos repeated across documents, and trailing fragments', () => {
    expect(kinds[0]![1]).toBe('title');
    expect(kinds[5]![1]).toBe('repeated-across-documents');
    expect(kinds[6]![1]).toBe('trailing-fragment');
    expect(kinds[7]![1]).toBe('trailing-fragment');
  });

  it('keeps the article prose', () => {
    expect(kinds[4]).toEqual(['The bridge will close for repairs.', null]);
  });

  it('keeps offsets pointing at the caption text itself', () => {
    const caption = verdicts[1]!.block;
    expect(page.slice(caption.start, caption.end)).toBe(caption.text);
  });
});
