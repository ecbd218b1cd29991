/**
 * What a view shows, as the steps that made it: the view's state, which the URL carries (so a link
 * reproduces it), the history walks through (back and forward), and the GraphQL query that fetches it
 * is written from. Steps that draw something are fetched; hide, pin and collapse act on what is drawn.
 */
export type Step =
  /** Open a node: draw it and read its relationship groups. */
  | { open: string }
  /** Draw every relationship of a small node. */
  | { expand: string }
  /** Draw a page of one group of a node's relationships, from `after`, narrowed to years. */
  | { group: string; type: string; direction: 'OUT' | 'IN'; after?: string; fromYear?: number; toYear?: number }
  | { hide: string }
  | { pin: string }
  | { unpin: string }
  | { collapse: string };

export interface ViewState {
  steps: Step[];
  /** Entity types (labels) and relationship types the legend hides. */
  hiddenLabels: string[];
  hiddenTypes: string[];
  /** Whether node captions, and edge labels, are left out. */
  noCaptions?: boolean;
  noEdgeLabels?: boolean;
}

export const emptyView = (): ViewState => ({ steps: [], hiddenLabels: [], hiddenTypes: [] });

import { withScript } from '../script';

const PARAM = 'view';

/** The page's URL for a state: the first node as `id` (what the server reads) and the state as JSON. */
export function urlOf(state: ViewState): string {
  const first = state.steps.find((s): s is { open: string } => 'open' in s);
  const params = new URLSearchParams();
  if (first) params.set('id', first.open);
  params.set(PARAM, JSON.stringify(state));
  return withScript(`/explore?${params.toString()}`);
}

/** The state a URL carries, or null when it carries none (or one that is not a view's). */
export function stateOfUrl(search: string): ViewState | null {
  const text = new URLSearchParams(search).get(PARAM);
  if (!text) return null;
  try {
    const state = JSON.parse(text) as ViewState;
    if (!Array.isArray(state.steps)) return null;
    return { ...emptyView(), ...state };
  } catch {
    return null;
  }
}

/** The step's key for the group it pages through (the same group narrowed otherwise is another). */
export const groupKey = (s: { group: string; type: string; direction: string; fromYear?: number; toYear?: number }): string =>
  [s.group, s.type, s.direction, s.fromYear ?? '', s.toYear ?? ''].join('|');

const ENTITY = 'fragment entity on Node { id __typename properties }';
const FACT = 'fragment fact on Fact { type direction locator properties source { id name } node { ...entity } }';
export const GROUP_FIELDS = 'relationshipGroups { type direction count }';
export const PAGE_SIZE = 25;
/** Where the paper states the node: shown in the panel, never drawn. */
const CITATIONS = 'citations: relationshipPage(type: "CITED_IN", direction: OUT, first: 10) { facts { ...fact } }';

const literal = (value: string): string => JSON.stringify(value);

/** The fields that fetch one step, or null for a step that fetches nothing. */
export function selectionOf(step: Step): string | null {
  if ('open' in step) return `node(id: ${literal(step.open)}) { ...entity ${GROUP_FIELDS} ${CITATIONS} }`;
  if ('expand' in step) return `node(id: ${literal(step.expand)}) { ...entity relationships { ...fact } }`;
  if ('group' in step) {
    const args = [`type: ${literal(step.type)}`, `direction: ${step.direction}`, `first: ${PAGE_SIZE}`];
    if (step.after) args.push(`after: ${literal(step.after)}`);
    if (step.fromYear !== undefined) args.push(`fromYear: ${step.fromYear}`);
    if (step.toYear !== undefined) args.push(`toYear: ${step.toYear}`);
    return `node(id: ${literal(step.group)}) { ...entity relationshipPage(${args.join(', ')}) { neighbours endCursor facts { ...fact } } }`;
  }
  return null;
}

/** One document fetching these steps, each under an alias `s<i>` of its index; null when none fetches. */
export function queryOf(steps: Step[], name = 'GraphView'): string | null {
  const fields = steps.map((s, i) => [i, selectionOf(s)] as const).filter(([, f]) => f !== null);
  if (fields.length === 0) return null;
  const body = fields.map(([i, f]) => `  s${i}: ${f}`).join('\n');
  return `query ${name} {\n${body}\n}\n${ENTITY}\n${FACT}\n`;
}
