/**
 * Taking the view away: the picture as PNG (cytoscape's own renderer) or SVG (cytoscape-svg), and the
 * GraphQL query that fetches what it shows. Everything is made in the page and saved through a blob: URL.
 */
import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';
import { download } from '../download';

cytoscape.use(svg);

declare module 'cytoscape' {
  interface Core {
    /** cytoscape-svg: the graph as SVG text. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

export const savePng = (cy: cytoscape.Core): void =>
  download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob, 'graph-view.png');

export const saveSvg = (cy: cytoscape.Core): void =>
  download(new Blob([cy.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), 'graph-view.svg');

export const saveQuery = (query: string): void => download(new Blob([query], { type: 'application/graphql' }), 'graph-view.graphql');
