/**
 * Which operations each transport serves. Both transports run every operation through the same Apollo
 * request pipeline (parse with MAX_TOKENS, the validation rules, the cost and input-depth check, error
 * formatting); only what happens after the checks differs, and that is decided here.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { DocumentNode, GraphQLError, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../../errors';

const OVER_HTTP =
  'Subscriptions are not served over HTTP: a GraphQL subscription needs a WebSocket (the graphql-ws protocol), ' +
  'at ws://<this host>/graphql. Send queries and mutations over HTTP POST or GET.';

const OVER_SOCKET =
  'Mutations are not served over WebSocket: send them over HTTP POST /graphql, with the bearer token in the ' +
  'Authorization header. The WebSocket serves subscriptions and queries.';

/** An operation that came over the WebSocket (src/server/subscriptions.ts), as the pipeline resolved it. */
export interface SocketOperation {
  document?: DocumentNode;
  operation?: OperationDefinitionNode;
}

/**
 * Where a socket operation's context keeps its record: a property, not a map keyed by the context, because
 * Apollo's executeOperation runs on a shallow copy of the context it is given.
 */
const SOCKET = Symbol('socket operation');

/** Marks a context as a socket operation's, before it enters the pipeline; what the pipeline resolves lands in the answer. */
export function overSocket(context: object): SocketOperation {
  const operation: SocketOperation = {};
  Object.defineProperty(context, SOCKET, { value: operation, enumerable: true });
  return operation;
}

const socketOperation = (context: object): SocketOperation | undefined => (context as { [SOCKET]?: SocketOperation })[SOCKET];

/** The empty answer of a subscription the pipeline let through: the socket runs it itself, as a stream. */
const CHECKED: GraphQLResponse = { http: { headers: new HeaderMap(), status: undefined }, body: { kind: 'single', singleResult: {} } };

/**
 * A subscription sent over HTTP is the client's mistake, not the server's: refused with 400 before the
 * cost check or execution, which would answer "Schema is not configured to execute subscription operation"
 * as an internal error. A mutation sent over the socket is refused too: a socket's token is checked once,
 * when it connects, and may expire or be withdrawn while the socket stays open for hours, where HTTP
 * checks the token of every write; a write's answer and its log line (with its request id) belong to one
 * HTTP request. So writes have one door, HTTP, with its checks.
 */
export const transportRules = (): ApolloServerPlugin<BaseContext> => ({
  async requestDidStart({ contextValue }) {
    const socket = socketOperation(contextValue);
    return {
      async didResolveOperation({ document, operation }) {
        if (socket) Object.assign(socket, { document, operation });
        if (!socket && operation?.operation === 'subscription') {
          throw new GraphQLError(OVER_HTTP, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        }
        if (socket && operation?.operation === 'mutation') {
          throw new GraphQLError(OVER_SOCKET, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        }
      },
      async responseForOperation({ operation }) {
        return socket && operation.operation === 'subscription' ? CHECKED : null;
      },
    };
  },
});
