import { searchParams, TYPED_SEARCH_SCAN } from '../../src/graph/search/run';
import { canonical, firstDifference, Plain, rankingDifference, Scored } from './compare';

/**
 * The fixed mix researchers send, each query three ways: ours over HTTP, the peer over HTTP with the
 * equivalent GraphQL, and the floor, the best single hand-written statement (bench/cypher/<floor>.cypher)
 * returning the same data. Each way's answer is mapped to one plain shape, so the three can be
 * compared before anything is timed.
 */

/** What the queries ask about at one scale, picked from the loaded graph by bench/cypher/pick*.cypher. */
export interface Subjects {
  workIds: string[];
  entityIds: string[];
  nestedPolicy: string;
  nestedPolicyWorks: number;
  pathFrom: string;
  pathTo: string;
  searchText: string;
  importer: string;
  importRegion: string;
}

export interface Variant {
  ours: Record<string, unknown>;
  peer: Record<string, unknown>;
  floor: Record<string, unknown>;
}

type Data = Record<string, any>;
type Row = Record<string, any>;

export interface Workload {
  name: string;
  title: string;
  ours: string;
  peer: string;
  /** The file in bench/cypher holding the floor statement. */
  floor: string;
  variants(s: Subjects): Variant[];
  fromOurs(data: Data): unknown;
  fromPeer(data: Data): unknown;
  fromFloor(rows: Row[]): unknown;
  /** Where two mapped answers differ; undefined when they agree. */
  difference(a: unknown, b: unknown): string | undefined;
}

const ordered = (a: unknown, b: unknown) => firstDifference(canonical(a), canonical(b));
const unordered = (a: unknown, b: unknown) => firstDifference(canonical(a, true), canonical(b, true));
const same = (v: Record<string, unknown>): Variant => ({ ours: v, peer: v, floor: v });

const WORK_FIELDS = 'id title titleZh kind year genres languages runtimeMinutes';
const PAGE = { kind: 'FILM', fromYear: 2000, first: 20 };
const SEARCH_LIMIT = 20;
const PATH_MAX = 4;

const lookup: Workload = {
  name: 'lookup',
  title: 'Lookup by id (a work)',
  ours: `query Lookup($id: ID!) { work(id: $id) { ${WORK_FIELDS} } }`,
  peer: `query Lookup($id: ID!) { works(where: { id: { eq: $id } }) { ${WORK_FIELDS} } }`,
  floor: 'floorLookup',
  variants: (s) => s.workIds.map((id) => same({ id })),
  fromOurs: (d) => d.work,
  fromPeer: (d) => d.works[0] ?? null,
  fromFloor: (rows) => rows[0]?.work ?? null,
  difference: ordered,
};

const page: Workload = {
  name: 'page',
  title: `Filtered, sorted page (${PAGE.kind} from ${PAGE.fromYear}, by title, first ${PAGE.first}, with total)`,
  ours: `query Page { works(filter: { field: "kind", eq: "${PAGE.kind}", AND: [{ field: "year", gte: ${PAGE.fromYear} }] },
    orderBy: { field: "title", direction: ASC }, first: ${PAGE.first}) { totalCount nodes { id title year } } }`,
  peer: `query Page { worksConnection(where: { kind: { eq: "${PAGE.kind}" }, year: { gte: ${PAGE.fromYear} } },
    sort: [{ sortName: ASC }, { id: ASC }], first: ${PAGE.first}) { totalCount edges { node { id title year } } } }`,
  floor: 'floorPage',
  variants: () => [{ ours: {}, peer: {}, floor: PAGE }],
  fromOurs: (d) => ({ total: d.works.totalCount, page: d.works.nodes }),
  fromPeer: (d) => ({ total: d.worksConnection.totalCount, page: d.worksConnection.edges.map((e: Data) => e.node) }),
  fromFloor: (rows) => (rows[0] ? { total: rows[0].total, page: rows[0].page } : { total: 0, page: [] }),
  difference: ordered,
};

/** One enabled entity, co-producer and platform, in the shape all three answers are mapped to. */
const party = (c: Data, operates: Data[]) =>
  c.__typename === 'Studio'
    ? { __typename: 'Studio', id: c.id, name: c.name, operates }
    : { __typename: c.__typename, id: c.id, name: c.name };
