/**
 * The questions in SPARQL (queries/sparql/): each query run through the protocol with a SPARQL client library
 * (fetch-sparql-endpoint) answers what its GraphQL twin in queries/ answers over the same seeded graph. Every
 * file of queries/sparql must have a comparison here, so none is left unchecked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { idOfPath } from '../../src/model';
import { graphql, seededServerForFile } from '../support/http';
import { select } from './client';

const QUERIES = path.join(__dirname, '..', '..', 'queries');
// Seeding the test Neo4j took 118 s on the shared machine (applying the schema 62 s): past Jest's 120 s for a hook.
jest.setTimeout(600_000);
const suite = seededServerForFile();

type Rows = Record<string, string>[];

/** A SPARQL value as the GraphQL answer gives it: an entity's IRI as its id, a number as a number. */
function plain(value: string): string | number {
  const prefix = `${suite.server.url}/id/`;
  if (value.startsWith(prefix)) {
    const named = idOfPath(value.slice(prefix.length));
    if ('entity' in named) return named.entity;
    if ('fact' in named) return named.fact;
  }
  return /^-?\d+(\.\d+)?(E-?\d+)?$/i.test(value) ? Number(value) : value;
}

const plainRows = (rows: Rows) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
const twin = async (file: string) => (await graphql(suite.server.url, fs.readFileSync(path.join(QUERIES, file), 'utf8'))).data!;
const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

/** For each SPARQL file: its rows and its twin's answer, brought to one shape to compare. */
const COMPARISONS: Record<string, (rows: Rows) => Promise<[unknown, unknown]>> = {
  '02-import-sources-by-year.rq': async (rows) => {
    const data = await twin('02-import-sources-by-year.graphql');
    const graph = (data.importRankings as any[]).map((r) => ({
      year: r.year,
      rank: r.rank,
      region: r.region.id,
      value: r.value,
      sharePct: r.sharePct,
      locator: r.locator,
      source: r.source.id,
    }));
    return [plainRows(rows), graph];
  },
  '16-works-aired-on-jade-2024.rq': async (rows) => {
    const data = await twin('16-works-aired-on-jade-2024.graphql');
    const works = plainRows(rows).map((r) => ({ id: r.work as string, title: r.title }));
    return [byId(works), byId((data.works.nodes as any[]).map((w) => ({ id: w.id, title: w.title })))];
  },
  '17-works-from-the-mainland.rq': async (rows) => {
    const data = await twin('17-works-from-the-mainland.graphql');
    const works = plainRows(rows);
    const all = byId(works.map((r) => ({ id: r.work as string, title: r.title })));
    const films = byId(works.filter((r) => r.kind === 'FILM').map((r) => ({ id: r.work as string, title: r.title })));
    const twinAll = byId((data.all.nodes as any[]).map((w) => ({ id: w.id, title: w.title })));
    return [
      { all, films },
      { all: twinAll, films: byId(data.films.nodes as { id: string; title: string }[]) },
    ];
  },
  '18-releases-in-hong-kong-2022-over-10-million.rq': async (rows) => {
    const data = await twin('18-releases-in-hong-kong-2022-over-10-million.graphql');
    const works = plainRows(rows).map((r) => ({ id: r.work as string, title: r.title }));
    return [byId(works), byId(data.works.nodes as { id: string; title: string }[])];
  },
  '19-mainland-box-office-hong-kong-2022.rq': async (rows) => {
    const data = await twin('19-mainland-box-office-hong-kong-2022.graphql');
    const [r] = plainRows(rows);
    const [group] = data.factsAggregate as any[];
    const values = Object.fromEntries((group.values as any[]).map((v) => [v.property, v]));
    const ours = {
      count: r.releases,
      boxOffice: [r.boxOfficeSum, Math.round(r.boxOfficeAverage as number)],
      admissions: [r.admissionsSum, Math.round(r.admissionsAverage as number)],
    };
    const theirs = {
      count: group.count,
      boxOffice: [values.boxOfficeHKD.sum, Math.round(values.boxOfficeHKD.average)],
      admissions: [values.admissions.sum, Math.round(values.admissions.average)],
    };
    return [ours, theirs];
  },
};

const FILES = fs
  .readdirSync(path.join(QUERIES, 'sparql'))
  .filter((f) => f.endsWith('.rq'))
  .sort();

describe('the questions in SPARQL', () => {
  it('has a GraphQL twin and a comparison for every SPARQL question', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
    for (const file of FILES) {
      expect(COMPARISONS[file]).toBeDefined();
      expect(fs.existsSync(path.join(QUERIES, file.replace(/\.rq$/, '.graphql')))).toBe(true);
    }
  });

  it.each(FILES)('%s answers what its GraphQL twin answers', async (file) => {
    const rows = await select(`${suite.server.url}/sparql`, fs.readFileSync(path.join(QUERIES, 'sparql', file), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    const [sparql, graphqlAnswer] = await COMPARISONS[file](rows);
    expect(sparql).toEqual(graphqlAnswer);
  });
});
