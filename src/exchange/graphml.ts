/**
 * GraphML for Gephi, Cytoscape and yEd, laid out as APOC's GraphML export is: each node's XML id is its
 * `id` property, `labels` holds ":Label", and each edge's `label` holds the relationship type. A `<key>`
 * is declared per property name, typed from the values it holds: long for integers, double for floats (or
 * a mix of both), boolean, string; lists, and names whose values mix kinds, are strings, lists written as
 * JSON text (`["Drama","Crime"]`). Nodes also get a `caption` (title or name) for tools to show.
 */
import type { ExchangeGraph, PropertyType, PropertyValue } from './model';

type Domain = 'node' | 'edge';
type GraphmlType = 'long' | 'double' | 'boolean' | 'string';

interface Key {
  id: string;
  domain: Domain;
  name: string;
  type: GraphmlType;
}

/** XML 1.0 cannot carry control characters at all, so they become U+FFFD; markup characters are escaped. */
export function xmlEscape(text: string): string {
  return text
    .replace(
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters; they become U+FFFD
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function graphmlType(types: Set<PropertyType>): GraphmlType {
  const all = (...allowed: PropertyType[]) => [...types].every((t) => allowed.includes(t));
  if (all('integer')) return 'long';
  if (all('integer', 'float')) return 'double';
  if (all('boolean')) return 'boolean';
  return 'string';
}

/** One key per property name and domain, typed from every value under that name. */
function propertyKeys(domain: Domain, items: { types: Record<string, PropertyType> }[]): Map<string, Key> {
  const seen = new Map<string, Set<PropertyType>>();
  for (const item of items) {
    for (const [name, type] of Object.entries(item.types)) {
      if (!seen.has(name)) seen.set(name, new Set());
      seen.get(name)!.add(type);
    }
  }
  const names = [...seen.keys()].sort();
  return new Map(
    names.map((name, i) => [name, { id: `${domain === 'node' ? 'n' : 'e'}${i}`, domain, name, type: graphmlType(seen.get(name)!) }]),
  );
}

function text(value: PropertyValue): string {
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function dataLines(properties: Record<string, PropertyValue>, keys: Map<string, Key>): string[] {
  return Object.keys(properties)
    .sort()
    .map((name) => `      <data key="${keys.get(name)!.id}">${xmlEscape(text(properties[name]))}</data>`);
}

const keyLine = (k: Key) => `  <key id="${k.id}" for="${k.domain}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`;

const caption = (p: Record<string, PropertyValue>): string => String(p.title ?? p.name ?? p.id);

export function toGraphml(graph: ExchangeGraph): string {
  const nodeKeys = propertyKeys('node', graph.nodes);
  const edgeKeys = propertyKeys('edge', graph.relationships);
  const fixed: Key[] = [
    { id: 'labels', domain: 'node', name: 'labels', type: 'string' },
    { id: 'caption', domain: 'node', name: 'caption', type: 'string' },
    { id: 'label', domain: 'edge', name: 'label', type: 'string' },
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...fixed, ...nodeKeys.values(), ...edgeKeys.values()].map(keyLine),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${xmlEscape(n.id)}">`,
      `      <data key="labels">${xmlEscape(n.labels.map((l) => `:${l}`).join(''))}</data>`,
      `      <data key="caption">${xmlEscape(caption(n.properties))}</data>`,
      ...dataLines(n.properties, nodeKeys),
      '    </node>',
    );
  }
  graph.relationships.forEach((r, i) => {
    lines.push(
      `    <edge id="e${i}" source="${xmlEscape(r.from)}" target="${xmlEscape(r.to)}">`,
      `      <data key="label">${xmlEscape(r.type)}</data>`,
      ...dataLines(r.properties, edgeKeys),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
