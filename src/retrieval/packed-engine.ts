import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

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

const numericMap = <V>(object: Record<string, V>): Map<number, V> =>
  new Map(Object.keys(object).map((key) => [Number(key), object[key]!]));

/** minisearch's bookkeeping for a new document, private in its typings and reached as it is for an override of add. */
interface MiniSearchInternals<T> {
  addDocumentId(id: unknown): number;
  saveStoredFields(shortId: number, document: T): void;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
}

/** A term's postings: field id → (document short id → term frequency), as minisearch holds them. */
type Postings = Map<number, Map<number, number>>;

/**
 * A term's postings, read out of the packed columns the first time minisearch looks at them: a question searches a
 * handful of the index's terms, and the rest stay compact. Every Map method fills the map first, so minisearch sees
 * the same maps, in the same order, as loadJS would have built.
 */
class PackedPostings extends Map<number, Map<number, number>> {
  #packed: PackedEngine | null;

  constructor(
    packed: PackedEngine,
    private readonly field: number,
    private readonly posting: number,
    private readonly fields: number,
  ) {
    super();
    this.#packed = packed;
  }

  #fill(): void {
    const packed = this.#packed;
    if (!packed) return;
    this.#packed = null;
    const { fieldIds, postingCounts, documents, frequencies } = packed;
    let posting = this.posting;
    for (let field = this.field; field < this.field + this.fields; field++) {
      const frequency = new Map<number, number>();
      for (let p = postingCounts[field]!; p > 0; p--, posting++)
        frequency.set(documents[posting]!, frequencies[posting]!);
      super.set(fieldIds[field]!, frequency);
    }
  }

  override get size(): number {
    this.#fill();
    return super.size;
  }
  override get(field: number): Map<number, number> | undefined {
    this.#fill();
    return super.get(field);
  }
  override has(field: number): boolean {
    this.#fill();
    return super.has(field);
  }
  override set(field: number, frequency: Map<number, number>): this {
    this.#fill();
    return super.set(field, frequency);
  }
  override delete(field: number): boolean {
    this.#fill();
    return super.delete(field);
  }
  override clear(): void {
    this.#packed = null;
    super.clear();
  }
  override forEach(visit: (value: Map<number, number>, key: number, map: Postings) => void, self?: unknown): void {
    this.#fill();
    super.forEach(visit, self);
  }
  override entries(): MapIterator<[number, Map<number, number>]> {
    this.#fill();
    return super.entries();
  }
  override keys(): MapIterator<number> {
    this.#fill();
    return super.keys();
  }
  override values(): MapIterator<Map<number, number>> {
    this.#fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}

/**
 * A minisearch index restored from packed columns, without first parsing 1.6 million postings as JSON objects and
 * converting their keys back to numbers, and without building the maps of terms no question asks about.
 * minisearch keeps its state protected for subclasses like this one.
 */
export class PackedMiniSearch<T> extends MiniSearch<T> {
  /** Restores an index packed by pack, with the options it was built with (throws if the columns disagree). */
  static unpack<T>(packed: PackedEngine, options: Options<T>): PackedMiniSearch<T> {
    const engine = new PackedMiniSearch<T>(options);
    engine.restore(packed);
    return engine;
  }

  /**
   * Adds a document as minisearch's own add does, but looks each distinct term of a field up in the term index once,
   * with its count, instead of once per occurrence: walking the radix tree for every word was most of indexing a
   * large corpus. Terms enter the tree in the order first met and postings in document order, so the index is the
   * same (a test compares the two).
   */
  override add(document: T): void {
    const { extractField, stringifyField, tokenize, processTerm, fields, idField } = this._options;
    const id = extractField(document, idField);
    if (id == null || this._idToShortId.has(id)) {
      super.add(document); // minisearch's own error, for a missing or repeated id
      return;
    }
    const internals = this as unknown as MiniSearchInternals<T>;
    const shortId = internals.addDocumentId(id);
    internals.saveStoredFields(shortId, document);
    for (const field of fields) {
      const value = extractField(document, field);
      if (value == null) continue;
      const tokens = tokenize(stringifyField(value, field), field);
      const fieldId = this._fieldIds[field]!;
      internals.addFieldLength(shortId, fieldId, this._documentCount - 1, new Set(tokens).size);
      const counts = new Map<string, number>();
      const count = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const token of tokens) {
        const processed = processTerm(token, field);
        if (Array.isArray(processed)) processed.forEach(count);
        else if (processed) count(processed);
      }
      for (const [term, frequency] of counts) {
        const postings = this._index.fetch(term, () => new Map());
        let documents = postings.get(fieldId);
        if (!documents) postings.set(fieldId, (documents = new Map()));
        documents.set(shortId, (documents.get(shortId) ?? 0) + frequency);
      }
    }
  }

  /**
   * The term index as number columns, in the order minisearch's toJSON lists it, read straight from its maps: toJSON
   * makes an object per term and field with a property per posting, which was the largest transient of a build.
   */
  pack(): PackedEngine {
    const terms: string[] = [];
    let [fieldTotal, postingTotal] = [0, 0];
    for (const [term, fields] of this._index) {
      terms.push(term);
      fieldTotal += fields.size;
      for (const postings of fields.values()) postingTotal += postings.size;
    }
    const fieldCounts = new Int32Array(terms.length);
    const fieldIds = new Int32Array(fieldTotal);
    const postingCounts = new Int32Array(fieldTotal);
    const documents = new Int32Array(postingTotal);
    const frequencies = new Int32Array(postingTotal);
    let [t, f, p] = [0, 0, 0];
    // In ascending order of field and document ids, as the objects toJSON makes list their integer keys.
    const ascending = (ids: Iterable<number>): number[] => [...ids].sort((a, b) => a - b);
    for (const fields of this._index.values()) {
      fieldCounts[t++] = fields.size;
      for (const field of ascending(fields.keys())) {
        const postings = fields.get(field)!;
        fieldIds[f] = field;
        postingCounts[f++] = postings.size;
        for (const id of ascending(postings.keys())) {
          documents[p] = id;
          frequencies[p++] = postings.get(id)!;
        }
      }
    }
    // minisearch's own serialization of the rest, its term index set aside meanwhile.
    const index = this._index;
    this._index = new SearchableMap() as unknown as typeof index;
    const engine = this.toJSON();
    this._index = index;
    return { engine, terms, fieldCounts, fieldIds, postingCounts, documents, frequencies };
  }

  private restore(packed: PackedEngine): void {
    const { engine, terms, fieldCounts, fieldIds, postingCounts, documents, frequencies } = packed;
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
      const fields = fieldCounts[t]!;
      this._index.set(terms[t]!, new PackedPostings(packed, field, posting, fields));
      for (const end = field + fields; field < end; field++) posting += postingCounts[field]!;
    }
  }
}
