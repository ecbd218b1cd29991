/**
 * Loads read only the properties a query selects (src/schema/selection.ts). That must never change an
 * answer: each query below is sent as it stands, and again with `properties` added to every entity,
 * fact and path step it selects, which makes every load read every property; with the added field
 * taken out, the answers must be equal. And the names that reach Neo4j are checked for one nested query.
 */
import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLResolveInfo,
  isInterfaceType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  parse,
  print,
  SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildGraphSchema } from '../../src/schema';
import { entityReads } from '../../src/schema/selection';
import { graphql, startSeededServer, TestServer } from '../support/http';
import { cypher } from '../support/neo4j';
import { SAVED, SHAPES } from '../support/queryShapes';

/** The query with `allProperties: properties` added to every selection on a type that has `properties`. */
function readingEverything(query: string, schema: Awaited<ReturnType<typeof buildGraphSchema>>): string {
  const typeInfo = new TypeInfo(schema);
  const added = visit(
    parse(query),
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node: SelectionSetNode) {
        const type = typeInfo.getParentType();
        if (!type || !(isObjectType(type) || isInterfaceType(type)) || !type.getFields().properties) return undefined;
        if (getNamedType(type.getFields().properties.type).name !== 'JSONObject') return undefined;
        const field = {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: 'allProperties' },
          name: { kind: Kind.NAME, value: 'properties' },
        } as const;
        return { ...node, selections: [...node.selections, field] };
      },
    }),
  );
  return print(added);
}

/** The answer without the fields readingEverything added. */
function withoutAdded(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAdded);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'allProperties')
      .map(([k, v]) => [k, withoutAdded(v)]),
  );
}

