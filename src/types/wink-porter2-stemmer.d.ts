declare module 'wink-porter2-stemmer' {
  /** Stems one lowercase English word with the Porter2 algorithm. */
  export default function stem(word: string): string;
}
