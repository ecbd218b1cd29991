/** The side panel and the hover tooltip: the facts behind what the graph draws. */
import { el, text } from './dom';
import { factSummary, type EdgeData, type Entity, type Relationship } from './model';

const propertyList = (properties: Record<string, unknown>): HTMLElement =>
  el(
    'dl',
    { class: 'properties' },
    ...Object.entries(properties)
      .filter(([, v]) => !(Array.isArray(v) && v.length === 0))
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, text(v))]),
  );

const sourceLine = (locator: string | null, source: string | null): HTMLElement =>
  el('div', { class: 'fact-source' }, locator ?? 'no locator', source ? ` — ${source}` : '');

export interface NodeDetails {
  entity: Entity;
  /** The title or name with the Chinese below (model.ts, captionOf). */
  caption: string;
  citations: Relationship[];
  expanded: boolean;
  drawn: number;
}

export function showNode(
  panel: HTMLElement,
  { entity, caption, citations, expanded, drawn }: NodeDetails,
  ...more: (HTMLElement | null)[]
): void {
  const centre = `/explore?id=${encodeURIComponent(entity.id)}`;
  const [name, chinese] = caption.split('\n');
  panel.replaceChildren(
    el('h2', {}, name, chinese ? el('span', { class: 'zh', lang: 'zh' }, ` ${chinese}`) : null),
    el('div', { class: 'badge-line' }, el('span', { class: `badge type-${entity.__typename}` }, entity.__typename), ` ${entity.id}`),
    el(
      'p',
      { class: 'hint' },
      expanded ? `${drawn} relationships drawn. ` : 'Its relationships, by group, are below. ',
      el('a', { href: centre }, 'Open as centre'),
    ),
    ...more.filter((m): m is HTMLElement => m !== null),
    el('h3', {}, 'Properties'),
    propertyList(entity.properties),
    ...(citations.length ? [el('h3', {}, 'Cited in')] : []),
    ...citations.map((c) => sourceLine(c.locator, c.source?.name ?? null)),
  );
}

export function showEdge(panel: HTMLElement, edge: EdgeData, from: string, to: string): void {
  panel.replaceChildren(
    el('h2', {}, edge.type),
    el('p', { class: 'edge-ends' }, `${from} → ${to}`),
    el('p', { class: 'hint' }, `${edge.facts.length} relationship${edge.facts.length > 1 ? 's' : ''}, each with its source and locator:`),
    el(
      'ol',
      { class: 'facts' },
      ...edge.facts.map((f) =>
        el(
          'li',
          { class: 'fact' },
          el('div', { class: 'fact-summary' }, factSummary(f.properties) || '(no further facts)'),
          sourceLine(f.locator, f.source),
          el('details', {}, el('summary', {}, 'all properties'), propertyList(f.properties)),
        ),
      ),
    ),
  );
}

export function showMessage(panel: HTMLElement, title: string, message: string): void {
  panel.replaceChildren(el('h2', {}, title), el('p', {}, message));
}

const TOOLTIP_FACTS = 4;

/** The tooltip's lines for an edge: its type and its first facts with their locators. */
export function edgeTooltip(edge: EdgeData, from: string, to: string): HTMLElement[] {
  const shown = edge.facts
    .slice(0, TOOLTIP_FACTS)
    .map((f) => el('div', { class: 'tooltip-fact' }, el('div', {}, factSummary(f.properties)), sourceLine(f.locator, f.source)));
  const more = edge.facts.length - shown.length;
  return [
    el('strong', {}, `${from} —${edge.type}→ ${to}`),
    ...shown,
    more > 0 ? el('div', { class: 'hint' }, `and ${more} more: click the edge`) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

export function placeTooltip(tooltip: HTMLElement, x: number, y: number, content: HTMLElement[]): void {
  tooltip.replaceChildren(...content);
  tooltip.hidden = false;
  const box = tooltip.getBoundingClientRect();
  tooltip.style.left = `${Math.min(x + 14, window.innerWidth - box.width - 8)}px`;
  tooltip.style.top = `${Math.min(y + 14, window.innerHeight - box.height - 8)}px`;
}
