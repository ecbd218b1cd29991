import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { projectRoot } from '../localdb/instance';

/** A saved example query from queries/, as the playground lists it. */
export interface SavedQuery {
  file: string;
  /** The file's number, e.g. "02". */
  number: string;
  operationName: string;
  /** The file's `#` comment line: the question the query answers. */
  question: string;
  text: string;
}

export interface PagesOptions {
  /** The bundles scripts/build-pages.ts writes (`npm run build`). */
  publicDir?: string;
  queriesDir?: string;
}

/**
 * Everything the pages load comes from this server: the policy tells the browser to refuse any other
 * host, so the playground and the graph view work offline and behind firewalls. Inline styles are
 * allowed because GraphiQL and cytoscape set them from script; GraphiQL's fonts are data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Reads queries/NN-name.graphql on every call, so a query saved there shows without a restart. */
export function readSavedQueries(dir: string): SavedQuery[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+-[\w.-]+\.graphql$/.test(f))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const comment = text.split('\n').find((line) => line.trim().startsWith('#')) ?? '';
      return {
        file,
        number: file.split('-')[0],
        operationName: /\b(?:query|mutation)\s+([_A-Za-z]\w*)/.exec(text)?.[1] ?? file.replace(/\.graphql$/, ''),
        question: comment.replace(/^\s*#\s*/, '').replace(/^Question \d+:\s*/, ''),
        text,
      };
    });
}

/** JSON that is safe inside a <script> element: no `</script>` or `<!--` can close it early. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The one skeleton of the server's HTML pages: the title, what else the head holds, and the body. */
export function htmlDocument(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const html = (title: string, bundle: string, data: unknown): string =>
  htmlDocument(
    title,
    `<link rel="icon" href="data:,">\n<link rel="stylesheet" href="/assets/${bundle}.css">`,
    `<div id="root"></div>\n<script id="page-data" type="application/json">${scriptJson(data)}</script>\n<script src="/assets/${bundle}.js"></script>`,
  );

/** A browser asking for /graphql wants the playground; any client asking for JSON wants GraphQL. */
const wantsPage = (req: express.Request): boolean => req.accepts(['application/json', 'text/html']) === 'text/html';

/**
 * Mounts the playground (GET / and, for browsers, GET /graphql), the graph view (GET /explore) and
 * their bundles under /assets. Call it before the GraphQL middleware: other requests pass through.
 */
export function mountPages(app: express.Express, options: PagesOptions = {}): void {
  const publicDir = options.publicDir ?? path.join(projectRoot(), 'dist', 'public');
  const queriesDir = options.queriesDir ?? path.join(projectRoot(), 'queries');

  const send = (res: express.Response, title: string, bundle: string, data: unknown): void => {
    if (!fs.existsSync(path.join(publicDir, `${bundle}.js`))) {
      res.status(503).type('text/plain').send(`The ${bundle} page is not built: run \`npm run build\` (it writes ${publicDir}).\n`);
      return;
    }
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(html(title, bundle, data));
  };
  const playground: express.RequestHandler = (_req, res) => {
    send(res, 'GraphQL playground: audiovisual exchange graph', 'playground', { queries: readSavedQueries(queriesDir) });
  };

  // Bundle names carry no hash, so browsers revalidate (ETag) rather than keep an old build.
  app.use('/assets', express.static(publicDir, { index: false }));
  app.get('/', playground);
  app.get('/graphql', (req, res, next) => (wantsPage(req) ? playground(req, res, next) : next()));
  app.get('/explore', (req, res) => {
    const id = typeof req.query.id === 'string' ? req.query.id : '';
    send(res, `Graph view${id ? `: ${id}` : ''}`, 'explore', { id });
  });
}
