/**
 * The graph among other SPARQL stores: Apache Jena Fuseki (a second engine, from Maven) runs a federated query
 * whose SERVICE is our /sparql and gets our answer; and the N-Triples dump the server serves (/data/graph.nt),
 * loaded into Fuseki, answers Table 1's question (queries/sparql/02) as GraphQL does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { graphql, seededServerForFile } from '../support/http';
import { Fuseki, startFuseki } from '../support/fuseki';
import { select } from './client';

const FUSEKI_PORT = 34101;
const TABLE1 = fs.readFileSync(path.join(__dirname, '..', '..', 'queries', 'sparql', '02-import-sources-by-year.rq'), 'utf8');
// Seeding the test Neo4j took 118 s on the shared machine (applying the schema 62 s): past Jest's 120 s for a hook.
jest.setTimeout(600_000);
const suite = seededServerForFile();
let fuseki: Fuseki;

beforeAll(async () => {
  fuseki = await startFuseki(FUSEKI_PORT);
});
afterAll(async () => {
  await fuseki?.stop();
});

/** Table 1's rows as GraphQL answers them, with IRIs for ids as a SPARQL store gives them. */
async function table1ByGraphQL(): Promise<Record<string, string | number>[]> {
  const data = (
    await graphql(
      suite.server.url,
      '{ importRankings(from: 2011, to: 2022) { year rank region { id } value sharePct locator source { id } } }',
    )
  ).data!;
  const iri = (id: string) => `${suite.server.url}/id/${id.replace(':', '/')}`;
  return (data.importRankings as any[]).map((r) => ({
    year: String(r.year),
    rank: String(r.rank),
    region: iri(r.region.id),
    value: String(r.value),
    sharePct: Number(r.sharePct),
    locator: r.locator,
    source: iri(r.source.id),
  }));
}

describe('federation and the dump', () => {
  it("answers Fuseki's SERVICE call with our answer", async () => {
    const ours = await select(`${suite.server.url}/sparql`, TABLE1);
    const prologue = TABLE1.slice(0, TABLE1.indexOf('SELECT'));
    const body = TABLE1.slice(TABLE1.indexOf('WHERE {') + 'WHERE '.length, TABLE1.lastIndexOf('}') + 1);
    const federated = `BASE <${suite.server.url}/>\n${prologue}SELECT ?year ?rank ?region ?value ?sharePct ?locator ?source WHERE {
  SERVICE <${suite.server.url}/sparql> ${body}
} ORDER BY ?year ?rank`;
    const theirs = await select(fuseki.query, federated);
    expect(ours.length).toBe(60);
    expect(theirs).toEqual(ours);
  });

  it("loads the N-Triples dump into Fuseki, which then answers Table 1's question as GraphQL does", async () => {
    const served = await fetch(`${suite.server.url}/data/graph.nt`);
    expect(served.status).toBe(200);
    const dump = await served.text();
    const put = await fetch(`${fuseki.data}?default`, { method: 'PUT', headers: { 'content-type': 'application/n-triples' }, body: dump });
    expect(put.ok).toBe(true);
    const fromDump = await select(fuseki.query, `BASE <${suite.server.url}/>\n${TABLE1}`);
    // Numbers compared as numbers: the dump writes a share as xsd:decimal "17.0", GraphQL answers 17.
    expect(fromDump.map((r) => ({ ...r, sharePct: Number(r.sharePct) }))).toEqual(await table1ByGraphQL());
  });
});
