/**
 * Where nodes go. Nodes already drawn stay where they are (a user finds them where they were): new ones
 * start around the node they were reached from, fanned away from the rest of the graph, and fcose
 * (cytoscape-fcose) then lays out only them, every node drawn before held fixed. "Re-arrange" lays the
 * whole graph out afresh, pinned nodes held. The view is kept where captions can be read, the focus in it.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

const RING_SIZE = 12;
const FAN_MAX = 6;
const FAN_SPREAD = (2 * Math.PI) / 3;
/** Fitting a handful of nodes would blow them up; they stay at a readable size instead. */
const MAX_FIT_ZOOM = 1.25;
/** Below this zoom a 12px caption is under the 7px cytoscape leaves out (graphStyle): keep to it. */
export const MIN_READABLE_ZOOM = 0.75;

const FCOSE = { name: 'fcose', animate: false, fit: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 140, nodeRepulsion: 9000 };

function placeAround(centre: cytoscape.Position, added: cytoscape.NodeCollection, awayFrom: cytoscape.Position | null): void {
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
function centroid(nodes: cytoscape.NodeCollection): cytoscape.Position | null {
  if (nodes.empty()) return null;
  const sum = nodes.reduce((s, n) => ({ x: s.x + n.position('x'), y: s.y + n.position('y') }), { x: 0, y: 0 });
  return { x: sum.x / nodes.length, y: sum.y / nodes.length };
}

const fixed = (nodes: cytoscape.NodeCollection) => nodes.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));

/** Lays out the nodes just added around `focus`, every other node left exactly where it was. */
export function layOutAdded(cy: cytoscape.Core, focus: cytoscape.NodeSingular, added: cytoscape.NodeCollection): void {
  if (added.empty()) return;
  const before = cy.nodes().difference(added);
  placeAround(focus.position(), added, centroid(before.difference(focus)));
  if (before.empty()) return;
  const held = fixed(before);
  cy.layout({ ...FCOSE, randomize: false, fixedNodeConstraint: held } as cytoscape.LayoutOptions).run();
  // fcose keeps the fixed nodes where they are to one another but may shift the whole drawing: shift it back.
  const [dx, dy] = held
    .map(({ nodeId, position }) => {
      const now = cy.getElementById(nodeId).position();
      return [now.x - position.x, now.y - position.y];
    })
    .reduce(([sx, sy], [x, y]) => [sx + x / held.length, sy + y / held.length], [0, 0]);
  added.forEach((n) => void n.position({ x: n.position('x') - dx, y: n.position('y') - dy }));
  held.forEach(({ nodeId, position }) => void cy.getElementById(nodeId).position(position));
}

/** Keeps the view readable: everything in it when that can be read, else the focus at a readable zoom. */
export function keepInView(cy: cytoscape.Core, focus: cytoscape.NodeSingular | null): void {
  cy.fit(cy.nodes(':visible'), 40);
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom(MAX_FIT_ZOOM);
  if (cy.zoom() < MIN_READABLE_ZOOM) cy.zoom(MIN_READABLE_ZOOM);
  if (focus && (cy.zoom() === MAX_FIT_ZOOM || cy.zoom() === MIN_READABLE_ZOOM)) cy.center(focus.nonempty() ? focus : cy.nodes());
}

export function rearrange(cy: cytoscape.Core): void {
  const pinned = cy.nodes('.pinned');
  cy.layout({
    ...FCOSE,
    randomize: true,
    fixedNodeConstraint: pinned.nonempty() ? fixed(pinned) : undefined,
  } as cytoscape.LayoutOptions).run();
  keepInView(cy, null);
}
