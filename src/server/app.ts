import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { callerFrom } from '../auth/bearer';
import { tokenVerifier } from '../auth/tokens';
import { Config, publicBaseOf } from '../config/config';
import { Graph, graphOn, StatementEvent } from '../graph/graph';
import { QueryCatalog } from '../graph/statements';
import { ChangeFeed } from '../graph/feed';
import { GraphStore } from '../graph/store';
import type { Logger } from '../logger';
import { buildGraphSchema } from '../schema';
import type { RequestContext } from '../schema/context';
import { PathBudget } from '../schema/questions/pathBudget';
import { answerGraphQLPost, isPlainGraphQLPost } from './graphqlPost';
import { mountPages } from './pages';
import { mountLinkedData } from './linkedData/routes';
import { apolloLimits, bodyErrors, bodyLimits, refusalOf, sendRefusal } from './limits';
import { serveSockets } from './subscriptions';
import { trackFirstRequests } from './stopListening';
import { Drain, DRAINING } from './drain';
import { answerClientError, serverOptions } from './timeouts';
import type { Neo4jState } from '../localdb/supervisor';
import { projectRoot } from '../localdb/instance';
import { Executor } from '../graph/executor';
import { CommitGate } from '../graph/commitGate';
import { neo4jSeen, PlanWarming, savedQueryRunner, WARM_UP_TX_TIMEOUT_MS, warmPlans } from './warmup';
import { ErrorCode } from '../errors';
import { SparqlEngine } from './sparql/engine';
import { followChanges } from './sparql/feed';
import { sparqlQuads } from './sparql/graphQuads';
import { sparqlRouter } from './sparql/route';

export interface ServerDeps {
  config: Config;
  driver: Driver;
  logger: Logger;
  catalog?: QueryCatalog;
  /** Sees every statement sent to Neo4j; tests use it to check what reached the database. */
  onStatement?: (event: StatementEvent) => void;
  /** The supervised local Neo4j's state, reported by /ready (src/localdb/supervisor.ts). */
  neo4jState?: () => Neo4jState;
  /** Warm Neo4j's plans with the saved queries at start and whenever Neo4j comes back (src/server/warmup.ts). */
  warmPlans?: boolean;
  /** Where the saved queries are; by default the project's queries/. */
  queriesDir?: string;
  /** Load the SPARQL store at start (`npm start`); otherwise at the first request to /sparql. */
  sparqlAtStart?: boolean;
}

export interface GraphServer {
  httpServer: http.Server;
  graph: Graph;
  /** PUBLIC_BASE_URL, or once the server listens the address it listens on (the base of the graph's IRIs). */
  publicBase(): string;
  /** Whether Neo4j's plans are warm, when the server warms them (ServerDeps.warmPlans). */
  plans?: PlanWarming;
  /** Resolves with the URL the server listens on. */
  listen(port: number, host: string): Promise<string>;
  /** The stop's first step: /ready answers 503 for `ms` while every request is still served (src/server/drain.ts). */
  drain(ms: number): Promise<void>;
  /** Stops taking requests, lets those in flight finish, then resolves. */
  close(): Promise<void>;
}

const requestIdOf = (req: http.IncomingMessage): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
};

/**
 * Gives a request its id (the caller's, or a new one), answers with it, and logs the request when done,
 * with the way it was answered (`via`: the direct POST path or Express), which is otherwise invisible.
 */
