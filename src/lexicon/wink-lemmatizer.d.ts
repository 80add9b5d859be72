declare module 'wink-lemmatizer' {
  /** WordNet-style base forms (Morphy rules plus WordNet's exception lists) of one lowercase word. */
  const lemmatizer: {
    lemmatizeNoun(word: string): string;
    lemmatizeVerb(word: string): string;
    lemmatizeAdjective(word: string): string;
  };
  export default lemmatizer;
}
