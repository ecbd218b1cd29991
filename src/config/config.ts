import fs from 'node:fs';
import type { TokenSettings } from '../auth/tokens';
import { DEFAULT_HOLD_BACK_MS } from '../graph/commitGate';

/**
 * Every setting the server reads, parsed and checked once at start. A bad value stops the start with
 * one line naming the variable and what is wrong (see ConfigError), rather than failing later and far away.
 */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Budgets every request must keep within; over one, it is refused before any Cypher runs (src/server/limits/). */
export interface QueryLimits {
  maxDepth: number;
  /** Nesting of an argument's value (variables and literals), e.g. a filter's NOT inside NOT. */
  maxInputDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Operations in one document, and documents in one batched HTTP request. */
  maxOperations: number;
  maxTokens: number;
  maxBodyBytes: number;
  /** What the cost model assumes a relationship list (a list field without `first`) holds. */
  listEstimate: number;
  /** Relationship tests (`some`, `none`, `all`, at every level) in one filter argument: each costs Neo4j planning time. */
  maxRelationshipTests: number;
  /** Paths one `shortestPaths` answer may hold; more is refused, not cut. */
  maxPathsPerAnswer: number;
  /** Paths all the `shortestPaths` answers of one request may hold together. */
  maxPathsPerRequest: number;
  allowBatchedHttp: boolean;
}

/** Time limits on a client's connection (Node's http.Server settings); over one, the client gets 408 or is closed. */
export interface HttpTimeouts {
  /** The whole request, headers and body, must arrive within this. */
  requestTimeoutMs: number;
  /** The headers must arrive within this; at most requestTimeoutMs. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
}

/** What only a WebSocket needs bounded, beside the request limits it shares with HTTP (src/server/subscriptions.ts). */
export interface SocketLimits {
  /** Open sockets from one client address at a time; one more is refused with HTTP 429. */
  maxConnectionsPerClient: number;
  /** Operations (subscriptions, and queries in flight) on one socket at a time. */
  maxSubscriptionsPerConnection: number;
  /** Bytes an unread socket may hold queued for its client; past this it is closed (a slow consumer). */
  maxBufferedBytes: number;
}

/** The change feed's poller (src/graph/feed.ts). */
export interface FeedSettings {
  /** Pause between two reads of the change log while this process has subscribers. */
  pollMs: number;
  /** Changes a subscriber may leave unread before it is closed with FEED_BEHIND. */
  maxBehind: number;
}

export interface Config {
  host: string;
  port: number;
  /**
   * PUBLIC_BASE_URL: where the graph's IRIs live (`{base}/id/work/infernal-affairs`, src/model/linkedData). Unset,
   * undefined: the server uses publicBaseOf(host, the port it listens on), for local use only.
   */
  publicBaseUrl?: string;
  /** Unset: the project starts and uses its own local Neo4j (see src/localdb). */
  neo4j?: Neo4jTarget;
  neo4jDatabase: string;
  neo4jConnectTimeoutMs: number;
  neo4jStartupWaitMs: number;
  /** Longest a request's Cypher transaction may run before Neo4j stops it. */
  neo4jTxTimeoutMs: number;
  /** Longest a commit waiting at the commit gate keeps back reads that arrive after it (src/graph/commitGate.ts). */
  commitGateHoldBackMs: number;
  limits: QueryLimits;
  /** /sparql's limits (src/server/sparql/): a query past timeoutMs is stopped (503); an answer holds at most maxRows rows or triples. */
  sparql: { timeoutMs: number; maxRows: number };
  feed: FeedSettings;
  sockets: SocketLimits;
  http: HttpTimeouts;
  /** How often the local Neo4j `npm start` started is restarted when it dies (src/localdb/supervisor.ts). */
  localNeo4jRestarts: { maxRestarts: number; windowMs: number };
  /** Schema introspection, and the playground page at /graphql. */
  introspection: boolean;
  playground: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  production: boolean;
  seedWhenEmpty: boolean;
  /**
   * After SIGINT/SIGTERM, how long /ready answers 503 (draining) while every request is still served, before
   * listening stops: time for a proxy or orchestrator polling /ready to stop sending here (src/server/drain.ts).
   */
  shutdownDrainMs: number;
  /** How bearer tokens are verified; unset (no key configured), the server accepts no writes. */
  tokens?: TokenSettings;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  return oneOf(env, name, ['true', 'false', '1', '0'] as const, fallback ? 'true' : 'false').match(/^(true|1)$/) !== null;
}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function neo4jTarget(env: Env, database: string): Neo4jTarget | undefined {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') return undefined;
  const match = /^([a-z0-9+]+):\/\/[^/\s]+/.exec(uri);
  if (!match) throw new ConfigError('NEO4J_URI', `must look like neo4j://host:7687 or bolt://host:7687, got "${uri}"`);
  if (!NEO4J_SCHEMES.includes(match[1])) {
    throw new ConfigError('NEO4J_URI', `scheme "${match[1]}" is not one of ${NEO4J_SCHEMES.join(', ')}`);
  }
  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') throw new ConfigError('NEO4J_PASSWORD', 'is required when NEO4J_URI is set');
  return { uri, user: env.NEO4J_USER || 'neo4j', password, database };
}

function jwtSecret(env: Env): string | undefined {
  const secret = env.JWT_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (secret.length < 32) throw new ConfigError('JWT_SECRET', `must be at least 32 characters, got ${secret.length}`);
  return secret;
}

function readKeyFile(env: Env, name: string): string | undefined {
  const file = env[name];
  if (file === undefined || file === '') return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(name, `cannot read "${file}" (${(err as Error).message})`);
  }
}

