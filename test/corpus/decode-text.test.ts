import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, utf16Text } from '../../src/corpus/decode-text.ts';

describe('decodeText: which charset a text file is in', () => {
  it('reads UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.from('Café Lumière', 'utf8'))).toEqual({ text: 'Café Lumière', legacy: null });
  });

  it('reads a file with no UTF-8 in it beyond ASCII as Windows-1252, curly quotes included', () => {
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    expect(decodeText(bytes)).toEqual({ text: 'Café “ok”', legacy: 'windows-1252' });
  });

  it('reads back a page whose UTF-8 was once read as Windows-1252, and leaves a lone accented letter alone', () => {
    const garbled = 'Itâ€™s Â£463,900 â€“ a â€œrecordâ€\u009d, cafÃ© owners say. Ã la carte; Â alone.';
    expect(decodeText(Buffer.from(garbled, 'utf8'))?.text).toBe(
      'It’s £463,900 – a “record”, café owners say. Ã la carte; Â alone.',
    );
    expect(decodeHtml(Buffer.from(`<meta charset="utf-8"><p>${garbled}</p>`, 'utf8'), undefined)).toContain('“record”');
  });

  it('keeps UTF-8 with a stray broken byte, and gives up on UTF-8 broken throughout', () => {
    const stray = Buffer.concat([Buffer.from(`Café ${'long text '.repeat(20)}`, 'utf8'), Buffer.from([0xff])]);
    expect(decodeText(stray)?.legacy).toBeNull();
    const mixed = Buffer.concat([Buffer.from('é', 'utf8'), Buffer.from([0xff, 0xfe, 0xfd, 0x41])]);
    expect(decodeText(mixed)).toBeNull();
  });
});

describe('utf16Text: a file whose byte-order mark says UTF-16', () => {
  it('reads either byte order without its mark, and nothing without one', () => {
    expect(utf16Text(Buffer.from('\ufeffCafé “ok”', 'utf16le'))).toBe('Café “ok”');
    expect(utf16Text(Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
    expect(utf16Text(Buffer.from('Hi', 'utf16le'))).toBeNull();
  });
});

describe('decodeHtml: a page in the charset it declares', () => {
  const page = (charset: string, body: number[]): Buffer =>
    Buffer.concat([Buffer.from(`<meta charset="${charset}"><p>`), Buffer.from(body)]);

  it('reads Latin-1 pages as browsers do, as Windows-1252 with its curly quotes', () => {
    expect(decodeHtml(page('ISO-8859-1', [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), undefined)).toContain('“Café”');
  });

  it("takes the Content-Type's charset over the page's, and UTF-8 for a label nobody knows", () => {
    expect(decodeHtml(Buffer.from([0xe9]), 'text/html; charset=windows-1252')).toBe('é');
    expect(decodeHtml(page('x-unknown', [0xc3, 0xa9]), undefined)).toContain('é');
  });

  it('reads an old page that declares no charset and holds no UTF-8 as Windows-1252, as browsers do', () => {
    const old = Buffer.concat([
      Buffer.from('<p>said mayor J'),
      Buffer.from([0xfc]),
      Buffer.from('rgen K'),
      Buffer.from([0xf6, 0x68]),
    ]);
    expect(decodeHtml(old, undefined)).toContain('Jürgen Köh');
    expect(decodeHtml(Buffer.from('<p>Jürgen</p>', 'utf8'), undefined)).toContain('Jürgen');
  });
});
