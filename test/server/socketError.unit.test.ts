/**
 * socketError: what a WebSocket client sees of an error raised outside Apollo's pipeline (a subscription's
 * event failing): a code always, never `http`, and in production no internal message and no hint.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../src/errors';
import { LimitError, socketError } from '../../src/server/limits';

/** An error as graphql-js wraps one a resolver threw. */
const fromResolver = (thrown: Error) => new GraphQLError(thrown.message, { originalError: thrown, path: ['changeCommitted'] });

describe('socketError', () => {
  it('gives an error without a code INTERNAL_SERVER_ERROR, and in production hides its message', () => {
    const internal = fromResolver(new TypeError("Cannot read properties of undefined (reading 'seq')"));
    expect(socketError(true)(internal)).toEqual({
      message: 'Internal server error.',
      path: ['changeCommitted'],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(socketError(false)(internal).message).toMatch(/Cannot read properties/);
    expect(socketError(false)(internal).extensions?.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });

  it("keeps a project error's code and message, without `http`, and drops hints in production", () => {
    const limit = new LimitError(ErrorCode.QUERY_TOO_COSTLY, 'The query costs 20; at most 10 is allowed.', 10, 20);
    expect(socketError(true)(limit)).toEqual({
      message: 'The query costs 20; at most 10 is allowed.',
      extensions: { code: ErrorCode.QUERY_TOO_COSTLY, limit: 10, actual: 20 },
    });
    const hinted = new GraphQLError('Cannot query field "wrks" on type "Query". Did you mean "works"?', {
      extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
    });
    expect(socketError(true)(hinted).message).toBe('Cannot query field "wrks" on type "Query".');
    expect(socketError(false)(hinted).message).toMatch(/Did you mean "works"\?/);
  });
});