function jwks(env: Env): TokenSettings['jwks'] {
  const text = readKeyFile(env, 'JWT_JWKS_FILE');
  if (text === undefined) return undefined;
  try {
    const set = JSON.parse(text) as TokenSettings['jwks'];
    if (!Array.isArray(set?.keys) || set.keys.length === 0) throw new Error('it has no "keys" list');
    return set;
  } catch (err) {
    throw new ConfigError('JWT_JWKS_FILE', `is not a JSON Web Key Set: ${(err as Error).message}`);
  }
}

function publicKeyPem(env: Env): string | undefined {
  const pem = readKeyFile(env, 'JWT_PUBLIC_KEY_FILE');
  if (pem !== undefined && !/-----BEGIN PUBLIC KEY-----/.test(pem)) {
    throw new ConfigError('JWT_PUBLIC_KEY_FILE', 'must hold a PEM public key ("-----BEGIN PUBLIC KEY-----")');
  }
  return pem;
}

function required(env: Env, name: string, why: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new ConfigError(name, `is required ${why}`);
  return value.trim();
}

/**
 * Tokens are accepted once any key is configured, and then only with the issuer and audience named:
 * a token signed with the right key for another service must not write here.
 */
function tokenSettings(env: Env): TokenSettings | undefined {
  const keys = { secret: jwtSecret(env), publicKeyPem: publicKeyPem(env), jwks: jwks(env) };
  if (!keys.secret && !keys.publicKeyPem && !keys.jwks) return undefined;
  const why = 'when tokens are accepted (JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE is set)';
  return {
    issuer: required(env, 'JWT_ISSUER', why),
    audience: required(env, 'JWT_AUDIENCE', why),
    clockToleranceSeconds: integer(env, 'JWT_CLOCK_TOLERANCE_S', 30, 0, 300),
    ...keys,
  };
}

function queryLimits(env: Env): QueryLimits {
  return {
    maxDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 1, 1000),
    maxInputDepth: integer(env, 'MAX_INPUT_DEPTH', 32, 1, 1000),
    maxCost: integer(env, 'MAX_QUERY_COST', 10_000, 1, 100_000_000),
    maxAliases: integer(env, 'MAX_ALIASES', 30, 0, 10_000),
    maxOperations: integer(env, 'MAX_OPERATIONS', 5, 1, 1000),
    maxTokens: integer(env, 'MAX_TOKENS', 5000, 100, 1_000_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 100_000_000),
    listEstimate: integer(env, 'LIST_COST_ESTIMATE', 10, 1, 10_000),
    maxRelationshipTests: integer(env, 'MAX_FILTER_RELATIONSHIP_TESTS', 8, 1, 1000),
    maxPathsPerAnswer: integer(env, 'MAX_PATHS_PER_ANSWER', 200, 1, 1_000_000),
    maxPathsPerRequest: integer(env, 'MAX_PATHS_PER_REQUEST', 500, 1, 1_000_000),
    allowBatchedHttp: boolean(env, 'ALLOW_BATCHED_HTTP', false),
  };
}

