/** The Express side of the body budget: express.json up to MAX_BODY_BYTES, the batch size, and its errors in GraphQL's shape. */
import express from 'express';
import type { QueryLimits } from '../../config/config';
import { ErrorCode } from '../../errors';
import { batchProblem, NOT_JSON, refusalOf, sendRefusal } from './refusals';

/** Reads the JSON body up to MAX_BODY_BYTES, and keeps a batch (when allowed) within MAX_OPERATIONS. */
export function bodyLimits(limits: QueryLimits): express.RequestHandler[] {
  const batchSize: express.RequestHandler = (req, res, next) => {
    const tooMany = batchProblem(req.body, limits.maxOperations);
    if (tooMany) {
      sendRefusal(res, tooMany);
      return;
    }
    // A body that is not JSON is left for Apollo to refuse with its own 400s, not a 500.
    if (req.body === undefined) req.body = {};
    next();
  };
  return [express.json({ limit: limits.maxBodyBytes }), batchSize];
}

interface BodyError { type?: string; status?: number; length?: number; limit?: number; expose?: boolean; message?: string }

/** A body that is too large (413) or not JSON (400) answers in GraphQL's error shape, with a code. */
export const bodyErrors: express.ErrorRequestHandler = (err: BodyError, _req, res, next) => {
  if (err.type === 'entity.too.large') {
    sendRefusal(res, refusalOf(413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is ${err.length} bytes; at most ${err.limit} are allowed.`, { limit: err.limit, actual: err.length }));
  } else if (err.type === 'entity.parse.failed') {
    sendRefusal(res, NOT_JSON());
  } else if (err.status && err.status >= 400 && err.status < 500) {
    sendRefusal(res, refusalOf(err.status, ErrorCode.BAD_REQUEST, err.expose && err.message ? err.message : 'The request body could not be read.'));
  } else {
    next(err);
  }
};
