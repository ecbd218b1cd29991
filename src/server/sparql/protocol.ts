import { ErrorCode } from '../../errors';
import { LimitRefusal, refusalOf } from '../limits';

/**
 * The query a SPARQL 1.1 Protocol request carries (GET `?query=`, POST `application/sparql-query`, POST
 * `application/x-www-form-urlencoded` with `query=`), or the refusal: this endpoint is read-only, so an
 * update by any of the protocol's ways is refused with 403 before anything parses it.
 */
export interface ProtocolRequest {
  method: string;
  contentType: string | undefined;
  /** The URL's parameters, each with every value given. */
  params: Record<string, string[]>;
  /** The body, as text (sparql-query) or as parsed form fields. */
  body: unknown;
}

export const READ_ONLY = (): LimitRefusal =>
  refusalOf(
    403,
    ErrorCode.FORBIDDEN,
    'This SPARQL endpoint is read-only: updates are not accepted, and nothing a client sends writes anything.',
  );

const bad = (message: string): LimitRefusal => refusalOf(400, ErrorCode.BAD_REQUEST, message);

/** Dataset parameters would choose graphs per query; this endpoint answers over the whole graph only. */
const DATASET = ['default-graph-uri', 'named-graph-uri'];

function single(values: Record<string, string[]>, name: string): string | LimitRefusal | undefined {
  const given = values[name];
  if (given === undefined || given.length === 0) return undefined;
  if (given.length > 1) return bad(`Give "${name}" once; it was given ${given.length} times.`);
  return given[0];
}

const asLists = (fields: unknown): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries((fields ?? {}) as Record<string, unknown>).map(([k, v]) => [k, (Array.isArray(v) ? v : [v]).map(String)]),
  );

export function queryOf(req: ProtocolRequest): { query: string } | LimitRefusal {
  const type = req.contentType?.split(';')[0].trim().toLowerCase();
  if (req.method === 'POST' && type === 'application/sparql-update') return READ_ONLY();
  const form = req.method === 'POST' && type === 'application/x-www-form-urlencoded' ? asLists(req.body) : {};
  if (req.params.update !== undefined || form.update !== undefined) return READ_ONLY();
  const dataset = DATASET.find((name) => req.params[name] !== undefined || form[name] !== undefined);
  if (dataset)
    return bad(
      `"${dataset}" is not supported: queries run over the whole graph (each entity and fact a named graph, their union the default graph).`,
    );
  let query: string | LimitRefusal | undefined;
  if (req.method === 'GET') query = single(req.params, 'query');
  else if (type === 'application/sparql-query') query = typeof req.body === 'string' ? req.body : undefined;
  else if (type === 'application/x-www-form-urlencoded') query = single(form, 'query');
  else {
    return refusalOf(
      415,
      ErrorCode.BAD_REQUEST,
      'POST a query as application/sparql-query or as application/x-www-form-urlencoded with "query".',
    );
  }
  if (typeof query === 'object') return query;
  if (query === undefined || query.trim() === '')
    return bad('No SPARQL query: give it as "query" (GET or form POST) or as the body of an application/sparql-query POST.');
  return { query };
}
