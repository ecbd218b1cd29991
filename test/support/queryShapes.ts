/**
 * Queries that API tests send to check that an optimisation never changes an answer: the saved
 * queries (queries/*.graphql) and shapes they do not cover.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface QueryShape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const QUERY_DIR = path.join(__dirname, '..', '..', 'queries');
export const SAVED: QueryShape[] = fs
  .readdirSync(QUERY_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => ({ name: f, query: fs.readFileSync(path.join(QUERY_DIR, f), 'utf8') }));

export const NESTED = `query Nested($id: ID!) { policy(id: $id) { id name enables { node { __typename ... on Work { id title
  coProducers { node { __typename ... on Studio { id name operates { node { ... on Platform { id name } } } }
  ... on Region { id name } } } } } } } }`;

/** Shapes the saved queries do not cover: fragments, aliases, year filters, citations, paths, `_entities`. */
export const SHAPES: QueryShape[] = [
  { name: 'nested, as the benchmark asks', query: NESTED, variables: { id: 'policy:cepa-2020-amendment' } },
  {
    name: 'named fragments and aliases',
    query: `query { tvb: platform(id: "platform:tvb-jade") { ...named airings(year: 2023) { rating timeSlot
      when: startDate node { ...work } } } }
      fragment named on Node { id ... on Platform { name } }
      fragment work on Work { t: title year kind origins { node { id ...named } locator source { id name } } }`,
  },
  {
    name: 'facts by type and citations',
    query: `{ work(id: "work:anita") { title facts(type: "CO_PRODUCED", direction: IN) { type role node { id aliases } }
      citations { locator source { id } } } }`,
  },
  {
    name: 'any node, with a JSON map inside',
    query: '{ node(id: "region:hong-kong") { id ... on Region { name imports(year: 2022) { sharePct value properties node { id } } } } }',
  },
  {
    name: 'several nodes',
    query: '{ nodes(ids: ["work:anita", "region:hong-kong", "work:no-such"]) { id __typename ... on Work { title year } } }',
  },
  {
    name: 'paths with their ends',
    query: `{ shortestPaths(fromId: "person:charmaine-sheh", toId: "platform:youku", maxLength: 4) { length
      steps { type direction locator source { id } from { id ... on Person { name } } to { __typename id } } } }`,
  },
  {
    name: '_entities',
    query: `{ _entities(representations: [{ __typename: "Work", id: "work:anita" }, { __typename: "Region", id: "region:hong-kong" }]) {
      ... on Work { id title releases { node { id } boxOfficeHKD } } ... on Region { name } } }`,
  },
];
