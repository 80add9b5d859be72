/** A cache payload that does not have the layout this code writes (it is then rebuilt, never used). */
export class CacheFormatError extends Error {
  override name = 'CacheFormatError';
}

/** Named byte blocks: JSON where the data is small or irregular, number columns and text as they lie in memory. */
export type Sections = Map<string, Uint8Array>;

/**
 * The sections' bytes in the order they are stored: a JSON line naming each section and its length, then their bytes
 * one after another. Written part by part: joined in one buffer, a large index's cache was held two more times over.
 */
export function sectionParts(sections: Sections): Uint8Array[] {
  const layout = [...sections].map(([name, bytes]) => [name, bytes.byteLength]);
  return [Buffer.from(`${JSON.stringify(layout)}\n`), ...sections.values()];
}

/** The sections as one buffer, as sectionParts lays them out. */
export const packSections = (sections: Sections): Buffer => Buffer.concat(sectionParts(sections));

/** The sections of a buffer packSections wrote (views into it, not copies). */
export function unpackSections(payload: Buffer): Sections {
  const newline = payload.indexOf(0x0a);
  if (newline < 0) throw new CacheFormatError('no section layout');
  const layout: unknown = JSON.parse(payload.toString('utf8', 0, newline));
  const sections: Sections = new Map();
  let at = newline + 1;
  for (const entry of Array.isArray(layout) ? layout : []) {
    const [name, length] = Array.isArray(entry) ? entry : [];
    if (typeof name !== 'string' || !Number.isInteger(length) || length < 0 || at + length > payload.length)
      throw new CacheFormatError(`bad section ${JSON.stringify(entry)}`);
    sections.set(name, payload.subarray(at, at + length));
    at += length;
  }
  if (at !== payload.length) throw new CacheFormatError(`${payload.length - at} bytes after the last section`);
  return sections;
}

/** A section by name; its absence means the payload is not one this code wrote. */
export function section(sections: Sections, name: string): Uint8Array {
  const bytes = sections.get(name);
  if (!bytes) throw new CacheFormatError(`missing section ${name}`);
  return bytes;
}

/** A number column's bytes (in this machine's byte order, which the cache header records). */
export const columnBytes = (column: Int32Array | Uint16Array | Uint8Array | Float64Array): Uint8Array =>
  new Uint8Array(column.buffer, column.byteOffset, column.byteLength);

type ColumnType = typeof Int32Array | typeof Uint16Array | typeof Uint8Array | typeof Float64Array;

/** A number column read back: copied out, so that it is aligned and the file's buffer can be freed. */
export function column<T extends ColumnType>(type: T, bytes: Uint8Array, length: number): InstanceType<T> {
  if (bytes.byteLength !== length * type.BYTES_PER_ELEMENT)
    throw new CacheFormatError(`a column holds ${bytes.byteLength} bytes, not ${length} ${type.name} values`);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new type(copy.buffer, 0, length) as InstanceType<T>;
}

/** A JSON section's value. */
export const jsonSection = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value), 'utf8');

/** A JSON section read back. */
export const parseJsonSection = (bytes: Uint8Array): unknown =>
  JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