const enabled = (e: Data, coProducers: () => unknown[]) =>
  e.__typename === 'Work' ? { __typename: 'Work', id: e.id, title: e.title, coProducers: coProducers() } : { __typename: e.__typename };

const nested: Workload = {
  name: 'nested',
  title: 'Nested, three levels (policy → enabled works → co-producing studios → platforms they operate)',
  ours: `query Nested($id: ID!) { policy(id: $id) { id name enables { node { __typename ... on Work { id title
    coProducers { node { __typename ... on Studio { id name operates { node { ... on Platform { id name } } } }
    ... on Region { id name } } } } } } } }`,
  peer: `query Nested($id: ID!) { policies(where: { id: { eq: $id } }) { id name enables { __typename ... on Work { id title
    coProducers { __typename ... on Studio { id name operates { id name } } ... on Region { id name } } } } } }`,
  floor: 'floorNested',
  variants: (s) => [same({ id: s.nestedPolicy })],
  fromOurs: (d) =>
    d.policy && {
      id: d.policy.id,
      name: d.policy.name,
      enables: d.policy.enables.map((f: Data) =>
        enabled(f.node, () =>
          f.node.coProducers.map((c: Data) =>
            party(
              c.node,
              (c.node.operates ?? []).map((o: Data) => o.node),
            ),
          ),
        ),
      ),
    },
  fromPeer: (d) => {
    const p = d.policies[0];
    return p
      ? {
          id: p.id,
          name: p.name,
          enables: p.enables.map((e: Data) => enabled(e, () => e.coProducers.map((c: Data) => party(c, c.operates ?? [])))),
        }
      : null;
  },
  fromFloor: (rows) => rows[0]?.policy ?? null,
  difference: unordered,
};

const search: Workload = {
  name: 'search',
  title: `Full-text search (a title word, works, best ${SEARCH_LIMIT})`,
  ours: `query Search($text: String!) { search(text: $text, types: ["Work"], first: ${SEARCH_LIMIT}) { score node { id ... on Work { title } } } }`,
  peer: `query Search($text: String!) { searchWorks(phrase: $text, first: ${SEARCH_LIMIT}, sort: [{ score: DESC }]) { edges { score node { id title } } } }`,
  floor: 'floorSearch',
  variants: (s) => [
    {
      ours: { text: s.searchText },
      peer: { text: s.searchText },
      floor: { ...searchParams(s.searchText), first: SEARCH_LIMIT, scan: SEARCH_LIMIT * TYPED_SEARCH_SCAN },
    },
  ],
  fromOurs: (d) => d.search.map((h: Data) => ({ id: h.node.id, title: h.node.title, score: h.score })),
  fromPeer: (d) => d.searchWorks.edges.map((e: Data) => ({ id: e.node.id, title: e.node.title, score: e.score })),
  fromFloor: (rows) => rows.map((r) => ({ id: r.id, title: r.title, score: r.score })),
  difference: (a, b) => rankingDifference(a as Scored[], b as Scored[]),
};

const path: Workload = {
  name: 'path',
  title: `Shortest paths (person → platform, at most ${PATH_MAX} steps)`,
  ours: `query Path($from: ID!, $to: ID!) { shortestPaths(fromId: $from, toId: $to, maxLength: ${PATH_MAX}) {
    length steps { type direction from { id } to { id } } } }`,
  peer: `query Path($from: ID!, $to: ID!) { shortestPaths(fromId: $from, toId: $to, maxLength: ${PATH_MAX}) {
    length steps { type forward fromId toId } } }`,
  floor: 'floorPath',
  variants: (s) => [
    { ours: { from: s.pathFrom, to: s.pathTo }, peer: { from: s.pathFrom, to: s.pathTo }, floor: { fromId: s.pathFrom, toId: s.pathTo } },
  ],
  fromOurs: (d) =>
    d.shortestPaths.map((p: Data) =>
      p.steps.map((s: Data) => ({ type: s.type, forward: s.direction === 'OUT', from: s.from.id, to: s.to.id })),
    ),
  fromPeer: (d) =>
    d.shortestPaths.map((p: Data) => p.steps.map((s: Data) => ({ type: s.type, forward: s.forward, from: s.fromId, to: s.toId }))),
  fromFloor: (rows) => rows.map((r) => r.steps),
  difference: (a, b) => firstDifference(sortedPaths(a), sortedPaths(b)),
};

