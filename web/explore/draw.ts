/**
 * Drawing answers into the graph: a node, or a node with some of its relationships (all of them, or a
 * page of one group). Parallel relationships of one type between two nodes become one edge (model.ts);
 * new nodes are laid out around the node they were reached from, the others left where they were.
 */
import type cytoscape from 'cytoscape';
import { edgesOf, mergeFacts, nodeElement, type EdgeData, type Entity, type Relationship } from './model';
import { layOutAdded } from './layout';

/** Draws a node unless it is drawn; a node of a fresh graph goes in the middle. */
export function drawNode(cy: cytoscape.Core, entity: Entity): cytoscape.NodeSingular {
  const drawn = cy.getElementById(entity.id);
  if (drawn.nonempty()) return drawn as cytoscape.NodeSingular;
  const node = cy.add(nodeElement(entity));
  node.position({ x: 0, y: 0 });
  return node as unknown as cytoscape.NodeSingular;
}

/** Draws relationships of `centre` (citations left out) with the nodes they reach; answers how many nodes are new. */
export function drawFacts(cy: cytoscape.Core, centre: Entity, facts: Relationship[]): number {
  const focus = drawNode(cy, centre);
  const fresh = new Set<string>();
  cy.batch(() => {
    for (const edge of edgesOf({ ...centre, relationships: facts })) {
      const other = edge.source === centre.id ? edge.target : edge.source;
      if (cy.getElementById(other).empty()) {
        cy.add(nodeElement(facts.find((f) => f.node.id === other)!.node));
        fresh.add(other);
      }
      const drawn = cy.getElementById(edge.id);
      if (drawn.empty()) cy.add({ group: 'edges', data: edge });
      else drawn.data(mergeFacts(drawn.data() as EdgeData, edge));
    }
  });
  layOutAdded(
    cy,
    focus,
    cy.nodes().filter((n) => fresh.has(n.id())),
  );
  return fresh.size;
}

/** Collapses a node: takes away the neighbours drawn only for it (no other edge, not pinned, not the first). */
export function collapse(cy: cytoscape.Core, id: string, keep: string | null): void {
  const node = cy.getElementById(id);
  node
    .neighborhood()
    .nodes()
    .filter(
      (n) =>
        n.id() !== keep &&
        !n.hasClass('pinned') &&
        n
          .connectedEdges()
          .every((e) => [(e as cytoscape.EdgeSingular).source().id(), (e as cytoscape.EdgeSingular).target().id()].includes(id)),
    )
    .remove();
  node.removeClass('expanded');
}

/** More edges of one type than this at a node, and their labels are left out (style.ts, edge.crowded). */
const CROWDED = 6;

/** Marks the edges whose type a node has many of: their labels would only repeat one another. */
export function markCrowded(cy: cytoscape.Core): void {
  const count = new Map<string, number>();
  const keys = (e: cytoscape.EdgeSingular) => [`${e.source().id()}|${e.data('type')}`, `${e.target().id()}|${e.data('type')}`];
  cy.edges().forEach((e) => keys(e).forEach((k) => count.set(k, (count.get(k) ?? 0) + 1)));
  cy.edges().forEach(
    (e) =>
      void e.toggleClass(
        'crowded',
        keys(e).some((k) => count.get(k)! > CROWDED),
      ),
  );
}