function socketLimits(env: Env): SocketLimits {
  return {
    maxConnectionsPerClient: integer(env, 'WS_MAX_CONNECTIONS_PER_CLIENT', 20, 1, 100_000),
    maxSubscriptionsPerConnection: integer(env, 'WS_MAX_SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
    maxBufferedBytes: integer(env, 'WS_MAX_BUFFERED_BYTES', 16_777_216, 65_536, 1_000_000_000),
  };
}

function httpTimeouts(env: Env): HttpTimeouts {
  const requestTimeoutMs = integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1000, 3_600_000);
  const headersTimeoutMs = integer(env, 'HTTP_HEADERS_TIMEOUT_MS', Math.min(10_000, requestTimeoutMs), 1000, 3_600_000);
  // Node refuses a headers timeout longer than the request's; say so in our terms, at start.
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError(
      'HTTP_HEADERS_TIMEOUT_MS',
      `must be at most HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs}), got ${headersTimeoutMs}`,
    );
  }
  return { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5000, 100, 600_000) };
}

/**
 * PUBLIC_BASE_URL checked: an absolute http(s) URL with no trailing slash, query or fragment, since every IRI
 * is made by appending a path to it and an IRI once given must not change.
 */
function publicBaseUrl(env: Env): string | undefined {
  const raw = env.PUBLIC_BASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_BASE_URL', `must be an absolute http(s) URL such as https://graph.example.org, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError('PUBLIC_BASE_URL', `must be http or https, got "${raw}"`);
  if (raw.endsWith('/')) throw new ConfigError('PUBLIC_BASE_URL', `must not end with "/" (IRIs append /id/...), got "${raw}"`);
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    throw new ConfigError('PUBLIC_BASE_URL', `must have no query or fragment, got "${raw}"`);
  return raw;
}

/** The base for local use when PUBLIC_BASE_URL is unset: the address the server listens on (a wildcard host as localhost). */
export function publicBaseOf(host: string, port: number): string {
  const name = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

export function loadConfig(env: Env = process.env): Config {
  const neo4jDatabase = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{2,62}$/.test(neo4jDatabase)) {
    throw new ConfigError('NEO4J_DATABASE', `"${neo4jDatabase}" is not a valid Neo4j database name`);
  }
  const host = env.HOST || '127.0.0.1';
  return {
    host,
    port: integer(env, 'PORT', 4000, 0, 65535),
    publicBaseUrl: publicBaseUrl(env),
    neo4j: neo4jTarget(env, neo4jDatabase),
    neo4jDatabase,
    neo4jConnectTimeoutMs: integer(env, 'NEO4J_CONNECT_TIMEOUT_MS', 2000, 100, 600_000),
    neo4jStartupWaitMs: integer(env, 'NEO4J_STARTUP_WAIT_MS', 60_000, 0, 3_600_000),
    neo4jTxTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', 10_000, 100, 3_600_000),
    commitGateHoldBackMs: integer(env, 'COMMIT_GATE_HOLD_BACK_MS', DEFAULT_HOLD_BACK_MS, 1, 60_000),
    limits: queryLimits(env),
    sparql: {
      timeoutMs: integer(env, 'SPARQL_TIMEOUT_MS', 10_000, 100, 3_600_000),
      maxRows: integer(env, 'SPARQL_MAX_ROWS', 10_000, 1, 10_000_000),
    },
    // A subscriber catching up holds up to two pages (FEED_PAGE, 100) unread: a lower bound would close it there.
    feed: { pollMs: integer(env, 'FEED_POLL_MS', 250, 10, 60_000), maxBehind: integer(env, 'FEED_MAX_BEHIND', 10_000, 200, 10_000_000) },
    sockets: socketLimits(env),
    http: httpTimeouts(env),
    localNeo4jRestarts: {
      maxRestarts: integer(env, 'LOCAL_NEO4J_MAX_RESTARTS', 5, 0, 1000),
      windowMs: integer(env, 'LOCAL_NEO4J_RESTART_WINDOW_MS', 600_000, 1000, 86_400_000),
    },
    introspection: boolean(env, 'INTROSPECTION', true),
    playground: boolean(env, 'PLAYGROUND', true),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'] as const, 'info'),
    production: env.NODE_ENV === 'production',
    seedWhenEmpty: boolean(env, 'SEED_WHEN_EMPTY', true),
    // Past a proxy's checks (deploy/haproxy.cfg: two failed checks 1 s apart) and a Kubernetes endpoint's removal,
    // within `docker stop`'s 10 s before SIGKILL.
    shutdownDrainMs: integer(env, 'SHUTDOWN_DRAIN_MS', 5000, 0, 600_000),
    tokens: tokenSettings(env),
  };
}
