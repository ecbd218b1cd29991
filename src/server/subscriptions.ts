/**
 * GraphQL over WebSocket at /graphql (graphql-ws's protocol, on the HTTP server's port): the history's
 * `changeCommitted` subscription, and queries. Every operation goes through the same Apollo request
 * pipeline as an HTTP request (`apollo.executeOperation`: parse with MAX_TOKENS, the validation rules,
 * the cost and input-depth check, the same error formatting), so each limit holds for both transports
 * and is written once (src/server/limits/). What follows the checks differs: a query's answer is
 * Apollo's, a subscription is run here as a stream, a mutation is refused (limits/transport.ts says why).
 *
 * What only a socket needs is bounded here too: its largest message (MAX_BODY_BYTES, refused by `ws`
 * from the frame's header, before it is read or parsed), sockets per client address, operations per
 * socket, a token checked when the socket opens, and the bytes an unread socket may hold queued.
 * graphql-ws's own `ws` adapter (`useServer`) is not used: it writes internal errors to the console with
 * their stacks, and waits for each message to be written out, so a client that stops reading would make
 * the feed queue its events without bound; the glue below is its part of graphql-ws's server, re-done.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ExecutionArgs, ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { CloseCode, Context, handleProtocols, makeServer, SubscribePayload } from 'graphql-ws';
import { WebSocket, WebSocketServer } from 'ws';
import { callerFrom } from '../auth/bearer';
import type { TokenVerifier } from '../auth/tokens';
import type { Config } from '../config/config';
import { ErrorCode } from '../errors';
import type { Logger } from '../logger';
import type { RequestContext } from '../schema/context';
import { nestingProblem, overSocket, socketError } from './limits';

/** The close code for a client that leaves more than WS_MAX_BUFFERED_BYTES unread (graphql-ws's codes are 44xx and 45xx). */
export const SLOW_CONSUMER = 4413;
/** How often a socket is pinged; one that has not answered the last ping by the next is dropped. */
const KEEP_ALIVE_MS = 12_000;

interface Extra {
  socket: WebSocket;
  /** The client's address, as the TCP connection shows it. */
  client: string;
  /** `connectionParams.authorization`, once verified. */
  authorization?: string;
}

export interface SocketDeps {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  verify?: TokenVerifier;
  context: (requestId: string, authorization: string | undefined) => Promise<RequestContext>;
}

/** A close frame's reason may hold at most 123 bytes; `ws` throws on a longer one. */
function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
}

/** Errors as the protocol's `error` message carries them: GraphQLErrors, each remembering its formatted form. */
class Refusals {
  private readonly formatted = new WeakMap<GraphQLError, GraphQLFormattedError>();
  constructor(private readonly format: (error: GraphQLError) => GraphQLFormattedError) {}

  of(errors: readonly GraphQLFormattedError[]): GraphQLError[] {
    const listed =
      errors.length > 0 ? errors : [{ message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }];
    return listed.map((shown) => {
      const error = new GraphQLError(shown.message);
      this.formatted.set(error, shown);
      return error;
    });
  }

  shown(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
    return errors.map((e) => this.formatted.get(e) ?? this.format(e));
  }
}