/** Paths in a canonical order; the steps within a path keep theirs. */
const sortedPaths = (paths: unknown): Plain =>
  (canonical(paths) as Plain[]).sort((x, y) =>
    JSON.stringify(x) < JSON.stringify(y) ? -1 : JSON.stringify(x) > JSON.stringify(y) ? 1 : 0,
  );

const byYear = (flows: Data[]) => [...flows].sort((a, b) => a.year - b.year || (a.rank ?? 0) - (b.rank ?? 0));

const imports: Workload = {
  name: 'imports',
  title: 'Yearly series of import shares (one source region into Hong Kong, every year)',
  ours: `query Imports($region: ID!) { importSharesByYear(regionId: $region) { year rank value sharePct locator region { id name } } }`,
  peer: `query Imports($importer: ID!, $region: ID!) { regions(where: { id: { eq: $importer } }) {
    importsConnection(where: { node: { id: { eq: $region } } }, sort: [{ edge: { year: ASC } }]) {
      edges { properties { year rank value sharePct locator } node { id name } } } } }`,
  floor: 'floorImports',
  variants: (s) => [
    {
      ours: { region: s.importRegion },
      peer: { importer: s.importer, region: s.importRegion },
      floor: { importerId: s.importer, regionId: s.importRegion },
    },
  ],
  fromOurs: (d) => byYear(d.importSharesByYear),
  fromPeer: (d) => byYear(d.regions[0].importsConnection.edges.map((e: Data) => ({ ...e.properties, region: e.node }))),
  fromFloor: (rows) => byYear(rows),
  difference: ordered,
};

const entities: Workload = {
  name: 'entities',
  title: 'Federation _entities batch (100 work representations)',
  ours: 'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Work { id title year kind } } }',
  peer: 'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on Work { id title year kind } } }',
  floor: 'floorEntities',
  variants: (s) => {
    const representations = s.entityIds.map((id) => ({ __typename: 'Work', id }));
    return [{ ours: { representations }, peer: { representations }, floor: { ids: s.entityIds } }];
  },
  fromOurs: (d) => d._entities,
  fromPeer: (d) => d._entities,
  fromFloor: (rows) => rows.map((r) => r.work),
  difference: ordered,
};

/** What the relationship filter and the aggregate ask about: Hong Kong's releases of one year (Tables 4 and 7 at paper scale). */
const RELEASES = { regionId: 'region:hong-kong', year: 2022, minBoxOfficeHKD: 1_000_000, originId: 'region:mainland-china', first: 20 };

const relationshipFilter: Workload = {
  name: 'relationshipFilter',
  title: `Filter through a relationship (works released in Hong Kong in ${RELEASES.year} over HK$${RELEASES.minBoxOfficeHKD}, by title, first ${RELEASES.first}, with total)`,
  ours: `query RelationshipFilter { works(first: ${RELEASES.first}, orderBy: { field: "title", direction: ASC }, filter: { some: {
    type: "RELEASED_IN", node: { field: "id", eq: "${RELEASES.regionId}" },
    fact: { field: "year", eq: ${RELEASES.year}, AND: [{ field: "boxOfficeHKD", gt: ${RELEASES.minBoxOfficeHKD} }] } } }) {
    totalCount nodes { id title year } } }`,
  peer: `query RelationshipFilter { worksConnection(first: ${RELEASES.first}, sort: [{ sortName: ASC }, { id: ASC }], where: {
    releasedInConnection: { some: { node: { id: { eq: "${RELEASES.regionId}" } },
    edge: { year: { eq: ${RELEASES.year} }, boxOfficeHKD: { gt: ${RELEASES.minBoxOfficeHKD} } } } } }) {
    totalCount edges { node { id title year } } } }`,
  floor: 'floorRelationshipFilter',
  variants: () => [{ ours: {}, peer: {}, floor: RELEASES }],
  fromOurs: (d) => ({ total: d.works.totalCount, page: d.works.nodes }),
  fromPeer: (d) => ({ total: d.worksConnection.totalCount, page: d.worksConnection.edges.map((e: Data) => e.node) }),
  fromFloor: (rows) => ({ total: rows[0].total, page: rows[0].page }),
  difference: ordered,
};

