// Files inside packages that are imported one by one; neither package ships types for them.

/** A part of wink-eng-lite-web-model: a loader, a feature function or an add-on (see src/text/wink-model.ts). */
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}

/** One of WordNet's exception lists as wink-lexicon ships them: an irregular form and its base form. */
declare module 'wink-lexicon/src/*.js' {
  const exceptions: Record<string, string>;
  export default exceptions;
}
