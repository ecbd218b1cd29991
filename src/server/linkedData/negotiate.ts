/**
 * Content negotiation for the graph's IRIs (W3C "Cool URIs"): the representation the client's Accept header
 * prefers, q-values honoured, by Express's `req.accepts` (the `accepts`/`negotiator` packages). HTML first, so a
 * browser (or a client that accepts anything) gets the page.
 */
import type express from 'express';
import { ErrorCode } from '../../errors';
import { RDF_MEDIA_TYPES, RdfFormat } from '../../graph/linkedData';
import { refusalOf, sendRefusal } from '../limits';

export type Representation = RdfFormat | 'html';

const OFFERED: [string, Representation][] = [
  ['text/html', 'html'],
  [RDF_MEDIA_TYPES.jsonld, 'jsonld'],
  [RDF_MEDIA_TYPES.ttl, 'ttl'],
  [RDF_MEDIA_TYPES.nt, 'nt'],
];
export const OFFERED_TYPES = OFFERED.map(([type]) => type);

/** The representation to answer with, or undefined after answering 406 naming the types offered. */
export function negotiate(req: express.Request, res: express.Response): Representation | undefined {
  res.vary('Accept');
  const chosen = req.accepts(OFFERED_TYPES);
  const found = OFFERED.find(([type]) => type === chosen);
  if (found) return found[1];
  sendRefusal(
    res,
    refusalOf(
      406,
      ErrorCode.NOT_ACCEPTABLE,
      `None of the types accepted (${req.headers.accept}) is offered here; offered: ${OFFERED_TYPES.join(', ')}.`,
      {
        offered: OFFERED_TYPES,
      },
    ),
  );
  return undefined;
}

/** The content type each representation is sent as. */
export const CONTENT_TYPES: Record<Representation, string> = {
  html: 'text/html; charset=utf-8',
  jsonld: `${RDF_MEDIA_TYPES.jsonld}; charset=utf-8`,
  ttl: `${RDF_MEDIA_TYPES.ttl}; charset=utf-8`,
  nt: `${RDF_MEDIA_TYPES.nt}; charset=utf-8`,
};
