import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors';

const OVER_HTTP =
  'Subscriptions are not served over HTTP: a GraphQL subscription needs a WebSocket (the graphql-ws protocol), ' +
  'at ws://<this host>/graphql. Send queries and mutations over HTTP POST or GET.';

/**
 * A subscription sent over HTTP is the client's mistake, not the server's: refused with 400 before the
 * cost check or execution, which would answer "Schema is not configured to execute subscription operation" as an internal error.
 */
export const subscriptionRefusal = (): ApolloServerPlugin<BaseContext> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLError(OVER_HTTP, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
        }
      },
    };
  },
});
