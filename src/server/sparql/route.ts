import express from 'express';
import { ErrorCode } from '../../errors';
import { bodyErrors, refusalOf, sendRefusal } from '../limits';
import type { SparqlEngine } from './engine';
import { negotiate, OFFERED } from './formats';
import { queryOf, READ_ONLY } from './protocol';

const notAcceptable = () =>
  refusalOf(406, ErrorCode.BAD_REQUEST, `None of the accepted types is offered; /sparql answers ${OFFERED.join(', ')}.`);

/** The failures an answer can come back with, as HTTP. */
const REFUSALS = {
  syntax: (m: string) => refusalOf(400, ErrorCode.BAD_REQUEST, `The SPARQL query does not parse: ${m}`),
  update: () => READ_ONLY(),
  'not-acceptable': (m: string) => refusalOf(406, ErrorCode.BAD_REQUEST, `${m}; the accepted types do not include one.`),
  timeout: (m: string) => refusalOf(503, ErrorCode.QUERY_TIMEOUT, `The SPARQL query timed out: ${m}.`),
  restarted: (m: string) => refusalOf(503, ErrorCode.SERVICE_UNAVAILABLE, `${m}; try again.`),
  internal: () => refusalOf(500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.'),
};

/** The header an answer cut at SPARQL_MAX_ROWS carries, naming the cap. */
export const CAP_HEADER = 'sparql-result-cap';

/** `/sparql`: the SPARQL 1.1 Protocol's query operation, read-only, over the engine (src/server/sparql/engine.ts). */
export function sparqlRouter(engine: () => SparqlEngine, maxBodyBytes: number, maxRows: number): express.Router {
  const router = express.Router();
  router.use(
    express.text({ type: 'application/sparql-query', limit: maxBodyBytes }),
    express.urlencoded({ extended: false, limit: maxBodyBytes }),
  );
  router.all('/', async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('allow', 'GET, POST');
      sendRefusal(res, refusalOf(405, ErrorCode.BAD_REQUEST, `/sparql answers GET and POST, not ${req.method}.`));
      return;
    }
    // Everything after the first `?`: a query's own variables (`?s`) may come unencoded, as Jena sends them.
    const search = new URLSearchParams(req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '');
    const params: Record<string, string[]> = {};
    for (const key of new Set(search.keys())) params[key] = search.getAll(key);
    const asked = queryOf({ method: req.method, contentType: req.headers['content-type'], params, body: req.body });
    if ('status' in asked) return sendRefusal(res, asked);
    const wanted = negotiate((types) => req.accepts(types));
    res.vary('Accept');
    if (!wanted) return sendRefusal(res, notAcceptable());
    try {
      const outcome = await engine().query(asked.query, wanted);
      if (!outcome.ok) return sendRefusal(res, REFUSALS[outcome.failure](outcome.message));
      if (outcome.capped) res.setHeader(CAP_HEADER, `${maxRows} rows (SPARQL_MAX_ROWS) reached: the answer holds the first ${maxRows}`);
      res.type(`${outcome.mediaType!}; charset=utf-8`).send(outcome.body);
    } catch (err) {
      next(err);
    }
  });
  router.use(bodyErrors);
  return router;
}
