/** Where a metadata field's value came from, so the user can tell facts from guesses. */
export type MetadataOrigin = 'front-matter' | 'manifest' | 'inferred' | 'missing';

/** What a paragraph of an article is: reporting, a photo caption, or the summary line under the headline. */
export type ParagraphRole = 'body' | 'caption' | 'standfirst';

/** A citable unit of coverage: an article, or a related-coverage entry listed inside one. */
export interface Source {
  /** Stable id, derived from the file name (and entry number for related coverage). */
  id: string;
  /** Corpus file the source was read from, relative to the corpus directory. */
  file: string;
  kind: 'article' | 'related';
  outlet: string;
  title: string;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or null when unknown. */
  published: string | null;
  /** For related coverage: the outlet that listed it. */
  listedBy: string | null;
  /** Which metadata fields were inferred from the text or are missing. */
  origins: Record<'outlet' | 'title' | 'published' | 'url', MetadataOrigin>;
  /** Cleaned body: paragraphs of text, furniture removed. Offsets of passages index into `text`. */
  text: string;
  /** [start, end) character ranges of each paragraph in `text`. */
  paragraphs: Array<[number, number]>;
  /** The role of each paragraph, parallel to `paragraphs`, so ranking can tell captions from reporting. */
  paragraphRoles: ParagraphRole[];
}

/** What a front end shows about a source (the REPL's :sources, Discord's /sources). */
export interface SourceSummary {
  id: string;
  file: string;
  kind: Source['kind'];
  outlet: string;
  title: string;
  url: string | null;
  published: string | null;
  listedBy: string | null;
  passages: number;
  /** Metadata fields that were inferred from the text rather than stated. */
  inferred: string[];
}
