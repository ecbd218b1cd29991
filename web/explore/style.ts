import type { StylesheetJson } from 'cytoscape';
import { ENDPOINTS } from '../../src/model/relationships';

/** One colour per entity type; the legend and the panel's badges use the same ones (explore.css). */
export const TYPE_COLOURS: Record<string, string> = {
  Work: '#e4572e',
  Region: '#29335c',
  Studio: '#669bbc',
  Platform: '#17bebb',
  Person: '#c1839f',
  Policy: '#f3a712',
  Festival: '#8a5a44',
  Source: '#6c757d',
  MarketYear: '#a8c686',
  Agreement: '#5e548e',
};

/** Edge colours: a relationship type keeps its colour from view to view (its name picks it), the legend shows it. */
const OTHER_PALETTE = ['#8cd17d', '#b6992d', '#499894', '#d37295', '#a0cbe8', '#ffbe7d', '#86bcb6', '#d4a6c8', '#79706e', '#bab0ac'];
const EDGE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#9c755f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#7f7f7f',
  '#2f4b7c',
  '#a05195',
];

/** The contract's core types (the model's ENDPOINTS), each its own colour in the model's order; the others share OTHER_PALETTE. */
const CORE_TYPES = Object.keys(ENDPOINTS);

export function typeColour(type: string): string {
  const core = CORE_TYPES.indexOf(type);
  if (core >= 0) return EDGE_PALETTE[core % EDGE_PALETTE.length];
  let hash = 0;
  for (const c of type) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return OTHER_PALETTE[hash % OTHER_PALETTE.length];
}

const edgeColour = (edge: { data(name: string): unknown }): string => typeColour(String(edge.data('type')));

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'background-color': '#999',
      width: 22,
      height: 22,
      'font-size': 12,
      color: '#222',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      // Title on one line, the Chinese on the next (captionOf); a long title wraps rather than run into others.
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      'text-background-color': '#fff',
      'text-background-opacity': 0.75,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      // Zoomed out over a big neighbourhood, labels too small to read are left out until one zooms in.
      'min-zoomed-font-size': 7,
    },
  },
  ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colour } })),
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#222' } },
  { selector: 'node.pinned', style: { shape: 'round-rectangle', 'border-width': 3, 'border-color': '#1e6fd9', 'border-style': 'double' } },
  { selector: 'node.focus', style: { 'underlay-color': '#1e90ff', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
  { selector: 'node.no-caption, edge.no-label', style: { label: '' } },
  { selector: '.hidden, .label-hidden, .type-hidden', style: { display: 'none' } },
  { selector: 'node.centre', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1e90ff', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 1.5,
      'line-color': edgeColour,
      'target-arrow-color': edgeColour,
      'line-opacity': 0.8,
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 10,
      color: '#444',
      // Horizontal, whatever the edge's angle: labels along steep edges could not be read.
      'text-rotation': 'none',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  // A hub's many edges of one type would repeat its name around it: the legend names the type, hovering shows it.
  { selector: 'edge.crowded', style: { label: '' } },
  {
    selector: 'edge.hovered, edge:selected',
    style: { label: 'data(label)', width: 3, 'line-color': '#1e90ff', 'target-arrow-color': '#1e90ff', color: '#1e90ff' },
  },
];
