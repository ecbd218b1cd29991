/**
 * The graph as RDF against the real seed: the dump (graphQuads) written as N-Triples parses back with n3 to the
 * same quads; JSON-LD of the same quads, expanded and turned into RDF by jsonld, gives them again (compared
 * canonicalised); an entity's, a fact's and a claim's descriptions hold only quads of the dump, and what they must.
 */
import jsonld from 'jsonld';
import { Parser, Quad } from 'n3';
import type { Driver } from 'neo4j-driver';
import type { Graph } from '../../src/graph/graph';
import { describeClaim, describeEntity, describeFact, graphQuads, serialise, toJsonLd } from '../../src/graph/linkedData';
import { CLAIM_ABOUT, CLAIM_STATED_IN, claimIri, entityIri, factIri, NS, XSD } from '../../src/model';
import { loadRealSeed } from '../seed/graphChecksum';
import { cypher, testDriver, testExecutor } from '../support/neo4j';

// Seeding the test Neo4j takes past Jest's 120 s for a hook on the shared machine (test/sparql/questions.test.ts).
jest.setTimeout(600_000);
const BASE = 'https://graph.example.org';
const key = (q: Quad) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;

describe('the graph as RDF', () => {
  let driver: Driver;
  let db: Graph;
  let dump: Quad[];

  beforeAll(async () => {
    driver = testDriver();
    db = testExecutor(driver);
    await loadRealSeed(driver);
    dump = [];
    // A small batch, so that the walk goes through several batches per label.
    for await (const batch of graphQuads(db, BASE, 50)) dump.push(...batch);
  });
  afterAll(() => driver.close());

  it('holds every entity, claim and relationship of the graph, history excluded', async () => {
    const [{ nodes }] = await cypher(driver, 'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN count(n) AS nodes');
    const [{ claims }] = await cypher(driver, 'MATCH (c:Claim) RETURN count(c) AS claims');
    const counts = await cypher(driver, 'MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n');
    const of = (types: string[]) => counts.filter((c) => types.includes(c.type as string)).reduce((sum, c) => sum + (c.n as number), 0);
    const all = of(counts.map((c) => c.type as string));
    expect(claims).toBeGreaterThan(0);
    const typed = new Set(
      dump.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === `${BASE}/vocab/Work`).map((q) => q.subject.value),
    );
    const [{ works }] = await cypher(driver, 'MATCH (n:Work) RETURN count(n) AS works');
    expect(typed.size).toBe(works);
    const identified = new Set(
      dump
        .filter(
          (q) =>
            q.predicate.value === `${NS.dcterms}identifier` && q.subject.value.includes('/id/') && !q.subject.value.includes('/id/fact/'),
        )
        .map((q) => q.subject.value),
    );
    expect(identified.size).toBe(nodes);
    const claimSubjects = new Set(
      dump.filter((q) => q.predicate.value === `${NS.rdf}type` && q.object.value === `${BASE}/vocab/Claim`).map((q) => q.subject.value),
    );
    expect(claimSubjects.size).toBe(claims);
    // Every relationship is in the RDF: a fact of the model as its node (rdf:subject), a claim's ABOUT as its
    // schema:about, its STATED_IN as its prov:wasDerivedFrom.
    const facts = new Set(dump.filter((q) => q.predicate.value === `${NS.rdf}subject`).map((q) => q.subject.value));
    const fromClaims = (p: string) => dump.filter((q) => claimSubjects.has(q.subject.value) && q.predicate.value === p).length;
    expect(fromClaims(`${NS.schema}about`)).toBe(of([CLAIM_ABOUT]));
    expect(fromClaims(`${NS.prov}wasDerivedFrom`)).toBe(of([CLAIM_STATED_IN]));
    expect(facts.size + fromClaims(`${NS.schema}about`) + fromClaims(`${NS.prov}wasDerivedFrom`)).toBe(all);
  });

  it('writes N-Triples that n3 parses back to the same quads', async () => {
    const text = await serialise(dump, 'nt', BASE);
    const parsed = new Parser({ format: 'N-Triples' }).parse(text);
    expect(new Set(parsed.map(key))).toEqual(new Set(dump.map(key)));
    expect(parsed).toHaveLength(new Set(dump.map(key)).size);
  });

  it('writes Turtle that n3 parses back to the same quads', async () => {
    const text = await serialise(dump, 'ttl', BASE);
    expect(text).toContain('@prefix schema: <http://schema.org/>.');
    const parsed = new Parser({ format: 'Turtle' }).parse(text);
    expect(new Set(parsed.map(key))).toEqual(new Set(dump.map(key)));
  });

  it('writes JSON-LD that jsonld expands and turns into the same RDF (canonicalised)', async () => {
    const doc = await toJsonLd(dump, BASE);
    const expanded = await jsonld.expand(JSON.parse(JSON.stringify(doc)));
    const fromJsonLd = (await jsonld.toRDF(expanded, { format: 'application/n-quads' })) as unknown as string;
    const nt = await serialise(dump, 'nt', BASE);
    const canon = (text: string) =>
      jsonld.canonize(text as unknown as object, {
        algorithm: 'URDNA2015',
        inputFormat: 'application/n-quads',
        format: 'application/n-quads',
      });
    expect(await canon(fromJsonLd)).toBe(await canon(nt));
  });

  it('describes Infernal Affairs: its classes, names in each script and romanisation, facts with source and locator', async () => {
    const described = await describeEntity(db, BASE, 'work:infernal-affairs');
    expect(described).toBeDefined();
    const quads = described!.quads;
    const iri = entityIri(BASE, 'work:infernal-affairs');
    expect(iri).toBe(`${BASE}/id/work/infernal-affairs`);
    const of = (p: string) => quads.filter((q) => q.subject.value === iri && q.predicate.value === p).map((q) => q.object);
    expect(of(`${NS.rdf}type`).map((o) => o.value)).toEqual(
      expect.arrayContaining([`${NS.schema}Movie`, `${NS.schema}CreativeWork`, `${BASE}/vocab/Work`]),
    );
    const names = of(`${NS.schema}name`) as { value: string; language: string }[];
    expect(names.map((n) => [n.language, n.value])).toEqual(
      expect.arrayContaining([
        ['', 'Infernal Affairs'],
        ['zh-hant', '無間道'],
        ['zh-hans', '无间道'],
        ['zh-latn-pinyin', 'wu jian dao'],
        ['yue-latn-jyutping', 'mou gaan dou'],
      ]),
    );
    const citation = quads.find((q) => q.predicate.value === `${NS.rdf}subject` && q.subject.value.includes('/id/fact/CITED_IN/'));
    expect(citation).toBeDefined();
    const fact = citation!.subject.value;
    expect(quads.some((q) => q.subject.value === fact && q.predicate.value === `${NS.prov}wasDerivedFrom`)).toBe(true);
    expect(quads.some((q) => q.subject.value === fact && q.predicate.value === `${BASE}/vocab/locator`)).toBe(true);
    const inDump = new Set(dump.map(key));
    expect(quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
  });

  it('describes a fact by its relationship id: the statement, its values, its source and locator', async () => {
    const [row] = await cypher(
      driver,
      'MATCH (:Work)-[r:AIRED_ON]->(:Platform) WHERE r.rating IS NOT NULL RETURN r.id AS id ORDER BY r.id LIMIT 1',
    );
    const described = await describeFact(db, BASE, row.id as string);
    expect(described).toBeDefined();
    const node = factIri(BASE, row.id as string);
    const predicates = new Set(described!.quads.filter((q) => q.subject.value === node).map((q) => q.predicate.value));
    for (const p of [`${NS.rdf}subject`, `${NS.prov}wasDerivedFrom`, `${BASE}/vocab/locator`, `${BASE}/vocab/rating`])
      expect(predicates).toContain(p);
    const inDump = new Set(dump.map(key));
    expect(described!.quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
    expect(await describeFact(db, BASE, 'AIRED_ON|work:infernal-affairs|platform:nothing-here|x')).toBeUndefined();
    expect(await describeEntity(db, BASE, 'work:nothing-here')).toBeUndefined();
  });

  it("describes a fact's claims, each at its own IRI: values under the fact's predicates, source, locator, date", async () => {
    const factId = 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022';
    const fact = factIri(BASE, factId);
    const described = await describeFact(db, BASE, factId);
    const inDump = new Set(dump.map(key));
    expect(described!.quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
    const claimsOf = described!.quads.filter((q) => q.predicate.value === `${BASE}/vocab/claimOf` && q.object.value === fact);
    expect(claimsOf.length).toBeGreaterThanOrEqual(2);
    const [{ id }] = await cypher(driver, "MATCH (c:Claim {factId: $factId, source: 'source:hket-hkbo-2022-annual'}) RETURN c.id AS id", {
      factId,
    });
    const claim = claimIri(BASE, id as string);
    expect(claim).toMatch(new RegExp(`^${BASE}/id/claim/[0-9a-f]+$`));
    const own = (await describeClaim(db, BASE, id as string))!.quads.filter((q) => q.subject.value === claim);
    const values = (p: string) =>
      own.filter((q) => q.predicate.value === p).map((q) => [q.object.value, (q.object as any).datatype?.value]);
    expect(values(`${NS.rdf}type`).map(([v]) => v)).toEqual([`${BASE}/vocab/Claim`, `${NS.prov}Entity`]);
    expect(values(`${BASE}/vocab/claimOf`)).toEqual([[fact, undefined]]);
    expect(values(`${BASE}/vocab/boxOfficeHKD`)).toEqual([['81783591.0', XSD.decimal]]);
    expect(values(`${BASE}/vocab/claimedProperty`)).toEqual([[`${BASE}/vocab/boxOfficeHKD`, undefined]]);
    expect(values(`${BASE}/vocab/asOf`)).toEqual([['2023-01', XSD.gYearMonth]]);
    expect(values(`${BASE}/vocab/stillShowing`)).toEqual([['true', XSD.boolean]]);
    expect(values(`${BASE}/vocab/preferred`)).toEqual([['false', XSD.boolean]]);
    expect(values(`${BASE}/vocab/locator`)).toEqual([['highest-grossing Hong Kong film', XSD.string]]);
    expect(values(`${NS.prov}wasDerivedFrom`)).toEqual([[entityIri(BASE, 'source:hket-hkbo-2022-annual'), undefined]]);
    expect(
      values(`${NS.schema}about`)
        .map(([v]) => v)
        .sort(),
    ).toEqual([entityIri(BASE, 'region:hong-kong'), entityIri(BASE, 'work:warriors-of-future')].sort());
    // The preferred claim holds the fact's own value.
    const preferred = described!.quads.find((q) => q.predicate.value === `${BASE}/vocab/preferred` && q.object.value === 'true');
    const held = described!.quads.filter((q) => q.subject.value === fact && q.predicate.value === `${BASE}/vocab/boxOfficeHKD`);
    const preferredValue = described!.quads.filter(
      (q) => q.subject.equals(preferred!.subject) && q.predicate.value === `${BASE}/vocab/boxOfficeHKD`,
    );
    expect(preferredValue.map((q) => q.object.id)).toEqual(held.map((q) => q.object.id));
    expect(await describeClaim(db, BASE, 'claim:0000000000')).toBeUndefined();
  });

  it("shows an entity's claims (its own figures', its outgoing facts'), and no claim's link as a fact reaching it", async () => {
    const inDump = new Set(dump.map(key));
    const year = await describeEntity(db, BASE, 'marketyear:hong-kong-cinema-2022');
    const claimOf = (quads: Quad[], object: string) =>
      quads.filter((q) => q.predicate.value === `${BASE}/vocab/claimOf` && q.object.value === object);
    expect(claimOf(year!.quads, entityIri(BASE, 'marketyear:hong-kong-cinema-2022')).length).toBeGreaterThan(0);
    expect(year!.quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
    const work = await describeEntity(db, BASE, 'work:warriors-of-future');
    expect(claimOf(work!.quads, factIri(BASE, 'RELEASED_IN|work:warriors-of-future|region:hong-kong|2022')).length).toBeGreaterThan(0);
    const hongKong = await describeEntity(db, BASE, 'region:hong-kong');
    const about = hongKong!.quads.filter(
      (q) => q.predicate.value === `${BASE}/vocab/about` || q.predicate.value === `${BASE}/vocab/statedIn`,
    );
    expect(about).toEqual([]);
    expect(hongKong!.quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
    const source = await describeEntity(db, BASE, 'source:hket-hkbo-2022-annual');
    expect(source!.quads.filter((q) => !inDump.has(key(q)))).toEqual([]);
  });
});
