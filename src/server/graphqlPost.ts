import { ApolloServer, HeaderMap } from '@apollo/server';
import type http from 'node:http';
import type { RequestContext } from '../schema/context';
import type { QueryLimits } from '../config/config';
import { batchProblem, bodyProblem, nestingProblem, sendRefusal } from './limits';

/**
 * POST /graphql straight on Node's http server: nearly all of the API's traffic, and the part where
 * Express costs most for what it adds here (its router walks every page's route, body-parser reads
 * the body through several layers, and `res.send` hashes every answer for an ETag no client of a POST
 * can use). About a third of the server's time on a lookup by id went there.
 *
 * Only the plain case takes this path: a JSON body without content encoding whose length is declared
 * and within the limit. Every other request, GET queries and malformed ones included, goes through the
 * Express app unchanged, so the two paths refuse bad bodies with the same answers (src/server/limits/).
 */
export function isPlainGraphQLPost(req: http.IncomingMessage, maxBodyBytes: number): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql' || req.headers['content-encoding'] !== undefined) return false;
  const type = req.headers['content-type'];
  if (type === undefined || !/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) return false;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length >= 0 && length <= maxBodyBytes;
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface GraphQLPostOptions {
  apollo: ApolloServer<RequestContext>;
  limits: QueryLimits;
  context: () => Promise<RequestContext>;
}

/** Answers one plain POST /graphql (see isPlainGraphQLPost) through Apollo's own request handling. */
export async function answerGraphQLPost(req: http.IncomingMessage, res: http.ServerResponse, options: GraphQLPostOptions): Promise<void> {
  const text = await readBody(req);
  const parsed = bodyProblem(text);
  if ('status' in parsed) return sendRefusal(res, parsed);
  const refused = batchProblem(parsed.body, options.limits.maxOperations) ?? nestingProblem(parsed.body, options.limits);
  if (refused) return sendRefusal(res, refused);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const answer = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: parsed.body },
    context: options.context,
  });
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
