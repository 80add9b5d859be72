import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** minisearch's serialization with its term index as number columns instead of one object per term and field. */
export interface PackedEngine {
  /** minisearch's own serialization, its term index left empty. */
  engine: AsPlainObject;
  /** Every indexed term, in minisearch's order. */
  terms: string[];
  /** Per term: in how many fields it occurs. */
  fieldCounts: Int32Array;
  /** Per term and field: the field's id, and in how many documents the term occurs there. */
  fieldIds: Int32Array;
  postingCounts: Int32Array;
  /** Per posting: the document's short id, and how often the term occurs in its field. */
  documents: Int32Array;
  frequencies: Int32Array;
}

/** Packs minisearch's serialization (toJSON) of an index. */
export function packEngine(plain: AsPlainObject): PackedEngine {
  const [fieldCounts, fieldIds, postingCounts, documents, frequencies] = [[], [], [], [], []] as number[][];
  for (const [, data] of plain.index) {
    const fields = Object.keys(data);
    fieldCounts!.push(fields.length);
    for (const field of fields) {
      const postings = data[field]!;
      const ids = Object.keys(postings);
      fieldIds!.push(Number(field));
      postingCounts!.push(ids.length);
      for (const id of ids) {
        documents!.push(Number(id));
        frequencies!.push(postings[id]!);
      }
    }
  }
  return {
    engine: { ...plain, index: [] },
    terms: plain.index.map(([term]) => term),
    fieldCounts: Int32Array.from(fieldCounts!),
    fieldIds: Int32Array.from(fieldIds!),
    postingCounts: Int32Array.from(postingCounts!),
    documents: Int32Array.from(documents!),
    frequencies: Int32Array.from(frequencies!),
  };
}

const numericMap = <V>(object: Record<string, V>): Map<number, V> =>
  new Map(Object.keys(object).map((key) => [Number(key), object[key]!]));

/**
 * A minisearch index restored from packed columns into the same maps loadJS would build, without first parsing
 * 1.6 million postings as JSON objects and converting their keys back to numbers (at 10,000 articles that took
 * three quarters of a second; this takes a fifth). minisearch keeps its state protected for subclasses like this.
 */
export class PackedMiniSearch<T> extends MiniSearch<T> {
  /** Restores an index packed by packEngine, with the options it was built with (throws if the columns disagree). */
  static unpack<T>(packed: PackedEngine, options: Options<T>): MiniSearch<T> {
    const engine = new PackedMiniSearch<T>(options);
    engine.restore(packed);
    return engine;
  }

  private restore({ engine, terms, fieldCounts, fieldIds, postingCounts, documents, frequencies }: PackedEngine): void {
    if (engine.serializationVersion !== 2) throw new Error(`unknown serialization ${engine.serializationVersion}`);
    const sum = (counts: Int32Array): number => counts.reduce((total, n) => total + n, 0);
    if (
      fieldCounts.length !== terms.length ||
      fieldIds.length !== sum(fieldCounts) ||
      postingCounts.length !== fieldIds.length ||
      documents.length !== sum(postingCounts) ||
      frequencies.length !== documents.length ||
      documents.some((id) => id < 0 || id >= engine.nextId)
    )
      throw new Error('the packed term index does not fit together');
    this._documentCount = engine.documentCount;
    this._nextId = engine.nextId;
    this._fieldIds = engine.fieldIds;
    this._avgFieldLength = engine.averageFieldLength;
    this._dirtCount = engine.dirtCount ?? 0;
    this._documentIds = numericMap(engine.documentIds);
    this._fieldLength = numericMap(engine.fieldLength);
    this._storedFields = numericMap(engine.storedFields);
    // The constructor made the term index and this map, both empty.
    for (const [shortId, id] of this._documentIds) this._idToShortId.set(id, shortId);
    let [field, posting] = [0, 0];
    for (let t = 0; t < terms.length; t++) {
      const data = new Map<number, Map<number, number>>();
      for (let f = fieldCounts[t]!; f > 0; f--, field++) {
        const postings = new Map<number, number>();
        for (let p = postingCounts[field]!; p > 0; p--, posting++)
          postings.set(documents[posting]!, frequencies[posting]!);
        data.set(fieldIds[field]!, postings);
      }
      this._index.set(terms[t]!, data);
    }
  }
}
