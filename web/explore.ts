/**
 * The graph view (/explore?id=...): an entity drawn with cytoscape, its relationships offered by group
 * (type and direction, with counts) and drawn a page at a time. What the view shows is a list of steps
 * (explore/view.ts) kept in the URL: back and forward walk it, a link reproduces it, and the GraphQL
 * query that fetches it can be saved. Bundled by src/server/buildPages.ts; everything from this server.
 */
import cytoscape, { type EdgeSingular, type EventObject, type NodeSingular } from 'cytoscape';
import './explore.css';
import { readPageData } from './pageData';
import { el } from './explore/dom';
import { collapse, drawFacts, drawNode, markCrowded } from './explore/draw';
import { savePng, saveQuery, saveSvg } from './explore/exports';
import { groupList, yearFields, type GroupActions } from './explore/groups';
import { keepInView, rearrange } from './explore/layout';
import { fillLegend, type LegendChoice } from './explore/legend';
import {
  captionOf,
  fetchSteps,
  HIDDEN_TYPES,
  type EdgeData,
  type Entity,
  type Group,
  type Relationship,
  type StepAnswer,
} from './explore/model';
import { edgeTooltip, placeTooltip, showEdge, showMessage, showNode } from './explore/panel';
import { graphStyle } from './explore/style';
import { suggestions } from './explore/suggest';
import { emptyView, groupKey, PAGE_SIZE, queryOf, stateOfUrl, urlOf, type Step, type ViewState } from './explore/view';
import { postGraphQL } from './pageData';
import { keepScript, SCRIPTS, scriptNow, type Script } from './script';

declare global {
  // The graph, for a look from the browser's console (and for the tests, which read what is drawn).
  interface Window {
    cy?: cytoscape.Core;
  }
}

const button = (id: string, text: string, label: string): HTMLButtonElement =>
  el('button', { type: 'button', id, 'aria-label': label, title: label }, text);

const status = el('span', { id: 'status', role: 'status', 'aria-live': 'polite' });
const input = el('input', { name: 'id', placeholder: 'a name in any script, or an id', 'aria-label': 'Find an entity by name or id' });
const form = el('form', { id: 'open', role: 'search' }, input, el('button', { type: 'submit' }, 'Open'));
const container = el('div', { id: 'graph', role: 'img', 'aria-label': 'The graph: use "Go to node" to reach its nodes by keyboard' });
const panel = el('aside', { id: 'panel', 'aria-label': 'Details' });
const tooltip = el('div', { id: 'tooltip', role: 'tooltip' });
const legend = el('form', { id: 'legend', 'aria-label': 'Legend: what to show' });
const nodePicker = el('select', { id: 'go-to', 'aria-label': 'Go to node' });
const scriptPicker = el(
  'select',
  { id: 'script', name: 'script' },
  ...SCRIPTS.map((s) => el('option', { value: s.value, ...(s.value === scriptNow() ? { selected: '' } : {}) }, s.label)),
);
const controls = {
  back: button('back', '← Back', 'Back a step'),
  forward: button('forward', 'Forward →', 'Forward a step'),
  rearrange: button('rearrange', 'Re-arrange', 'Re-arrange: lay the whole graph out afresh'),
  png: button('save-png', 'PNG', 'Save the view as PNG'),
  svg: button('save-svg', 'SVG', 'Save the view as SVG'),
  query: button('show-query', 'GraphQL query', 'Show the GraphQL query that fetches this view'),
};
tooltip.hidden = true;
const found = suggestions(
  input,
  (id) => openAfresh(id),
  (message) => setState('error', message),
);
document
  .getElementById('root')!
  .replaceWith(
    el(
      'header',
      {},
      el('a', { href: '/', class: 'home' }, 'Playground'),
      el('h1', {}, 'Graph view'),
      el('div', { class: 'find' }, form, found.list),
      status,
    ),
    el(
      'nav',
      { 'aria-label': 'View' },
      controls.back,
      controls.forward,
      el('label', { class: 'go-to' }, 'Go to node ', nodePicker),
      el('label', { class: 'go-to' }, 'Chinese script ', scriptPicker),
      controls.rearrange,
      el('span', { class: 'save' }, 'Save: ', controls.png, controls.svg, controls.query),
    ),
    el('main', {}, container, panel),
    legend,
    tooltip,
  );