describe('reading only the selected properties', () => {
  let driver: Driver;
  let server: TestServer;
  let schema: Awaited<ReturnType<typeof buildGraphSchema>>;

  beforeAll(async () => {
    ({ driver, server } = await startSeededServer());
    schema = await buildGraphSchema();
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });

  it.each([...SAVED, ...SHAPES])('answers $name as it does reading every property', async ({ query, variables = {} }) => {
    const selected = await graphql(server.url, query, variables);
    const everything = await graphql(server.url, readingEverything(query, schema), variables);
    expect(selected.errors).toBeUndefined();
    expect(everything.errors).toBeUndefined();
    // Only an aggregate may answer no node (one grouped by a property or not at all), and so nothing to add to.
    if (!JSON.stringify(everything.data).includes('"allProperties"')) expect(query).toMatch(/Aggregate\(/);
    expect(selected.data).toEqual(withoutAdded(everything.data));
  });

  /** What each statement the server sent asked for: the node and fact properties, per level for a chain. */
  const namesSent = () =>
    server.statements.map((s) => ({
      query: s.query,
      ...('reads' in s.params
        ? { levels: s.params.reads, roots: s.params.roots }
        : { node: 'properties' in s.params ? s.params.properties : s.params.nodeProperties, fact: s.params.factProperties }),
    }));

  it('sends Neo4j only the names a nested query reads, level by level', async () => {
    server.statements.length = 0;
    const res = await graphql(
      server.url,
      `
        {
          work(id: "work:the-queen-of-news") {
            title
            coProducers {
              role
              node {
                __typename
                ... on Studio {
                  id
                  name
                  operates {
                    node {
                      ... on Platform {
                        id
                        name
                      }
                    }
                  }
                }
                ... on Region {
                  id
                  name
                }
              }
            }
          }
        }
      `,
    );
    expect(res.data!.work.coProducers.some((c: any) => c.node.operates?.length > 0)).toBe(true);
    // Facts always read their id and what the loader orders them by.
    const ordered = ['id', 'rank', 'startDate', 'year'];
    // The work and both levels below it go in one statement.
    expect(namesSent()).toEqual([
      {
        query: 'relationshipChain@Work.CO_PRODUCED.IN,Studio.OPERATES.OUT',
        roots: { properties: ['id', 'title'] },
        levels: [
          { node: ['id', 'name'], fact: ['id', 'rank', 'role', 'startDate', 'year'] },
          { node: ['id', 'name'], fact: ordered },
        ],
      },
    ]);
  });

  it('sends a trade-flow question only the names it reads of each flow and partner, and answers as Neo4j holds them', async () => {
    server.statements.length = 0;
    const res = await graphql(
      server.url,
      `
        {
          exportsByYear(year: 2022) {
            year
            rank
            value
            source {
              id
            }
            region {
              name
            }
          }
          importSharesByYear(regionId: "region:mainland-china") {
            year
            sharePct
            locator
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(
      server.statements
        .filter((s) => !s.query.startsWith('nodesByIds'))
        .map((s) => ({ query: s.query, flow: s.params.factProperties, region: s.params.nodeProperties }))
        .sort((a, b) => a.query.localeCompare(b.query)),
    ).toEqual([
      { query: 'exportsByYear', flow: ['id', 'rank', 'source', 'value', 'year'], region: ['id', 'name'] },
      { query: 'importSharesByYear', flow: ['id', 'locator', 'sharePct', 'year'], region: ['id'] },
    ]);
    const flows = await cypher(
      driver,
      `MATCH (:Region {id: 'region:hong-kong'})-[f:EXPORTED_TO]->(p:Region) WHERE f.year = 2022
      RETURN f.year AS year, f.rank AS rank, f.value AS value, f.source AS source, p.name AS name ORDER BY f.rank IS NULL, f.rank, p.name`,
    );
    expect(flows.length).toBeGreaterThan(2);
    // Cells the paper does not give stay null, as when every property was read.
    expect(res.data!.exportsByYear).toEqual(
      flows.map((f) => ({
        year: f.year,
        rank: f.rank,
        value: f.value,
        source: f.source === null ? null : { id: f.source },
        region: { name: f.name },
      })),
    );
  });

  it('reads every property where a query selects `properties`, and only there', async () => {
    server.statements.length = 0;
    const res = await graphql(server.url, '{ work(id: "work:anita") { properties coProducers { node { id } } } }');
    expect(res.data!.work.properties.title).toBe('Anita');
    expect(namesSent()).toEqual([
      {
        query: 'relationshipChain@Work.CO_PRODUCED.IN',
        roots: { properties: null },
        levels: [{ node: ['id'], fact: ['id', 'rank', 'startDate', 'year'] }],
      },
    ]);
  });
});

describe('a reading of a selection, kept for the next request with the same document', () => {
  // graphql-js gives each request a new fieldNodes array holding the same document's nodes.
  const document = parse(`{ work(id: "w") { title ...more } work(id: "w") { year }
    nodes(ids: ["w"]) { ... on Work { runtimeMinutes } } } fragment more on Work { kind }`);
  const [operation] = document.definitions as OperationDefinitionNode[];
  const [first, second, other] = operation.selectionSet.selections as FieldNode[];
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  let schema: Awaited<ReturnType<typeof buildGraphSchema>>;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });
  const infoOf = (fieldNodes: FieldNode[], field = 'work') =>
    ({
      fieldNodes,
      fragments,
      schema,
      returnType: schema.getQueryType()!.getFields()[field].type,
    }) as unknown as GraphQLResolveInfo;

  it('is the same reading for a new array of the same nodes, and cannot be changed by a caller', () => {
    const reads = entityReads(infoOf([first]));
    expect(reads).toEqual(['id', 'kind', 'title']);
    expect(entityReads(infoOf([first]))).toBe(reads);
    expect(Object.isFrozen(reads)).toBe(true);
  });

  it('is read afresh for other nodes under the same first node, or another return type', () => {
    expect(entityReads(infoOf([first, second]))).toEqual(['id', 'kind', 'title', 'year']);
    expect(entityReads(infoOf([first]))).toEqual(['id', 'kind', 'title']);
    expect(entityReads(infoOf([other], 'nodes'))).toEqual(['id', 'runtimeMinutes']);
    // On the Node interface, `title` is not a field this module can see through: every property is read.
    expect(entityReads(infoOf([first], 'nodes'))).toBeNull();
    expect(entityReads(infoOf([first]))).toEqual(['id', 'kind', 'title']);
  });
});
