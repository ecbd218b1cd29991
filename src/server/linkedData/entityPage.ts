/**
 * The page at an entity's IRI (issue 29, item 3): its names in every script and romanisation, its properties, its
 * facts grouped by relationship with each fact's source and locator, the claims of sources that state a fact side
 * by side, "cite this", and the JSON-LD for reference managers and search engines. All of it is HTML that reads
 * without script; the script (web/entity.tsx) adds the small charts (web/chart, from the tables `chartsOf` hands
 * it in the page data) and the reader's choice of script for Chinese names (the `data-zh` elements).
 */
import { CITATION_TYPE, entityIri, factIri, kindOf, nameField, OWN_TERMS, predicateOfType, propertyMapping } from '../../model';
import type { ClaimData } from '../../graph/claims';
import type { EntityProfile, ProfileFact } from '../../graph/entityProfile';
import { escapeHtml, htmlDocument, scriptJson } from '../pages';
import { citeEntity } from './citation';
import { chartsOf, claimedNumbers, claimsChartKey, factGroups, groupColumns, sourceLabel, type FactGroup } from './entityTables';

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

/** A value as the page shows it: numbers grouped, lists joined, nothing for absent (never 0). */
export const shownValue = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'number'
      ? NUMBER.format(value)
      : Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'boolean'
          ? value
            ? 'yes'
            : 'no'
          : String(value);

const HAN = /\p{Script=Han}/u;
/** Text that may hold a Chinese name: marked, so the reader's script (web/entity.tsx) can convert it. */
const nameText = (text: string): string =>
  HAN.test(text) ? `<span lang="zh" data-zh="${escapeHtml(text)}">${escapeHtml(text)}</span>` : escapeHtml(text);

/** A cell of a property's value: a number right-aligned (a year as it is written, not grouped), text with its names marked. */
const cell = (value: unknown, property = ''): string =>
  typeof value === 'number'
    ? `<td class="number">${kindOf(property) === 'year' ? String(value) : shownValue(value)}</td>`
    : `<td>${typeof value === 'string' ? nameText(value) : escapeHtml(shownValue(value))}</td>`;

const link = (href: string, text: string): string => `<a href="${escapeHtml(href)}">${text}</a>`;

/** The printed Chinese name and its derived forms, each with its language tag (the RDF's, src/model/linkedData). */
const NAME_ROWS: [suffix: string, label: string][] = [
  ['', 'Chinese, as the source prints it'],
  ['Hans', 'Simplified Chinese'],
  ['Hant', 'Traditional Chinese'],
  ['HK', 'Hong Kong traditional Chinese'],
  ['Pinyin', 'Mandarin pinyin'],
  ['Jyutping', 'Cantonese jyutping'],
];

