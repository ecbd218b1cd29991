/**
 * Where nodes go. The view never moves nodes already drawn (a user finds them where they were): a node's
 * new neighbours are laid out around it, fanned out away from the rest of the graph when they are few,
 * in rings of a dozen when many. "Re-arrange" runs a force layout over everything on demand.
 */
import type cytoscape from 'cytoscape';

const RING_SIZE = 12;
const FAN_MAX = 6;
const FAN_SPREAD = (2 * Math.PI) / 3;
/** Fitting a handful of nodes would blow them up; they stay at a readable size instead. */
const MAX_FIT_ZOOM = 1.25;

export function placeAround(centre: cytoscape.Position, added: cytoscape.NodeCollection, awayFrom: cytoscape.Position | null): void {
  const fan = awayFrom !== null && added.length <= FAN_MAX;
  const heading = awayFrom ? Math.atan2(centre.y - awayFrom.y, centre.x - awayFrom.x) : -Math.PI / 2;
  added.forEach((node, i) => {
    const ring = Math.floor(i / RING_SIZE);
    const onRing = Math.min(RING_SIZE, added.length - ring * RING_SIZE);
    const k = i % RING_SIZE;
    const angle = fan ? heading - FAN_SPREAD / 2 + (FAN_SPREAD * (k + 0.5)) / onRing : heading + (2 * Math.PI * k) / onRing + ring * 0.4;
    const radius = 180 + ring * 120;
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

/** The middle of some nodes, or null when there are none. */
export function centroid(nodes: cytoscape.NodeCollection): cytoscape.Position | null {
  if (nodes.empty()) return null;
  const sum = nodes.reduce((s, n) => ({ x: s.x + n.position('x'), y: s.y + n.position('y') }), { x: 0, y: 0 });
  return { x: sum.x / nodes.length, y: sum.y / nodes.length };
}

export function fitReadable(cy: cytoscape.Core): void {
  cy.fit(undefined, 40);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM).center();
}

export function rearrange(cy: cytoscape.Core): void {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 160,
    nodeRepulsion: () => 40000,
  }).run();
  fitReadable(cy);
}
