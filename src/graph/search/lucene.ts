/** Escapes Lucene's syntax so that a user's words are searched as words, never parsed as a query. */
export const luceneTerms = (text: string): string =>
  text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/^(AND|OR|NOT|TO)$/.test(word) ? word.toLowerCase() : word))
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .join(' ');
