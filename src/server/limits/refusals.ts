/** Refusals sent before GraphQL runs, shared by the Express app and the direct POST path (src/server/graphqlPost.ts). */
import type http from 'node:http';
import { ErrorCode } from '../../errors';

/** A refusal before GraphQL runs: an HTTP status and a body in GraphQL's error shape, with a code. */
export interface LimitRefusal {
  status: number;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

export const refusalOf = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): LimitRefusal => ({
  status,
  body: { errors: [{ message, extensions: { code, ...extra } }] },
});

/**
 * Sends a refusal on Node's response, which Express's extends: the direct POST path and the Express
 * app answer alike. Once headers are out, only the end can still be sent.
 */
export function sendRefusal(res: http.ServerResponse, refused: LimitRefusal): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = refused.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(refused.body));
}

/** A batch of more than MAX_OPERATIONS operations is refused before any of them runs. */
export function batchProblem(body: unknown, maxOperations: number): LimitRefusal | null {
  const size = Array.isArray(body) ? body.length : 0;
  return size > maxOperations
    ? refusalOf(400, ErrorCode.TOO_MANY_OPERATIONS, `The batch holds ${size} operations; at most ${maxOperations} are allowed.`, {
        limit: maxOperations,
        actual: size,
      })
    : null;
}

export const NOT_JSON = (): LimitRefusal => refusalOf(400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');

/** A body's JSON, read as express.json reads it (strict: an object or an array), or the refusal. */
export function bodyProblem(text: string): { body: unknown } | LimitRefusal {
  // eslint-disable-next-line no-control-regex -- JSON's own white space: space, tab, line feed, carriage return
  if (!/^[\x20\x09\x0a\x0d]*[{[]/.test(text)) return NOT_JSON();
  try {
    return { body: JSON.parse(text) };
  } catch {
    return NOT_JSON();
  }
}