function tracked(req: http.IncomingMessage, res: http.ServerResponse, logger: Logger, via: 'direct' | 'express'): string {
  const requestId = requestIdOf(req);
  res.setHeader('x-request-id', requestId);
  const started = performance.now();
  res.on('finish', () => {
    const path = (req.url ?? '').split('?')[0];
    logger.info(
      { requestId, method: req.method, path, via, status: res.statusCode, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  return requestId;
}

export async function createServer(deps: ServerDeps): Promise<GraphServer> {
  const { config, driver, logger } = deps;
  const graph = graphOn(
    driver,
    logger,
    {
      database: config.neo4jDatabase,
      txTimeoutMs: config.neo4jTxTimeoutMs,
      holdBackMs: config.commitGateHoldBackMs,
      onStatement: deps.onStatement,
    },
    deps.catalog ?? new QueryCatalog(),
  );
  const app = express();
  const verify = config.tokens ? tokenVerifier(config.tokens) : undefined;
  const feed = new ChangeFeed(graph, { ...config.feed, logger });
  let listenedBase: string | undefined;
  const publicBase = (): string => {
    const base = config.publicBaseUrl ?? listenedBase;
    if (!base) throw new Error('the server has no base for its IRIs before it listens');
    return base;
  };
  const context = async (requestId: string, authorization: string | undefined, on: Graph = graph): Promise<RequestContext> => {
    const store = new GraphStore(on.forRequest(requestId));
    const paths = new PathBudget(config.limits.maxPathsPerAnswer, config.limits.maxPathsPerRequest);
    return { requestId, store, loaders: store.loaders, caller: await callerFrom(authorization, verify), feed, paths, publicBase };
  };
  const drain = new Drain();
  const httpServer = http.createServer(serverOptions(config.http), (req, res) => {
    drain.closeConnectionOf(res);
    if (!isPlainGraphQLPost(req, config.limits.maxBodyBytes)) {
      app(req, res);
      return;
    }
    const requestId = tracked(req, res, logger, 'direct');
    answerGraphQLPost(req, res, {
      apollo,
      limits: config.limits,
      context: async () => context(requestId, req.headers.authorization),
    }).catch((err: unknown) => {
      // Apollo answers GraphQL's own failures itself; what lands here is the connection failing (a client
      // gone mid-body), so the answer is a plain 500 when one can still be sent.
      logger.error({ requestId, err }, 'request failed');
      sendRefusal(res, refusalOf(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
    });
  });
  httpServer.on('clientError', answerClientError(config.http));
  const listening = trackFirstRequests(httpServer);
  const limits = apolloLimits(config);
  const schema = await buildGraphSchema();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...limits,
    // start.ts handles SIGINT/SIGTERM itself, in order: HTTP, then the driver, then Neo4j.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo Studio and no HTTP caching of answers here: traces for a gateway and cache hints would
      // only cost time (each wraps every field resolver of every request).
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
    ],
    logger,
  });
  await apollo.start();
  const subscriptions = serveSockets({ httpServer, apollo, schema, config, logger, verify, context });
  answerH2cAsHttp1(httpServer, (req, res) => httpServer.emit('request', req, res));
  const warming = deps.warmPlans ? startWarming(deps, graph, apollo, (on, requestId) => context(requestId, undefined, on)) : undefined;

  app.disable('x-powered-by');
  app.use((req, res, next) => {
    res.locals.requestId = tracked(req, res, logger, 'express');
    next();
  });
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const neo4j = deps.neo4jState ? { neo4j: deps.neo4jState() } : {};
    if (drain.draining) {
      res.status(503).json({ ...DRAINING, ...neo4j });
      return;
    }
    try {
      await new GraphStore(graph).ping();
    } catch (err) {
      if (neo4jSeen(err) === 'away') warming?.warmth.neo4jAway();
      res.status(503).json({ status: 'unavailable', reason: (err as Error).message, ...neo4j });
      return;
    }
    if (!warming) {
      res.json({ status: 'ready', ...neo4j });
      return;
    }
    // Ready once the plans are warm: a burst sent to cold plans times out (src/server/warmup.ts).
    void warming.warmth.neo4jAnswers('neo4j answers again');
    const plans = warming.warmth.state;
    res.status(plans === 'warm' ? 200 : 503).json({ status: plans === 'warm' ? 'ready' : 'warming', plans, ...neo4j });
  });
  const sparql = startSparql(deps, graph, feed, publicBase, httpServer);
  app.use('/sparql', sparqlRouter(sparql.engine, config.limits.maxBodyBytes, config.sparql.maxRows));
  if (config.playground) mountPages(app);
  mountLinkedData(app, { graph, logger, base: publicBase });
  app.use(
    '/graphql',
    ...bodyLimits(config.limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => context(res.locals.requestId as string, req.headers.authorization),
    }),
  );
  app.use('/graphql', bodyErrors);
  // Express's own answers are HTML pages with its text (and, outside production, a stack trace).
  app.use((req, res) => {
    sendRefusal(res, refusalOf(404, ErrorCode.NOT_FOUND, `Nothing is served at ${req.method} ${req.path}.`));
  });
  app.use(((err, _req, res, _next) => {
    logger.error({ requestId: res.locals.requestId, err }, 'request failed');
    sendRefusal(res, refusalOf(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.'));
  }) as express.ErrorRequestHandler);

  return {
    httpServer,
    graph,
    plans: warming,
    publicBase,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          listenedBase = publicBaseOf(host, address.port);
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
        });
      }),
    drain: (ms) => drain.run(ms, logger),
    close: async () => {
      warming?.stop();
      await listening.stopListening();
      feed.close();
      await sparql.close();
      await subscriptions.dispose();
      await apollo.stop();
    },
  };
}