const cy = cytoscape({ container, style: graphStyle, minZoom: 0.1, maxZoom: 4 });
window.cy = cy;
const years = yearFields();

/** What the steps drawn so far have learnt: groups and citations per node, how far each group is drawn. */
let state: ViewState = emptyView();
const groupsOf = new Map<string, Group[]>();
const citationsOf = new Map<string, Relationship[]>();
const progress = new Map<string, { drawn: number; next: string | null }>();
let focus: string | null = null;

const setState = (s: 'loading' | 'ready' | 'error', message: string): void => {
  document.body.dataset.state = s;
  status.textContent = message;
};

const drawnNode = (id: string): NodeSingular => cy.getElementById(id) as NodeSingular;
const entityOf = (node: NodeSingular): Entity => ({ id: node.id(), __typename: node.data('type'), properties: node.data('properties') });
const drawnTotal = (groups: Group[]): number => groups.filter((g) => !HIDDEN_TYPES.has(g.type)).reduce((n, g) => n + g.count, 0);

/** Takes one step's answer into the graph; answers how many nodes it drew. */
function apply(step: Step, answer: StepAnswer | null | undefined): number {
  if ('hide' in step) return (void drawnNode(step.hide).addClass('hidden'), 0);
  if ('pin' in step) return (void drawnNode(step.pin).addClass('pinned').lock(), 0);
  if ('unpin' in step) return (void drawnNode(step.unpin).removeClass('pinned').unlock(), 0);
  if ('collapse' in step)
    return (void collapse(cy, step.collapse, state.steps[0] && 'open' in state.steps[0] ? state.steps[0].open : null), 0);
  if (!answer) throw new Error(`No entity has the id "${Object.values(step)[0]}".`);
  if ('open' in step) {
    groupsOf.set(answer.id, answer.relationshipGroups ?? []);
    citationsOf.set(answer.id, (answer as { citations?: { facts: Relationship[] } }).citations?.facts ?? []);
    drawNode(cy, answer);
    return 0;
  }
  if ('expand' in step) {
    const relationships = answer.relationships ?? [];
    citationsOf.set(
      answer.id,
      relationships.filter((r) => r.type === 'CITED_IN'),
    );
    drawnNode(answer.id).addClass('expanded');
    return drawFacts(cy, answer, relationships);
  }
  const page = answer.relationshipPage!;
  const key = groupKey(step);
  progress.set(key, { drawn: (progress.get(key)?.drawn ?? 0) + page.neighbours, next: page.endCursor });
  return drawFacts(cy, answer, page.facts);
}

/** Fetches the steps (one query for all) and draws them in order; answers how many nodes they drew. */
async function run(steps: Step[]): Promise<number> {
  const query = queryOf(steps);
  const answers = query ? await fetchSteps(query) : {};
  let added = 0;
  steps.forEach((step, i) => (added += apply(step, answers[`s${i}`])));
  return added;
}

function applyLegend(choice: LegendChoice): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('label-hidden', choice.hiddenLabels.includes(n.data('type')));
      n.toggleClass('no-caption', Boolean(choice.noCaptions));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('type-hidden', choice.hiddenTypes.includes(e.data('type')));
      e.toggleClass('no-label', Boolean(choice.noEdgeLabels));
    });
  });
}

const present = (values: string[]): string[] => [...new Set(values)].sort();

function refresh(): void {
  applyLegend(state);
  markCrowded(cy);
  fillLegend(
    legend,
    { ...state, labels: present(cy.nodes().map((n) => n.data('type'))), types: present(cy.edges().map((e) => e.data('type'))) },
    (choice) => act(null, choice),
  );
  nodePicker.replaceChildren(
    el('option', { value: '' }, `${cy.nodes().length} nodes drawn`),
    ...cy
      .nodes()
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
      .map((n) => el('option', { value: n.id() }, `${n.data('label')} (${n.data('type')})`)),
  );
  controls.back.disabled = (history.state?.index ?? 0) === 0;
  controls.forward.disabled = (history.state?.index ?? 0) >= maxIndex;
  cy.nodes().removeClass('focus');
  if (focus) drawnNode(focus).addClass('focus');
}

let maxIndex = 0;