function graphqlServer(deps: SocketDeps) {
  const { apollo, config, logger } = deps;
  const format = socketError(config.production);
  const refusals = new Refusals(format);
  /** A query's answer, already formatted by Apollo, by its context: graphql-ws sends it as the operation's result. */
  const answers = new WeakMap<object, FormattedExecutionResult>();
  const maxOperations = config.sockets.maxSubscriptionsPerConnection;

  return makeServer<Record<string, unknown> | undefined, Extra>({
    schema: deps.schema,
    async onConnect(ctx) {
      const given = ctx.connectionParams?.authorization;
      if (given === undefined || given === null || given === '') return true;
      const caller =
        typeof given === 'string'
          ? await callerFrom(given, deps.verify)
          : { kind: 'rejected' as const, reason: 'connectionParams.authorization must be "Bearer <token>"' };
      if (caller.kind === 'verified') {
        ctx.extra.authorization = given as string;
        return true;
      }
      const reason = caller.kind === 'rejected' ? caller.reason : 'no token';
      ctx.extra.socket.close(CloseCode.Forbidden, closeReason(`Not authenticated: ${reason}.`));
      return false;
    },
    async onSubscribe(ctx: Context<Record<string, unknown> | undefined, Extra>, _id: string, payload: SubscribePayload) {
      // graphql-ws lists the operation in ctx.subscriptions before asking: this one is counted.
      const running = Object.keys(ctx.subscriptions).length;
      if (running > maxOperations) {
        return refusals.of([
          {
            message: `This WebSocket already runs ${maxOperations} operations; at most ${maxOperations} are allowed. Complete one first.`,
            extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS, limit: maxOperations, actual: running },
          },
        ]);
      }
      const nesting = nestingProblem(payload, config.limits);
      if (nesting) return refusals.of(nesting.body.errors);
      const requestId = crypto.randomUUID();
      const contextValue = await deps.context(requestId, ctx.extra.authorization);
      const resolved = overSocket(contextValue);
      const response = await apollo.executeOperation(
        {
          query: payload.query,
          variables: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          extensions: payload.extensions ?? undefined,
        },
        { contextValue },
      );
      const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
      const kind = resolved.operation?.operation;
      logger.info(
        { requestId, via: 'websocket', client: ctx.extra.client, operation: kind ?? null, errors: result.errors?.length ?? 0 },
        'operation',
      );
      if (!resolved.document || (result.data === undefined && result.errors)) return refusals.of(result.errors ?? []);
      if (kind !== 'subscription') answers.set(contextValue, result);
      const args: ExecutionArgs = {
        schema: deps.schema,
        document: resolved.document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue,
      };
      return args;
    },
    // A query or a refused mutation has its answer from the pipeline already; only subscriptions run here.
    execute: (args) => answers.get(args.contextValue as object) as ExecutionResult,
    onNext(_ctx, _id, _payload, args, result) {
      if (answers.has(args.contextValue as object)) return result as FormattedExecutionResult;
      return result.errors ? { ...result, errors: result.errors.map(format) } : undefined;
    },
    onError: (_ctx, _id, _payload, errors) => refusals.shown(errors),
  });
}

/** A socket that holds more unread than the bound is closed: its client is not keeping up with what it asked for. */
function sendBounded(socket: WebSocket, maxBuffered: number) {
  return async (data: string): Promise<void> => {
    if (socket.readyState !== WebSocket.OPEN) return;
    socket.send(data);
    if (socket.bufferedAmount > maxBuffered) {
      socket.close(SLOW_CONSUMER, closeReason(`Slow consumer: more than ${maxBuffered} bytes unread (WS_MAX_BUFFERED_BYTES).`));
    }
  };
}

/** Drops a socket that stops answering pings (a peer gone without closing). */
function keepAlive(socket: WebSocket): NodeJS.Timeout {
  let answered = true;
  socket.on('pong', () => {
    answered = true;
  });
  const timer = setInterval(() => {
    if (!answered) return socket.terminate();
    answered = false;
    socket.ping();
  }, KEEP_ALIVE_MS);
  return timer.unref();
}

/** Serves the WebSocket endpoint on the HTTP server; dispose() closes every socket. */
export function serveSockets(deps: SocketDeps): { dispose(): Promise<void> } {
  const { config, logger } = deps;
  const limits = config.sockets;
  const open = new Map<string, number>();
  const server = graphqlServer(deps);
  const wss = new WebSocketServer({
    server: deps.httpServer,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    handleProtocols,
    verifyClient: ({ req }, done) => {
      const client = req.socket.remoteAddress ?? 'unknown';
      if ((open.get(client) ?? 0) < limits.maxConnectionsPerClient) return done(true);
      const message = `This client already holds ${limits.maxConnectionsPerClient} WebSockets; at most ${limits.maxConnectionsPerClient} are allowed.`;
      const extensions = { code: ErrorCode.TOO_MANY_CONNECTIONS, limit: limits.maxConnectionsPerClient };
      done(false, 429, JSON.stringify({ errors: [{ message, extensions }] }), { 'content-type': 'application/json; charset=utf-8' });
    },
  });
  wss.on('connection', (socket, request) => {
    const client = request.socket.remoteAddress ?? 'unknown';
    open.set(client, (open.get(client) ?? 0) + 1);
    // A message over MAX_BODY_BYTES, or text that is not UTF-8: ws closes the socket (1009, 1007) and says so here.
    socket.on('error', (err) => logger.info({ client, reason: err.message }, 'websocket closed for a bad message'));
    const pings = keepAlive(socket);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: sendBounded(socket, limits.maxBufferedBytes),
        close: (code, reason) => socket.close(code, closeReason(reason ?? '')),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((err: unknown) => {
              logger.error({ client, err }, 'websocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      { socket, client },
    );
    socket.once('close', (code, reason) => {
      clearInterval(pings);
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
      void closed(code, String(reason));
    });
  });
  return {
    dispose: async () => {
      for (const socket of wss.clients) socket.close(1001, 'Going away');
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
