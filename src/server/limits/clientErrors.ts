import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../errors';
import { LimitError } from './limitError';

const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

/**
 * What clients see of an error. Limit codes come back out from under Apollo's GRAPHQL_VALIDATION_FAILED
 * and GRAPHQL_PARSE_FAILED; in production, no "Did you mean" hints about the schema and no internal
 * messages (stack traces are never sent).
 */
export function clientError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as GraphQLError | undefined)?.originalError;
    let out = formatted;
    if (original instanceof LimitError) {
      const { http: _http, ...extensions } = original.extensions;
      out = { ...out, extensions: { ...out.extensions, ...extensions } };
    }
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens && formatted.extensions?.code === ErrorCode.GRAPHQL_PARSE_FAILED) {
      const limit = Number(tokens[1]);
      out = {
        ...out,
        message: `The document has more than ${limit} tokens; at most ${limit} are allowed.`,
        extensions: { ...out.extensions, code: ErrorCode.TOO_MANY_TOKENS, limit },
      };
    }
    const { stacktrace: _stack, ...extensions } = (out.extensions ?? {}) as Record<string, unknown>;
    out = { ...out, extensions };
    if (!production) return out;
    const internal = out.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR && !(unwrapResolverError(error) instanceof GraphQLError);
    return { ...out, message: internal ? 'Internal server error.' : out.message.replace(/ ?Did you mean .+?\?/g, '') };
  };
}

/**
 * An error raised outside Apollo's pipeline (a subscription's event, a refusal of the socket's own),
 * given a code where it has none and no `http`, as Apollo does, then shown as clientError shows it.
 */
export function socketError(production: boolean): (error: GraphQLError) => GraphQLFormattedError {
  const format = clientError(production);
  return (error) => {
    const { http: _http, ...extensions } = error.extensions;
    return format({ ...error.toJSON(), extensions: { ...extensions, code: extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR } }, error);
  };
}