/**
 * Java's HttpClient (Jena's SERVICE, Fuseki's, any JVM client) asks to move a plain HTTP request to HTTP/2
 * (`Upgrade: h2c`). A server may ignore that and answer in HTTP/1.1, but Node hands every request with an Upgrade
 * header to the 'upgrade' listeners, and ws refuses what is not a WebSocket with 400. So: WebSocket upgrades go to
 * ws as before; a GET or HEAD asking for another protocol is answered by the app in HTTP/1.1 on its socket (no body
 * to read); anything else asking to upgrade to something other than a WebSocket is refused with 400 as before.
 */
function answerH2cAsHttp1(httpServer: http.Server, answer: (req: http.IncomingMessage, res: http.ServerResponse) => void): void {
  const webSocket = httpServer.listeners('upgrade') as ((req: http.IncomingMessage, socket: Duplex, head: Buffer) => void)[];
  httpServer.removeAllListeners('upgrade');
  httpServer.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const asked = (req.headers.upgrade ?? '').toLowerCase();
    if (asked === 'websocket' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      for (const listener of webSocket) listener.call(httpServer, req, socket, head);
      return;
    }
    const res = new http.ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket as Socket);
    res.on('finish', () => {
      res.detachSocket(socket as Socket);
      socket.end();
    });
    answer(req, res);
  });
}

/**
 * The SPARQL store (src/server/sparql/): started, and set to follow the change feed, at the first request to
 * /sparql, or at once with `sparqlAtStart`; the whole graph is read then, so nothing before it is missed.
 */
function startSparql(deps: ServerDeps, graph: Graph, feed: ChangeFeed, base: () => string, httpServer: http.Server) {
  const sparql = new SparqlEngine(sparqlQuads(graph, base), deps.config.sparql, deps.logger, base);
  let stopFollowing: (() => void) | undefined;
  const engine = (): SparqlEngine => {
    stopFollowing ??= followChanges(feed, sparql, deps.logger);
    return sparql;
  };
  // Once listening: without PUBLIC_BASE_URL, the IRIs' base is the address listened on.
  const load = () =>
    void engine()
      .ready()
      .catch((err: unknown) => deps.logger.error({ err }, 'SPARQL store failed to load'));
  if (deps.sparqlAtStart) httpServer.once('listening', load);
  return {
    engine,
    close: async () => {
      stopFollowing?.();
      await sparql.close();
    },
  };
}

/**
 * The plans' warm-up: its saved queries on a graph of their own, whose statements may take as long as a
 * cold Neo4j needs (WARM_UP_TX_TIMEOUT_MS) and pass a commit gate of their own: their answers are thrown
 * away, so they need not be kept from half-applied commits, and a write's commit must not wait behind a
 * cold statement of theirs (before, writes timed out behind cold reads for 30 s after a restart). Neo4j
 * is watched by a ping that no statement hook sees.
 */
function startWarming(
  deps: ServerDeps,
  graph: Graph,
  apollo: ApolloServer<RequestContext>,
  context: (on: Graph, requestId: string) => Promise<RequestContext>,
): PlanWarming {
  const { config, driver, logger } = deps;
  const on = (txTimeoutMs: number, onStatement?: ServerDeps['onStatement'], commitGate?: CommitGate) =>
    new Graph(
      new Executor(driver, logger, { database: config.neo4jDatabase, txTimeoutMs, onStatement, commitGate }),
      graph.statements,
      graph.propertyKeys,
    );
  const warmGraph = on(WARM_UP_TX_TIMEOUT_MS, deps.onStatement, new CommitGate());
  const quiet = on(config.neo4jTxTimeoutMs);
  const run = savedQueryRunner(apollo, (requestId) => context(warmGraph, requestId));
  return warmPlans(run, () => new GraphStore(quiet).ping(), logger, deps.queriesDir ?? path.join(projectRoot(), 'queries'));
}
