/**
 * The graph as linked data: IRIs (iris.ts), namespaces (namespaces.ts) and the mapping to RDF words
 * (vocabulary.ts). docs/linked-data.md documents it.
 */
export * from './iris';
export * from './namespaces';
export * from './vocabulary';
