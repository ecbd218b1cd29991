/**
 * The graph as linked data over HTTP: each entity's, fact's and claim's IRI (`/id/...`) and each vocabulary term
 * (`/vocab/...`) answers in the representation the client asks for (negotiate.ts), and the dumps (`/data/`) and
 * the dataset description (`/.well-known/void`) come from dataset.ts. Reads only.
 */
import express from 'express';
import type { Quad } from 'n3';
import { ErrorCode } from '../../errors';
import { describeClaim, describeEntity, describeFact, QuadMaker, serialise, toJsonLd } from '../../graph/linkedData';
import { claimIri, entityIri, factIri, idOfPath, OWN_TERMS, ownTerm, vocabIri } from '../../model';
import type { LinkedDataDeps } from './deps';
import { refusalOf, sendRefusal } from '../limits';
import { mountDataset } from './dataset';
import { CONTENT_TYPES, negotiate } from './negotiate';
import { rdfPage } from './page';
import { entityPage } from './entityPage';
import { entityProfile } from '../../graph/entityProfile';
import { CONTENT_SECURITY_POLICY } from '../pages';

/** An entity's full page (entityPage.ts), given the JSON-LD it embeds (being written meanwhile); undefined when the entity is gone. */
type FullPage = (jsonLd: Promise<unknown>) => Promise<string | undefined>;

/**
 * Answers `quads` about `about` in the negotiated representation (406 when none is acceptable). HTML is the
 * entity's full page where `page` makes one (its script and styles under the pages' policy), else the plain page.
 */
async function answer(
  req: express.Request,
  res: express.Response,
  base: string,
  about: string,
  quads: Quad[],
  note?: string,
  page?: FullPage,
) {
  const chosen = negotiate(req, res);
  if (!chosen) return;
  res.setHeader('content-type', CONTENT_TYPES[chosen]);
  res.setHeader('cache-control', 'no-cache');
  const full = chosen === 'html' && page ? await page(toJsonLd(quads, base)) : undefined;
  if (full !== undefined) {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.send(full);
  } else if (chosen === 'html') {
    // The page runs no script and loads nothing: its JSON-LD is a data block, which no policy needs to allow.
    res.setHeader('content-security-policy', "default-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    res.send(rdfPage(about, quads, await toJsonLd(quads, base), base, note));
  } else res.send(await serialise(quads, chosen, base));
}

const notFound = (res: express.Response, what: string) =>
  sendRefusal(res, refusalOf(404, ErrorCode.NOT_FOUND, `${what} names nothing in the graph.`));

export function mountLinkedData(app: express.Express, deps: LinkedDataDeps): void {
  const { graph } = deps;
  const forRequest = (res: express.Response) => graph.forRequest(res.locals.requestId as string);

  app.get(/^\/id\/.+/, async (req, res, next) => {
    try {
      const base = deps.base();
      const named = idOfPath(req.path.slice('/id/'.length));
      if ('malformed' in named)
        return sendRefusal(res, refusalOf(400, ErrorCode.BAD_REQUEST, `Not an IRI of the graph: ${named.malformed}.`));
      if ('entity' in named) {
        const described = await describeEntity(forRequest(res), base, named.entity);
        if (!described) return notFound(res, `The id ${named.entity}`);
        const { shown, total } = described.incoming;
        const note =
          shown < total ? `${total} facts reach this entity; ${shown} are shown here, and all are in the dumps at /data/.` : undefined;
        // The page's own read runs while the JSON-LD is written.
        const page: FullPage = async (writing) => {
          const [profile, jsonLd] = await Promise.all([entityProfile(forRequest(res), named.entity), writing]);
          return profile && entityPage({ profile, base, jsonLd, now: new Date().toISOString() });
        };
        return await answer(req, res, base, entityIri(base, named.entity), described.quads, note, page);
      }
      if ('claim' in named) {
        const claim = await describeClaim(forRequest(res), base, named.claim);
        if (!claim) return notFound(res, `The claim ${named.claim}`);
        return await answer(req, res, base, claimIri(base, named.claim), claim.quads);
      }
      const fact = await describeFact(forRequest(res), base, named.fact);
      if (!fact) return notFound(res, `The fact ${named.fact}`);
      return await answer(req, res, base, factIri(base, named.fact), fact.quads);
    } catch (err) {
      next(err);
    }
  });

  app.get(['/vocab', '/vocab/', '/vocab/:term'], async (req, res, next) => {
    try {
      const base = deps.base();
      const maker = new QuadMaker(base);
      const name = typeof req.params.term === 'string' ? req.params.term : undefined;
      if (name === undefined) {
        const quads = [...OWN_TERMS.values()].flatMap((t) => maker.termQuads(t));
        return await answer(req, res, base, `${base}/vocab/`, quads);
      }
      const keys = new Set(((await forRequest(res).read('propertyKeys'))[0]?.keys as string[] | undefined) ?? []);
      const term = ownTerm(name, (p) => keys.has(p));
      if (!term) return notFound(res, `The term ${name}`);
      return await answer(req, res, base, vocabIri(base, term.name), maker.termQuads(term));
    } catch (err) {
      next(err);
    }
  });

  mountDataset(app, deps);
}
