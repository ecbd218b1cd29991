/**
 * The dumps and the dataset's description. `/data/graph.nt|.ttl|.jsonld` stream the whole graph (history
 * excluded) from the live graph (writeDump), with an ETag made of the graph's version (its last change number and
 * counts), so a client revalidates for a 304 rather than download it again. `/.well-known/void` describes the
 * dataset in VoID and DCAT: its triples (counted by walking the dump once per version) and entities, vocabularies,
 * dumps, the SPARQL endpoint and the sources, in the negotiated representation.
 */
import type express from 'express';
import { DataFactory, Quad } from 'n3';
import type { Graph } from '../../graph/graph';
import { countTriples, RDF_FORMATS, RDF_MEDIA_TYPES, RdfFormat, serialise, toJsonLd, writeDump } from '../../graph/linkedData';
import { entityIri, NS, RDF_TYPE, XSD } from '../../model';
import type { LinkedDataDeps } from './deps';
import { CONTENT_TYPES, negotiate } from './negotiate';
import { rdfPage } from './page';

const { namedNode, literal, quad } = DataFactory;

/** Where the SPARQL endpoint answers (served beside this, issue 28 items 5-6). */
export const SPARQL_PATH = '/sparql';

interface Version {
  etag: string;
  entities: number;
  relationships: number;
}

async function versionOf(graph: Graph): Promise<Version> {
  const [row] = await graph.read('linkedDataVersion');
  const [seq, entities, relationships] = [row.seq, row.entities, row.relationships] as number[];
  return { etag: `W/"graph-${seq}-${entities}-${relationships}"`, entities, relationships };
}

/** The dataset's description: VoID and DCAT, with the dumps, the SPARQL endpoint, the vocabularies and the sources. */
function datasetQuads(base: string, version: Version, triples: number | undefined, sources: string[]): Quad[] {
  const dataset = namedNode(`${base}/.well-known/void#dataset`);
  const t = (term: string) => namedNode(term);
  const quads = [
    quad(dataset, t(RDF_TYPE), t(`${NS.void}Dataset`)),
    quad(dataset, t(RDF_TYPE), t(`${NS.dcat}Dataset`)),
    quad(dataset, t(`${NS.dcterms}title`), literal('Audiovisual exchange between Mainland China, Hong Kong and the world', 'en')),
    quad(
      dataset,
      t(`${NS.dcterms}description`),
      literal(
        'A knowledge graph of film and TV exchange (trade flows, market years, co-productions, airings, policies, festivals), each fact with its source and locator.',
        'en',
      ),
    ),
    quad(dataset, t(`${NS.dcterms}license`), t('https://opensource.org/licenses/MIT')),
    quad(dataset, t(`${NS.void}uriSpace`), literal(`${base}/id/`)),
    quad(dataset, t(`${NS.void}sparqlEndpoint`), t(`${base}${SPARQL_PATH}`)),
    quad(dataset, t(`${NS.void}entities`), literal(String(version.entities), t(XSD.integer))),
    quad(dataset, t(`${NS.void}vocabulary`), t(`${base}/vocab/`)),
    ...[NS.schema, NS.prov, NS.rdf, NS.dcterms].map((v) => quad(dataset, t(`${NS.void}vocabulary`), t(v))),
    ...sources.map((s) => quad(dataset, t(`${NS.dcterms}source`), t(entityIri(base, s)))),
  ];
  if (triples !== undefined) quads.push(quad(dataset, t(`${NS.void}triples`), literal(String(triples), t(XSD.integer))));
  for (const format of RDF_FORMATS) {
    const url = t(`${base}/data/graph.${format}`);
    const distribution = namedNode(`${base}/.well-known/void#dump-${format}`);
    quads.push(
      quad(dataset, t(`${NS.void}dataDump`), url),
      quad(dataset, t(`${NS.dcat}distribution`), distribution),
      quad(distribution, t(RDF_TYPE), t(`${NS.dcat}Distribution`)),
      quad(distribution, t(`${NS.dcat}downloadURL`), url),
      quad(distribution, t(`${NS.dcat}mediaType`), t(`https://www.iana.org/assignments/media-types/${RDF_MEDIA_TYPES[format]}`)),
    );
  }
  const service = namedNode(`${base}/.well-known/void#sparql`);
  quads.push(
    quad(service, t(RDF_TYPE), t(`${NS.dcat}DataService`)),
    quad(service, t(`${NS.dcat}endpointURL`), t(`${base}${SPARQL_PATH}`)),
    quad(service, t(`${NS.dcat}servesDataset`), dataset),
  );
  return quads;
}

/** Whether the client's If-None-Match names this version (weak comparison, RFC 9110 13.1.2). */
function unchangedFor(req: express.Request, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return given === '*' || given.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export function mountDataset(app: express.Express, deps: LinkedDataDeps): void {
  /** Triples of the dump, by version: walked once per version (the 100x graph takes a while), then remembered. */
  const triplesByVersion = new Map<string, number>();
  const remember = (etag: string, triples: number) => {
    triplesByVersion.clear();
    triplesByVersion.set(etag, triples);
  };

  app.get(/^\/data\/graph\.(nt|ttl|jsonld)$/, async (req, res, next) => {
    const format = /\.(\w+)$/.exec(req.path)![1] as RdfFormat;
    const graph = deps.graph.forRequest(res.locals.requestId as string);
    try {
      const version = await versionOf(graph);
      res.setHeader('etag', version.etag);
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('content-type', CONTENT_TYPES[format]);
      res.setHeader('content-disposition', `attachment; filename="graph.${format}"`);
      if (unchangedFor(req, version.etag)) {
        res.status(304).end();
        return;
      }
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const { triples } = await writeDump(graph, deps.base(), format, res);
      remember(version.etag, triples);
      res.end();
    } catch (err) {
      if (!res.headersSent) return next(err);
      deps.logger.error({ requestId: res.locals.requestId, err }, 'dump failed part way; the connection is cut so the client sees it');
      res.destroy(err as Error);
    }
  });

  app.get(['/.well-known/void', '/.well-known/void/'], async (req, res, next) => {
    try {
      const base = deps.base();
      const graph = deps.graph.forRequest(res.locals.requestId as string);
      const version = await versionOf(graph);
      if (!triplesByVersion.has(version.etag)) remember(version.etag, await countTriples(graph, base));
      const sources = ((await graph.read('linkedDataSources')) as { id: string }[]).map((r) => r.id);
      const quads = datasetQuads(base, version, triplesByVersion.get(version.etag), sources);
      const chosen = negotiate(req, res);
      if (!chosen) return;
      res.setHeader('content-type', CONTENT_TYPES[chosen]);
      res.setHeader('cache-control', 'no-cache');
      const about = `${base}/.well-known/void#dataset`;
      res.send(chosen === 'html' ? rdfPage(about, quads, await toJsonLd(quads, base), base) : await serialise(quads, chosen, base));
    } catch (err) {
      next(err);
    }
  });
}
