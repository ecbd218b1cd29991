/** The Express side of the body budget: express.json up to MAX_BODY_BYTES, the batch size, and its errors in GraphQL's shape. */
import express from 'express';
import type { QueryLimits } from '../../config/config';
import { ErrorCode } from '../../errors';
import { nestingProblem } from './nesting';
import { batchProblem, NOT_JSON, refusalOf, sendRefusal } from './refusals';

/**
 * Reads the JSON body up to MAX_BODY_BYTES, keeps a batch (when allowed) within MAX_OPERATIONS, and
 * refuses nesting too deep for GraphQL to parse safely, in the body or in a GET's parameters.
 */
export function bodyLimits(limits: QueryLimits): express.RequestHandler[] {
  const batchSize: express.RequestHandler = (req, res, next) => {
    const refused = batchProblem(req.body, limits.maxOperations) ?? nestingProblem(req.method === 'GET' ? req.query : req.body, limits);
    if (refused) {
      sendRefusal(res, refused);
      return;
    }
    // A body that is not JSON is left for Apollo to refuse with its own 400s, not a 500.
    if (req.body === undefined) req.body = {};
    next();
  };
  return [express.json({ limit: limits.maxBodyBytes }), batchSize];
}

interface BodyError {
  type?: string;
  status?: number;
  length?: number;
  received?: number;
  limit?: number;
  encoding?: string;
  charset?: string;
}

/** The 413: the limit, and the size when the request declared it, or else how much was read before reading stopped. */
function tooLarge(err: BodyError): ReturnType<typeof refusalOf> {
  if (typeof err.length === 'number') {
    return refusalOf(413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is ${err.length} bytes; at most ${err.limit} are allowed.`, {
      limit: err.limit,
      actual: err.length,
    });
  }
  // A chunked or compressed body has no declared size: what is known is that reading passed the limit.
  const read = typeof err.received === 'number' ? ` (reading stopped after ${err.received} bytes)` : '';
  return refusalOf(
    413,
    ErrorCode.PAYLOAD_TOO_LARGE,
    `The request body is larger than ${err.limit} bytes${read}; at most ${err.limit} are allowed.`,
    { limit: err.limit, ...(read ? { received: err.received } : {}) },
  );
}

/** body-parser's errors by type, each with a message of ours: its own carry zlib's or Node's text ("incorrect header check"). */
function bodyRefusal(err: BodyError): ReturnType<typeof refusalOf> | undefined {
  switch (err.type) {
    case 'entity.too.large':
      return tooLarge(err);
    case 'entity.parse.failed':
      return NOT_JSON();
    case 'encoding.unsupported':
      return refusalOf(
        415,
        ErrorCode.BAD_REQUEST,
        `The content encoding "${err.encoding}" is not supported; send the body as is, or with gzip, deflate or br.`,
      );
    case 'charset.unsupported':
      return refusalOf(415, ErrorCode.BAD_REQUEST, `The charset "${err.charset}" is not supported; send UTF-8.`);
    case 'request.aborted':
      return refusalOf(400, ErrorCode.BAD_REQUEST, 'The request body ended before it was whole.');
    case 'request.size.invalid':
      return refusalOf(400, ErrorCode.BAD_REQUEST, 'The request body is not as long as its content-length header says.');
    default:
      if (!err.status || err.status < 400 || err.status >= 500) return undefined;
      // A body that does not decompress reaches here with zlib's error as its message.
      return refusalOf(err.status, ErrorCode.BAD_REQUEST, 'The request body could not be read (is its content-encoding right?).');
  }
}

/** A body that is too large (413), not JSON or not readable (400, 415) answers in GraphQL's error shape, with a code. */
export const bodyErrors: express.ErrorRequestHandler = (err: BodyError, _req, res, next) => {
  const refused = bodyRefusal(err);
  if (refused) sendRefusal(res, refused);
  else next(err);
};