function namesHtml(p: EntityProfile): string {
  const rows: string[] = [
    `<tr><th scope="row">English</th><td lang="en">${escapeHtml(String(p.props[nameField(p.label)] ?? p.id))}</td></tr>`,
  ];
  for (const field of ['titleZh', 'nameZh']) {
    for (const [suffix, label] of NAME_ROWS) {
      const value = p.props[`${field}${suffix}`];
      const lang = propertyMapping(`${field}${suffix}`)?.language ?? 'zh';
      if (typeof value === 'string') rows.push(`<tr><th scope="row">${label}</th><td lang="${lang}">${escapeHtml(value)}</td></tr>`);
    }
  }
  const aliases = Array.isArray(p.props.aliases) ? (p.props.aliases as string[]) : [];
  if (aliases.length > 0) rows.push(`<tr><th scope="row">Other names</th><td>${aliases.map(nameText).join(', ')}</td></tr>`);
  return `<section id="names" aria-labelledby="names-title"><h2 id="names-title">Names</h2>
<table class="entity-names"><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

const NAME_PROPERTIES = /^(id|name|title|aliases|(title|name)Zh\w*)$/;

function propertiesHtml(p: EntityProfile, base: string): string {
  const rows = Object.entries(p.props)
    .filter(([k]) => !NAME_PROPERTIES.test(k) && propertyMapping(k) !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => {
      const value =
        propertyMapping(k)?.reference === 'entity' && typeof v === 'string'
          ? link(entityIri(base, v), escapeHtml(v))
          : escapeHtml(typeof v === 'number' && kindOf(k) === 'year' ? String(v) : shownValue(v));
      return `<dt>${escapeHtml(k)}</dt><dd>${value}</dd>`;
    });
  return `<section id="properties" aria-labelledby="properties-title"><h2 id="properties-title">Properties</h2>
<dl class="entity-properties"><dt>type</dt><dd>${escapeHtml(p.label)}</dd><dt>id</dt><dd><code>${escapeHtml(p.id)}</code></dd>${rows.join('')}</dl></section>`;
}

const sourceLink = (p: EntityProfile, base: string, id: unknown): string =>
  typeof id === 'string' ? link(entityIri(base, id), escapeHtml(sourceLabel(p, id))) : '';

/** The claims of one fact side by side: each source's values, where it says them, when, and what it counts. */
function claimsTable(
  p: EntityProfile,
  base: string,
  factId: string,
  what: string,
  claims: ClaimData[],
  chartOf: Map<string, number>,
): string {
  const properties = [...new Set(claims.flatMap((c) => c.claimed ?? []))];
  const id = `claims-${factId.replace(/[^\w-]+/g, '-')}`;
  const disagree = properties.filter((prop) => new Set(claims.filter((c) => prop in c).map((c) => JSON.stringify(c[prop]))).size > 1);
  const rows = claims.map(
    (c) =>
      `<tr${c.preferred ? ' class="preferred"' : ''}><th scope="row">${sourceLink(p, base, c.source)}${c.preferred ? ' <span class="tag">held by the graph</span>' : ''}</th>${properties
        .map((prop) => cell(c[prop], prop))
        .join(
          '',
        )}<td>${escapeHtml(c.locator)}</td><td>${escapeHtml(String(c.asOf ?? ''))}</td><td>${escapeHtml(String(c.counts ?? ''))}</td><td>${c.stillShowing ? 'yes' : ''}</td><td>${c.valueAsPrinted ? escapeHtml(String(c.valueAsPrinted)) : ''}${c.note ? ` <span class="note">${escapeHtml(String(c.note))}</span>` : ''}</td></tr>`,
  );
  const charts = claimedNumbers(claims)
    .map(({ property }) => chartOf.get(claimsChartKey(factId, property)))
    .filter((i): i is number => i !== undefined)
    .map((i) => `<div class="entity-chart" data-chart="${i}"></div>`);
  return `${charts.join('\n')}<table class="entity-claims" id="${id}">
<caption>${escapeHtml(what)}: ${claims.length} claims${disagree.length > 0 ? `; the sources disagree on ${disagree.map(escapeHtml).join(', ')}` : ', in agreement'}</caption>
<thead><tr><th scope="col">source</th>${properties.map((prop) => `<th scope="col">${escapeHtml(prop)}</th>`).join('')}<th scope="col">locator</th><th scope="col">as of</th><th scope="col">counts</th><th scope="col">still showing</th><th scope="col">as printed, note</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

const otherCell = (f: ProfileFact, base: string): string =>
  `<th scope="row">${link(entityIri(base, f.other.id), nameText(f.other.name ?? f.other.id))}</th>`;

function groupHtml(p: EntityProfile, base: string, g: FactGroup, chartOf: Map<string, number>): string {
  const chart = chartOf.get(g.key);
  const columns = groupColumns(g);
  const rows = g.facts.map((f) => {
    const fid = typeof f.props.id === 'string' ? f.props.id : undefined;
    const claims = fid ? p.claims.get(fid) : undefined;
    const claimsCell = claims && claims.length > 1 ? link(`#claims-${fid!.replace(/[^\w-]+/g, '-')}`, `${claims.length} claims`) : '';
    return `<tr>${otherCell(f, base)}${columns.map((c) => cell(f.props[c], c)).join('')}<td>${sourceLink(p, base, f.props.source)}</td><td>${escapeHtml(shownValue(f.props.locator))}</td><td>${claimsCell}</td><td>${fid ? link(factIri(base, fid), 'fact') : ''}</td></tr>`;
  });
  const claimTables = g.facts
    .map((f) => (typeof f.props.id === 'string' ? ([f, p.claims.get(f.props.id)] as const) : undefined))
    .filter((x): x is readonly [ProfileFact, ClaimData[]] => x !== undefined && (x[1]?.length ?? 0) > 1)
    .map(([f, claims]) =>
      claimsTable(
        p,
        base,
        f.props.id as string,
        `${g.type} ${f.other.name ?? f.other.id}${f.props.year ? ` ${f.props.year}` : ''}`,
        claims,
        chartOf,
      ),
    );
  const term = OWN_TERMS.get(predicateOfType(g.type).replace(/^avx:/, ''));
  const title = `${g.key}-title`;
  return `<section class="entity-group" id="${g.key}" aria-labelledby="${title}"><h3 id="${title}">${escapeHtml(g.heading)}</h3>
${term ? `<p class="definition">${escapeHtml(term.definition)}</p>` : ''}
${chart !== undefined ? `<div class="entity-chart" data-chart="${chart}"></div>` : ''}
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${title}"><table>
<thead><tr><th scope="col">${g.direction === 'OUT' ? 'to' : 'from'}</th>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}<th scope="col">source</th><th scope="col">locator</th><th scope="col">claims</th><th scope="col">IRI</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
${claimTables.join('\n')}
</section>`;
}

function ownFiguresHtml(p: EntityProfile, base: string, chartOf: Map<string, number>): string {
  const claims = p.claims.get(p.id);
  if (!claims || claims.length === 0) return '';
  return `<section id="figures" aria-labelledby="figures-title"><h2 id="figures-title">Its figures, source by source</h2>
${claimsTable(p, base, p.id, 'The figures of this entity', claims, chartOf)}
</section>`;
}

function citeHtml(p: EntityProfile, iri: string, name: string, accessed: string): string {
  const { apa, bibtex } = citeEntity({ iri, name, id: p.id, change: p.version, accessed });
  return `<section id="cite" aria-labelledby="cite-title"><h2 id="cite-title">Cite this</h2>
<p>IRI: <a href="${escapeHtml(iri)}"><code>${escapeHtml(iri)}</code></a>; the graph at change ${p.version.seq}${p.version.at ? ` (${escapeHtml(p.version.at.slice(0, 10))})` : ''}.</p>
<h3 id="cite-apa">APA</h3>
<pre class="citation" aria-labelledby="cite-apa" tabindex="0">${escapeHtml(apa)}</pre>
<h3 id="cite-bibtex">BibTeX</h3>
<pre class="citation" aria-labelledby="cite-bibtex" tabindex="0">${escapeHtml(bibtex)}</pre>
</section>`;
}

/** The playground with a query for this entity already written: its properties and every fact with source, locator and claims. */
const playgroundHref = (id: string): string =>
  `/?query=${encodeURIComponent(`# The entity of ${id}: its properties, and every fact with its source, locator and claims.
query Entity {
  node(id: "${id}") {
    id
    iri
    properties
    relationships {
      type
      direction
      node { id }
      properties
      locator
      source { id }
      claims { sourceId locator asOf preferred values }
    }
  }
}
`)}`;

export interface EntityPageInput {
  profile: EntityProfile;
  base: string;
  jsonLd: unknown;
  /** When the page is read (ISO), for the citation's date of retrieval. */
  now: string;
}

/** The entity's page. */
export function entityPage({ profile: p, base, jsonLd, now }: EntityPageInput): string {
  const iri = entityIri(base, p.id);
  const name = String(p.props[nameField(p.label)] ?? p.id);
  const zh = p.props.titleZh ?? p.props.nameZh;
  const groups = factGroups(p).filter((g) => g.type !== CITATION_TYPE);
  const cited = factGroups(p).find((g) => g.type === CITATION_TYPE);
  const charts = chartsOf(p, groups);
  const chartOf = new Map(charts.map((c, i) => [c.key, i]));
  const { shown, total } = p.incoming;
  const head = [
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/assets/entity.css">',
    `<link rel="alternate" type="application/ld+json" href="${escapeHtml(iri)}">`,
    `<link rel="alternate" type="text/turtle" href="${escapeHtml(iri)}">`,
    `<script type="application/ld+json">${scriptJson(jsonLd)}</script>`,
  ].join('\n');
  return htmlDocument(
    name,
    head,
    `<header class="entity-bar"><a href="/">Playground</a> <a href="/explore?id=${encodeURIComponent(p.id)}">Graph view</a> <span id="script-choice"></span></header>
<main class="entity-page">
<h1>${escapeHtml(name)}</h1>
${typeof zh === 'string' ? `<p class="entity-zh">${nameText(zh)}</p>` : ''}
<p>A ${escapeHtml(p.label)} of the graph. IRI: <a href="${escapeHtml(iri)}">${escapeHtml(iri)}</a>, also as JSON-LD, Turtle and N-Triples at the same address (ask with <code>Accept</code>).
${link(`/explore?id=${encodeURIComponent(p.id)}`, 'Open it in the graph view')}; ${link(playgroundHref(p.id), 'query it in the playground')}; ${link('#cite', 'cite it')}.</p>
${namesHtml(p)}
${propertiesHtml(p, base)}
${ownFiguresHtml(p, base, chartOf)}
<section id="facts" aria-labelledby="facts-title"><h2 id="facts-title">Facts</h2>
${groups.length === 0 ? '<p>No facts beside its citations.</p>' : groups.map((g) => groupHtml(p, base, g, chartOf)).join('\n')}
${shown < total ? `<p>${total} facts reach this entity; ${shown} are shown here, and all are in the dumps at <a href="/data/graph.nt">/data/</a>.</p>` : ''}
</section>
${cited ? groupHtml(p, base, { ...cited, heading: 'Where the graph has it from (its citations)' }, chartOf) : ''}
${citeHtml(p, iri, name, now)}
</main>
<script id="page-data" type="application/json">${scriptJson({ id: p.id, charts })}</script>
<script src="/assets/entity.js"></script>`,
  );
}