const aggregate: Workload = {
  name: 'aggregate',
  title: `Aggregate over facts (box office of the ${RELEASES.year} releases in Hong Kong of Mainland works: count and sum)`,
  ours: `query Aggregate { factsAggregate(type: "RELEASED_IN", fact: { field: "year", eq: ${RELEASES.year} },
    to: { field: "id", eq: "${RELEASES.regionId}" },
    from: { some: { type: "ORIGINATES_FROM", node: { field: "id", eq: "${RELEASES.originId}" } } },
    properties: ["boxOfficeHKD"]) { count values { sum } } }`,
  peer: `query Aggregate { regions(where: { id: { eq: "${RELEASES.regionId}" } }) { releasesConnection(where: {
    edge: { year: { eq: ${RELEASES.year} } },
    node: { originatesFromConnection: { some: { node: { id: { eq: "${RELEASES.originId}" } } } } } }) {
    aggregate { count { edges } edge { boxOfficeHKD { sum } } } } } }`,
  floor: 'floorAggregate',
  variants: () => [{ ours: {}, peer: {}, floor: RELEASES }],
  fromOurs: (d) => ({ count: d.factsAggregate[0]?.count ?? 0, boxOfficeHKD: d.factsAggregate[0]?.values[0].sum ?? null }),
  fromPeer: (d) => {
    const { aggregate: totals } = d.regions[0].releasesConnection;
    return { count: totals.count.edges, boxOfficeHKD: totals.count.edges > 0 ? totals.edge.boxOfficeHKD.sum : null };
  },
  fromFloor: (rows) => ({ count: rows[0].count, boxOfficeHKD: rows[0].boxOfficeHKD }),
  difference: ordered,
};

/** The graph view's expansion of a hub: one group of its relationships, a page of neighbours by id. */
const GROUP_PAGE = 25;
const expandGroup: Workload = {
  name: 'expandGroup',
  title: `A hub's group, one page (works originating from the importer region, first ${GROUP_PAGE} by id)`,
  ours: `query ExpandGroup($id: ID!) { node(id: $id) { relationshipPage(type: "ORIGINATES_FROM", direction: IN, first: ${GROUP_PAGE}) {
    facts { node { id ... on Work { title } } } } } }`,
  peer: `query ExpandGroup($id: ID!) { regions(where: { id: { eq: $id } }) { works(limit: ${GROUP_PAGE}, sort: [{ id: ASC }]) { id title } } }`,
  floor: 'floorExpandGroup',
  variants: (s) => [same({ id: s.importer })],
  fromOurs: (d) => d.node?.relationshipPage.facts.map((f: Data) => f.node) ?? null,
  fromPeer: (d) => d.regions[0]?.works ?? null,
  fromFloor: (rows) => rows.map((r) => r.work),
  difference: ordered,
};

/** Counts of the two groups the peer's schema has; ours counts every group, as the graph view asks. */
const groupCounts = (groups: Data[]) => ({
  imports: groups.find((g) => g.type === 'IMPORTED_FROM' && g.direction === 'OUT')?.count ?? 0,
  works: groups.find((g) => g.type === 'ORIGINATES_FROM' && g.direction === 'IN')?.count ?? 0,
});

/** The graph view opening a hub: its relationships counted by type and direction. */
const openNode: Workload = {
  name: 'openNode',
  title: "Opening a hub: its relationships counted by type and direction (compared on the peer's two groups)",
  ours: 'query OpenNode($id: ID!) { node(id: $id) { id relationshipGroups { type direction count } } }',
  peer: 'query OpenNode($id: ID!) { regions(where: { id: { eq: $id } }) { importsConnection { totalCount } worksConnection { totalCount } } }',
  floor: 'floorOpenNode',
  variants: (s) => [same({ id: s.importer })],
  fromOurs: (d) => d.node && groupCounts(d.node.relationshipGroups),
  fromPeer: (d) => d.regions[0] && { imports: d.regions[0].importsConnection.totalCount, works: d.regions[0].worksConnection.totalCount },
  fromFloor: (rows) => rows[0] && { imports: rows[0].imports, works: rows[0].works },
  difference: ordered,
};

export const WORKLOADS: Workload[] = [
  lookup,
  page,
  nested,
  search,
  path,
  imports,
  entities,
  relationshipFilter,
  aggregate,
  expandGroup,
  openNode,
];
export const LOOKUP_VARIANTS = 20;
export const ENTITY_BATCH = 100;
export const NESTED_TARGET_WORKS = 50;
