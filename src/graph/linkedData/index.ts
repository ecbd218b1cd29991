/**
 * The graph as RDF (issue 28). The mapping (IRIs, vocabulary) is src/model/linkedData; this module reads the graph
 * through statements and answers RDF/JS quads (n3's DataFactory), and writes them in the served formats.
 *
 * Exports (stable; the SPARQL endpoint builds on them):
 * - `describeEntity(graph, base, id): Promise<EntityDescription | undefined>` one entity: its classes and properties,
 *   every fact leaving it and up to INCOMING_FACTS_LIMIT reaching it (citations apart), each fact as its direct
 *   triple and its node (rdf:Statement with values, prov:wasDerivedFrom, avx:locator), neighbours' class and name.
 *   `describeEntities(graph, base, ids)` the same for several in one statement (a Map by id).
 * - `describeFact(graph, base, relationshipId): Promise<FactDescription | undefined>` one fact by its relationship id,
 *   with its claims.
 * - `describeClaim(graph, base, claimId): Promise<ClaimDescription | undefined>` one claim by its id (avx:Claim:
 *   its values under the fact's predicates, prov:wasDerivedFrom, avx:locator, avx:asOf, avx:claimOf the fact);
 *   `describeClaims(graph, base, ids)` the same for several in one statement (a Map by id).
 * - `countTriples(graph, base): Promise<number>` how many triples the whole graph's dump holds, nothing written.
 * - `graphQuads(graph, base, batchSize?): AsyncGenerator<Quad[]>` the whole graph (history excluded), one batch of
 *   entities with their outgoing facts at a time, then the claims; every subject's quads are within one batch.
 * - `QuadMaker(base)`: the record → quads mapping itself (entityQuads, factQuads, claimQuads, neighbourQuads, termQuads).
 * - `serialise(quads, 'nt' | 'ttl' | 'jsonld', base)`, `writeQuads`, `toJsonLd`, `RDF_MEDIA_TYPES`.
 * - `writeDump(graph, base, format, out: Writable): Promise<{triples}>` the whole graph streamed in one format.
 * `base` is PUBLIC_BASE_URL (config.publicBaseUrl). IRIs: `entityIri(base, id)`, `factIri(base, relationshipId)`,
 * `claimIri(base, claimId)`, `vocabIri(base, term)` and `idOfPath` from src/model.
 */
export { describeEntities, describeEntity, describeFact, entitiesWithFacts, INCOMING_FACTS_LIMIT } from './describe';
export { describeClaim, describeClaims } from './claims';
export type { ClaimDescription } from './claims';
export type { EntityDescription, FactDescription } from './describe';
export { countTriples, DUMP_BATCH_SIZE, graphQuads } from './dump';
export { QuadMaker } from './quads';
export type { ClaimRecord, FactRecord } from './quads';
export { RDF_FORMATS, RDF_MEDIA_TYPES, serialise, toJsonLd, writeQuads } from './formats';
export type { RdfFormat } from './formats';
export { writeDump } from './writeDump';
export type { DumpCounts } from './writeDump';
