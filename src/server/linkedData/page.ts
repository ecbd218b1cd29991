/**
 * The plain HTML page of an entity, fact or vocabulary term, made from the same quads its RDF answers carry: its
 * names, its properties and its facts, each fact with its values, source and locator, and the JSON-LD in a
 * `<script type="application/ld+json">`. Semantic HTML (headings, a definition list, tables with headers), no
 * script of its own; a fuller entity page comes with the issue on charts and entity pages.
 */
import type { Quad } from 'n3';
import { NS, prefixes } from '../../model';
import { escapeHtml, htmlDocument, scriptJson } from '../pages';

const RDF_SUBJECT = `${NS.rdf}subject`;

/** An IRI as a prefixed name where a prefix fits (`schema:name`), else whole. */
function short(iri: string, base: string): string {
  for (const [prefix, ns] of Object.entries(prefixes(base)))
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}

function objectHtml(q: Quad, base: string, names: Map<string, string>): string {
  const o = q.object;
  if (o.termType === 'NamedNode') {
    const text = names.get(o.value) ?? short(o.value, base);
    return `<a href="${escapeHtml(o.value)}">${escapeHtml(text)}</a>`;
  }
  const lang = o.termType === 'Literal' && o.language ? ` lang="${escapeHtml(o.language)}"` : '';
  return `<span${lang}>${escapeHtml(o.value)}</span>`;
}

/** The rows of a subject's quads as a definition list: each predicate once, its values after it. */
function propertiesHtml(quads: Quad[], base: string, names: Map<string, string>): string {
  const byPredicate = new Map<string, Quad[]>();
  for (const q of quads) byPredicate.set(q.predicate.value, [...(byPredicate.get(q.predicate.value) ?? []), q]);
  const rows = [...byPredicate].map(
    ([p, qs]) =>
      `<dt><a href="${escapeHtml(p)}">${escapeHtml(short(p, base))}</a></dt>${qs.map((q) => `<dd>${objectHtml(q, base, names)}</dd>`).join('')}`,
  );
  return `<dl>\n${rows.join('\n')}\n</dl>`;
}

/** The facts among the quads (subjects with rdf:subject), one table row each, its own values in the last cells. */
function factsHtml(quads: Quad[], about: string, base: string, names: Map<string, string>): string {
  const factIris = [...new Set(quads.filter((q) => q.predicate.value === RDF_SUBJECT).map((q) => q.subject.value))].filter(
    (f) => f !== about,
  );
  if (factIris.length === 0) return '';
  const rows = factIris.map((f) => {
    const own = quads.filter((q) => q.subject.value === f);
    const cell = (p: string) =>
      own
        .filter((q) => q.predicate.value === p)
        .map((q) => objectHtml(q, base, names))
        .join(', ');
    const values = own.filter(
      (q) =>
        ![RDF_SUBJECT, `${NS.rdf}predicate`, `${NS.rdf}object`, `${NS.rdf}type`, `${NS.prov}wasDerivedFrom`].includes(q.predicate.value),
    );
    const rest = values.map((q) => `${escapeHtml(short(q.predicate.value, base))}: ${objectHtml(q, base, names)}`).join('<br>');
    return `<tr><td>${cell(RDF_SUBJECT)}</td><td>${cell(`${NS.rdf}predicate`)}</td><td>${cell(`${NS.rdf}object`)}</td><td>${cell(`${NS.prov}wasDerivedFrom`)}</td><td>${rest}</td><td><a href="${escapeHtml(f)}">fact</a></td></tr>`;
  });
  return `<h2 id="facts">Facts</h2>
<table aria-labelledby="facts">
<thead><tr><th scope="col">subject</th><th scope="col">predicate</th><th scope="col">object</th><th scope="col">source</th><th scope="col">values and locator</th><th scope="col">IRI</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** The page of `about`: its title (its English name, else its IRI), its properties, its facts, its JSON-LD. */
export function rdfPage(about: string, quads: Quad[], jsonLd: unknown, base: string, note = ''): string {
  const names = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value === `${NS.schema}name` && q.object.termType === 'Literal' && !q.object.language && !names.has(q.subject.value)) {
      names.set(q.subject.value, q.object.value);
    }
  }
  const title = names.get(about) ?? short(about, base);
  const own = quads.filter((q) => q.subject.value === about);
  const head = [
    `<link rel="alternate" type="application/ld+json" href="${escapeHtml(about)}">`,
    `<link rel="alternate" type="text/turtle" href="${escapeHtml(about)}">`,
    `<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
  ].join('\n');
  return htmlDocument(
    title,
    head,
    `<main>
<h1>${escapeHtml(title)}</h1>
<p>IRI: <a href="${escapeHtml(about)}">${escapeHtml(about)}</a>. Also as JSON-LD, Turtle and N-Triples at the same address (ask with <code>Accept</code>).</p>
${propertiesHtml(own, base, names)}
${factsHtml(quads, about, base, names)}
${note ? `<p>${escapeHtml(note)}</p>` : ''}
</main>`,
  );
}
