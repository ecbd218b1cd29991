/**
 * The graph view (/explore?id=...): an entity's neighbourhood drawn with cytoscape. Click a node to
 * expand it (its neighbourhood is fetched from this server's GraphQL API and added); hover or click an
 * edge for the facts on it, with source and locator. Bundled by scripts/build-pages.ts.
 */
import cytoscape, { type EdgeSingular, type EventObject, type NodeSingular } from 'cytoscape';
import './explore.css';
import { postGraphQL, readPageData } from './pageData';
import { el } from './explore/dom';
import { edgesOf, fetchNeighbourhood, labelOf, mergeFacts, nodeElement, type EdgeData, type Neighbourhood } from './explore/model';
import { edgeTooltip, placeTooltip, showEdge, showMessage, showNode } from './explore/panel';
import { centroid, fitReadable, placeAround, rearrange } from './explore/layout';
import { graphStyle, TYPE_COLOURS } from './explore/style';

declare global {
  // The graph, for a look from the browser's console (and for the tests, which read what is drawn).
  interface Window {
    cy?: cytoscape.Core;
  }
}

const status = el('span', { id: 'status', role: 'status' });
const input = el('input', { name: 'id', placeholder: 'an id (work:infernal-affairs) or a name', 'aria-label': 'Entity id or name' });
const container = el('div', { id: 'graph' });
const panel = el('aside', { id: 'panel' });
const tooltip = el('div', { id: 'tooltip', role: 'tooltip' });
tooltip.hidden = true;
const legend = el(
  'footer',
  { id: 'legend' },
  ...Object.entries(TYPE_COLOURS).map(([type, colour]) =>
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch', style: `background:${colour}` }), type),
  ),
);
const form = el('form', { id: 'open' }, input, el('button', { type: 'submit' }, 'Open'));
const rearrangeButton = el('button', { type: 'button', id: 'rearrange', title: 'Lay the whole graph out afresh' }, 'Re-arrange');
document
  .getElementById('root')!
  .replaceWith(
    el('header', {}, el('a', { href: '/', class: 'home' }, 'Playground'), el('h1', {}, 'Graph view'), form, rearrangeButton, status),
    el('main', {}, container, panel),
    legend,
    tooltip,
  );

const cy = cytoscape({ container, style: graphStyle, minZoom: 0.1, maxZoom: 4 });
window.cy = cy;
const expanded = new Map<string, Neighbourhood>();

const setState = (state: 'loading' | 'ready' | 'error', message: string): void => {
  document.body.dataset.state = state;
  status.textContent = message;
};

function addNeighbourhood(n: Neighbourhood): { nodes: number; edges: number } {
  const edgesBefore = cy.edges().length;
  const fresh = new Set<string>();
  cy.batch(() => {
    for (const entity of [n, ...n.relationships.map((r) => r.node)]) {
      if (cy.getElementById(entity.id).nonempty()) continue;
      cy.add(nodeElement(entity));
      fresh.add(entity.id);
    }
    for (const edge of edgesOf(n)) {
      const drawn = cy.getElementById(edge.id);
      if (drawn.empty()) cy.add({ group: 'edges', data: edge });
      else drawn.data(mergeFacts(drawn.data() as EdgeData, edge));
    }
    // Nodes reached only through hidden relationships (citations) are not drawn.
    cy.nodes()
      .filter((node) => fresh.has(node.id()) && node.id() !== n.id && node.connectedEdges().empty())
      .remove();
  });
  const centre = cy.getElementById(n.id) as NodeSingular;
  const added = cy.nodes().filter((node) => fresh.has(node.id()) && node.id() !== n.id);
  const others = cy.nodes().filter((node) => !fresh.has(node.id()) && node.id() !== n.id);
  centre.addClass('expanded');
  if (fresh.has(n.id)) centre.position({ x: 0, y: 0 });
  placeAround(centre.position(), added, centroid(others));
  fitReadable(cy);
  return { nodes: added.length, edges: cy.edges().length - edgesBefore };
}