/** Takes a step (or a new legend choice): draws it, and records the new state in the history and the URL. */
async function act(step: Step | null, choice?: LegendChoice): Promise<void> {
  const next: ViewState = { ...state, ...choice, steps: step ? [...state.steps, step] : state.steps };
  const index = (history.state?.index ?? 0) + 1;
  maxIndex = index;
  history.pushState({ index, view: next }, '', urlOf(next));
  state = next;
  if (!step) return refresh();
  setState('loading', 'Loading…');
  try {
    const added = await run([step]);
    if (focus) keepInView(cy, drawnNode(focus));
    refresh();
    if (focus) details(drawnNode(focus));
    setState('ready', added > 0 ? `${added} new node${added === 1 ? '' : 's'} drawn.` : 'Done.');
  } catch (err) {
    setState('error', (err as Error).message);
  }
}

/** Draws a state afresh: on load, on back and forward. */
async function restore(view: ViewState): Promise<void> {
  state = view;
  cy.elements().remove();
  [groupsOf, citationsOf, progress].forEach((m) => m.clear());
  setState('loading', 'Loading…');
  try {
    await run(view.steps);
    const first = view.steps.find((s): s is { open: string } => 'open' in s);
    focus = focus && drawnNode(focus).nonempty() ? focus : (first?.open ?? null);
    keepInView(cy, focus ? drawnNode(focus) : null);
    if (focus) await details(drawnNode(focus));
    refresh();
    setState('ready', readyMessage());
  } catch (err) {
    showMessage(panel, 'Could not load', (err as Error).message);
    setState('error', (err as Error).message);
  }
}

function readyMessage(): string {
  const groups = focus ? groupsOf.get(focus) : undefined;
  const node = focus ? drawnNode(focus) : null;
  if (!node || !groups) return `${cy.nodes().length} nodes drawn.`;
  const expanded = node.hasClass('expanded') ? ' Click a node to expand it; hover or click an edge for its facts.' : '';
  const drawable = groups.filter((g) => !HIDDEN_TYPES.has(g.type)).length;
  return `${node.data('label')}: ${drawnTotal(groups)} relationships in ${drawable} group${drawable === 1 ? '' : 's'}, ${cy.nodes().length} nodes drawn.${expanded || ' Draw a group from the panel.'}`;
}

const groupActions = (id: string): GroupActions => ({
  draw: (g, { fromYear, toYear }, after) => act({ group: id, type: g.type, direction: g.direction, after, fromYear, toYear }),
  progress: (g, { fromYear, toYear }) => progress.get(groupKey({ group: id, type: g.type, direction: g.direction, fromYear, toYear })),
});

function nodeActions(node: NodeSingular): HTMLElement {
  const pinned = node.hasClass('pinned');
  const actions = [
    ['hide', 'Hide', `Hide ${node.data('label')}`],
    [pinned ? 'unpin' : 'pin', pinned ? 'Unpin' : 'Pin', `${pinned ? 'Unpin' : 'Pin'} ${node.data('label')} where it is`],
    ['collapse', 'Collapse', `Collapse ${node.data('label')}: take away the neighbours drawn only for it`],
  ] as const;
  return el(
    'div',
    { class: 'node-actions' },
    ...actions.map(([kind, text, label]) => {
      const b = button(`node-${kind}`, text, label);
      b.addEventListener('click', () => act({ [kind]: node.id() } as Step));
      return b;
    }),
  );
}

/** The panel for a node: its facts, what can be done with it, and its groups (fetched once). */
async function details(node: NodeSingular): Promise<void> {
  focus = node.id();
  if (!groupsOf.has(node.id())) {
    const answers = await fetchSteps(queryOf([{ open: node.id() }])!);
    apply({ open: node.id() }, answers.s0);
  }
  const groups = groupsOf.get(node.id()) ?? [];
  const expanded = node.hasClass('expanded');
  showNode(
    panel,
    {
      entity: entityOf(node),
      caption: captionOf(entityOf(node)),
      citations: citationsOf.get(node.id()) ?? [],
      expanded,
      drawn: node.connectedEdges().length,
    },
    nodeActions(node),
    expanded
      ? null
      : groupList(
          groups.filter((g) => !HIDDEN_TYPES.has(g.type)),
          groupActions(node.id()),
          years,
        ),
  );
}

