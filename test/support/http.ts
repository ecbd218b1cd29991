import type { Driver } from 'neo4j-driver';
import { createServer, GraphServer } from '../../src/server/app';
import type { StatementEvent } from '../../src/graph/graph';
import type { Logger } from '../../src/logger';
import { quietLogger, testConfig } from './neo4j';

export interface TestServer {
  url: string;
  server: GraphServer;
  statements: StatementEvent[];
  close(): Promise<void>;
}

/** Our server on a free loopback port, over real HTTP, recording every statement it sends. */
export async function startTestServer(
  driver: Driver,
  env: Record<string, string> = {},
  logger: Logger = quietLogger(),
): Promise<TestServer> {
  const statements: StatementEvent[] = [];
  const server = await createServer({
    config: testConfig(env),
    driver,
    logger,
    onStatement: (e) => statements.push(e),
  });
  const url = await server.listen(0, '127.0.0.1');
  return { url, server, statements, close: () => server.close() };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, ...body };
}

/**
 * The paper's graph freshly loaded into the test Neo4j, and our server over it: what most API tests
 * start from. Returns the driver too, for checking what reached the database.
 */
export async function startSeededServer(env: Record<string, string> = {}): Promise<{ driver: Driver; server: TestServer }> {
  const { testDriver, testExecutor } = await import('./neo4j');
  const { applySchema } = await import('../../src/graph/schema');
  const { QueryCatalog } = await import('../../src/graph/statements');
  const { loadSeed } = await import('../../src/seed/load');
  const { readSeed } = await import('../../src/seed/read');
  const { seedDir } = await import('../../src/seed/seedIfEmpty');
  const driver = testDriver();
  const graph = testExecutor(driver);
  await applySchema(graph, new QueryCatalog());
  await loadSeed(graph, readSeed(seedDir()), { reset: true });
  return { driver, server: await startTestServer(driver, env) };
}

/** startSeededServer for a whole test file: started before its first test, closed after its last. */
export function seededServerForFile(env: Record<string, string> = {}): { driver: Driver; server: TestServer } {
  const suite = {} as { driver: Driver; server: TestServer };
  beforeAll(async () => {
    Object.assign(suite, await startSeededServer(env));
  });
  afterAll(async () => {
    await suite.server?.close();
    await suite.driver?.close();
  });
  return suite;
}
