/** A seed's nodes as they are loaded: each with the additions (seed/30 and others) and the name mappings (seed/names) merged into it. */
import { applyNameMappings } from './names';
import type { NodeRecord, SeedFile } from './read';

export type LoadedNode = NodeRecord & { citations: { source: string; locator: string }[] };

/**
 * The seed's nodes with the additions merged in: each added property, and `<property>Source` naming
 * the addition's source where it is not the node's own; the node cites each source once, with the
 * locators of all its facts from there joined by "; ".
 */
export function withAdditions(files: SeedFile[]): LoadedNode[] {
  const byId = new Map<string, LoadedNode>();
  for (const n of files.flatMap((f) => f.nodes))
    byId.set(n.id, { ...n, props: { ...n.props }, citations: [{ source: n.source, locator: n.locator }] });
  for (const a of files.flatMap((f) => f.additions)) {
    const node = byId.get(a.id)!;
    for (const [name, value] of Object.entries(a.props)) {
      node.props[name] = value;
      if (a.source !== node.source) node.props[`${name}Source`] = a.source;
    }
    const cited = node.citations.find((c) => c.source === a.source);
    if (cited) cited.locator = `${cited.locator}; ${a.locator}`;
    else node.citations.push({ source: a.source, locator: a.locator });
  }
  applyNameMappings(byId, files);
  return [...byId.values()];
}