/** A tap or a pick from "Go to node": the panel for the node, and, if it is small, every relationship drawn. */
async function select(node: NodeSingular): Promise<void> {
  tooltip.hidden = true;
  await details(node);
  refresh();
  const groups = groupsOf.get(node.id()) ?? [];
  if (!node.hasClass('expanded') && drawnTotal(groups) <= PAGE_SIZE) return act({ expand: node.id() });
  setState('ready', readyMessage());
}

function openAfresh(id: string): void {
  window.location.href = `/explore?id=${encodeURIComponent(id)}`;
}

const endsOf = (edge: EdgeSingular): [string, string] => [edge.source().data('label'), edge.target().data('label')];
const pointer = (event: EventObject): { x: number; y: number } => {
  const box = container.getBoundingClientRect();
  return { x: box.left + event.renderedPosition.x, y: box.top + event.renderedPosition.y };
};

cy.on('tap', 'node', (event) => void select(event.target as NodeSingular));
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
    el('strong', {}, node.data('caption')),
    el('div', {}, `${node.data('type')} · ${node.id()}`),
    el('div', { class: 'hint' }, node.hasClass('expanded') ? 'expanded' : 'click for its relationships'),
  ]);
});
cy.on('mouseout', 'edge, node', (event) => {
  event.target.removeClass('hovered');
  tooltip.hidden = true;
});

nodePicker.addEventListener('change', () => {
  const node = drawnNode(nodePicker.value);
  if (node.empty()) return;
  cy.center(node);
  void select(node);
});
controls.back.addEventListener('click', () => history.back());
controls.forward.addEventListener('click', () => history.forward());
controls.rearrange.addEventListener('click', () => rearrange(cy));
controls.png.addEventListener('click', () => savePng(cy));
controls.svg.addEventListener('click', () => saveSvg(cy));
controls.query.addEventListener('click', () => {
  const query = queryOf(state.steps) ?? '# Nothing drawn yet.\n';
  const text = el('textarea', { readonly: '', rows: '18', 'aria-label': 'The GraphQL query of this view' }, query);
  const save = button('save-query', 'Save as .graphql', 'Save the query as a file');
  save.addEventListener('click', () => saveQuery(query));
  showMessage(
    panel,
    'The GraphQL query of this view',
    'Run it in the playground or with curl: it fetches every node and relationship drawn.',
  );
  panel.append(text, save);
});
window.addEventListener(
  'popstate',
  (event) => void restore((event.state?.view as ViewState) ?? stateOfUrl(location.search) ?? emptyView()),
);

input.addEventListener('keydown', (event) => found.onKey(event));
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const wanted = input.value.trim();
  if (!wanted) return;
  if (/^[a-z]+:\S+$/.test(wanted)) return openAfresh(wanted);
  const hit = await postGraphQL<{ search: { node: { id: string } }[] | null }>({
    query: 'query Find($text: String!) { search(text: $text, first: 1) { node { id } } }',
    variables: { text: wanted },
  });
  // The API names what is wrong with a text it refuses (punctuation only, too long): show that, not "nothing".
  if (hit.errors?.length) setState('error', hit.errors[0].message);
  else if (hit.data?.search?.[0]) openAfresh(hit.data.search[0].node.id);
  else setState('error', `Nothing in the graph is called "${wanted}".`);
});

/** On load: the state the URL carries, or the node it names opened (and, if small, drawn whole). */
async function start(): Promise<void> {
  const { id } = readPageData<{ id: string }>();
  input.value = id;
  const view = stateOfUrl(location.search) ?? (id ? { ...emptyView(), steps: [{ open: id }] } : null);
  if (!view) {
    showMessage(panel, 'Graph view', 'Give a name (in English or Chinese, in any script or romanisation) or an id in the box above.');
    return setState('ready', 'Nothing opened yet.');
  }
  history.replaceState({ index: 0, view }, '', location.href);
  await restore(view);
  const groups = groupsOf.get(id);
  if (view.steps.length === 1 && groups && drawnNode(id).nonempty() && drawnTotal(groups) <= PAGE_SIZE) {
    state = { ...view, steps: [...view.steps, { expand: id }] };
    history.replaceState({ index: 0, view: state }, '', urlOf(state));
    await restore(state);
  }
}
/** The reader's script: every caption again in it, and the address keeps it (script.ts). */
scriptPicker.addEventListener('change', () => {
  keepScript(scriptPicker.value as Script);
  cy.nodes().forEach((n) => void n.data('caption', captionOf(entityOf(n))));
});

void start();
