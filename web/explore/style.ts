import type { StylesheetJson } from 'cytoscape';

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

export const graphStyle: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': '#999',
      width: 22,
      height: 22,
      'font-size': 11,
      color: '#222',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#fff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      // Zoomed out over a big neighbourhood, labels too small to read are left out until one zooms in.
      'min-zoomed-font-size': 7,
    },
  },
  ...Object.entries(TYPE_COLOURS).map(([type, colour]) => ({ selector: `node[type = "${type}"]`, style: { 'background-color': colour } })),
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#222' } },
  { selector: 'node.centre', style: { width: 34, height: 34, 'font-weight': 'bold', 'font-size': 13 } },
  { selector: 'node:selected', style: { 'overlay-color': '#1e90ff', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      width: 1.5,
      'line-color': '#9aa5b1',
      'target-arrow-color': '#9aa5b1',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#444',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'edge.hovered, edge:selected',
    style: { width: 3, 'line-color': '#1e90ff', 'target-arrow-color': '#1e90ff', color: '#1e90ff' },
  },
];