function details(node: NodeSingular): void {
  const n = expanded.get(node.id());
  showNode(panel, {
    entity: { id: node.id(), __typename: node.data('type'), properties: node.data('properties') },
    citations: n?.relationships.filter((r) => r.type === 'CITED_IN') ?? [],
    expanded: n !== undefined,
    drawn: node.connectedEdges().length,
  });
}

async function expand(id: string): Promise<void> {
  setState('loading', `Loading the neighbourhood of ${id}…`);
  try {
    const n = await fetchNeighbourhood(id);
    if (!n) {
      showMessage(panel, 'Not found', `No entity has the id "${id}". Try a name in the box above.`);
      return setState('error', `No entity has the id "${id}".`);
    }
    expanded.set(id, n);
    const { nodes, edges } = addNeighbourhood(n);
    if (expanded.size === 1) cy.getElementById(id).addClass('centre');
    details(cy.getElementById(id) as NodeSingular);
    setState(
      'ready',
      `${labelOf(n)}: ${nodes} new node${nodes === 1 ? '' : 's'}, ${edges} new edge${edges === 1 ? '' : 's'}. ` +
        'Click a node to expand it; hover or click an edge for its facts.',
    );
  } catch (err) {
    showMessage(panel, 'Could not load', (err as Error).message);
    setState('error', `Could not load ${id}: ${(err as Error).message}`);
  }
}

const endsOf = (edge: EdgeSingular): [string, string] => [edge.source().data('label'), edge.target().data('label')];
const pointer = (event: EventObject): { x: number; y: number } => {
  const box = container.getBoundingClientRect();
  return { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y };
};

cy.on('tap', 'node', (event) => {
  const node = event.target as NodeSingular;
  tooltip.hidden = true;
  details(node);
  if (!expanded.has(node.id())) void expand(node.id());
});
cy.on('tap', 'edge', (event) => {
  const edge = event.target as EdgeSingular;
  showEdge(panel, edge.data() as EdgeData, ...endsOf(edge));
});
cy.on('mouseover', 'edge', (event) => {
  const edge = (event.target as EdgeSingular).addClass('hovered');
  const { x, y } = pointer(event);
  placeTooltip(tooltip, x, y, edgeTooltip(edge.data() as EdgeData, ...endsOf(edge)));
});
cy.on('mouseover', 'node', (event) => {
  const node = event.target as NodeSingular;
  const { x, y } = pointer(event);
  placeTooltip(tooltip, x, y, [
    el('strong', {}, node.data('label')),
    el('div', {}, `${node.data('type')} · ${node.id()}`),
    el('div', { class: 'hint' }, expanded.has(node.id()) ? 'expanded' : 'click to expand'),
  ]);
});
cy.on('mouseout', 'edge, node', (event) => {
  event.target.removeClass('hovered');
  tooltip.hidden = true;
});

rearrangeButton.addEventListener('click', () => rearrange(cy));
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const wanted = input.value.trim();
  if (!wanted) return;
  if (/^[a-z]+:\S+$/.test(wanted)) return void (window.location.href = `/explore?id=${encodeURIComponent(wanted)}`);
  const found = await postGraphQL<{ search: { node: { id: string } }[] | null }>({
    query: 'query Find($text: String!) { search(text: $text, first: 1) { node { id } } }',
    variables: { text: wanted },
  });
  const hit = found.data?.search?.[0];
  // The API names what is wrong with a text it refuses (punctuation only, too long): show that, not "nothing".
  if (found.errors?.length) setState('error', found.errors[0].message);
  else if (hit) window.location.href = `/explore?id=${encodeURIComponent(hit.node.id)}`;
  else setState('error', `Nothing in the graph is called "${wanted}".`);
});

const { id } = readPageData<{ id: string }>();
input.value = id;
if (id) void expand(id);
else {
  showMessage(panel, 'Graph view', 'Give an entity id such as work:infernal-affairs, or a name, in the box above.');
  setState('ready', 'Nothing opened yet.');
}
