/**
 * Readers the exchange tests check the export files with: an RFC 4180 CSV reader, and GraphML read by
 * Chromium's own XML parser (DOMParser), the way a browser-based tool would read it.
 */
import fs from 'node:fs';
import { launchChromium } from '../support/chromium';

export interface Csv {
  header: string[];
  rows: string[][];
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
export function parseCsv(text: string): Csv {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with CRLF');
  const [header, ...rows] = records;
  const ragged = rows.findIndex((r) => r.length !== header.length);
  if (ragged >= 0) throw new Error(`CSV row ${ragged + 1} has ${rows[ragged].length} fields, the header ${header.length}`);
  return { header, rows };
}

export interface GraphmlReading {
  parserError: string | null;
  root: string;
  nodes: number;
  edges: number;
  /** Undeclared keys, keys used on the wrong element, values that do not fit their key's type, dangling edges. */
  problems: string[];
  keyNames: { node: string[]; edge: string[] };
  keyTypes: Record<string, string>;
  /** Each node's data by attribute name. */
  dataOf: Record<string, Record<string, string>>;
}

export async function parseGraphmlInChromium(file: string): Promise<GraphmlReading> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    return await page.evaluate(
      (text: string): GraphmlReading => {
        const NS = 'http://graphml.graphdrawing.org/xmlns';
        // The DOM lives in the page; the project compiles without DOM types, hence `any`.
        const doc = new (globalThis as any).DOMParser().parseFromString(text, 'application/xml');
        const error = doc.getElementsByTagName('parsererror')[0];
        const all = (name: string): any[] => Array.from(doc.getElementsByTagNameNS(NS, name));
        const keys = new Map<string, { domain: string; name: string; type: string }>(
          all('key').map((k) => [
            k.getAttribute('id')!,
            {
              domain: k.getAttribute('for')!,
              name: k.getAttribute('attr.name')!,
              type: k.getAttribute('attr.type')!,
            },
          ]),
        );
        const problems: string[] = [];
        const fits: Record<string, RegExp> = {
          long: /^-?\d+$/,
          double: /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|NaN|-?Infinity)$/,
          boolean: /^(true|false)$/,
          string: /[\s\S]*/,
        };
        const dataOf: Record<string, Record<string, string>> = {};
        const nodeIds = new Set<string>();
        for (const element of [...all('node'), ...all('edge')]) {
          const domain = element.localName;
          const id = element.getAttribute('id')!;
          if (domain === 'node') {
            if (nodeIds.has(id)) problems.push(`node id ${id} twice`);
            nodeIds.add(id);
            dataOf[id] = {};
          }
          for (const data of Array.from(element.getElementsByTagNameNS(NS, 'data')) as any[]) {
            const key = keys.get(data.getAttribute('key')!);
            const value: string = data.textContent ?? '';
            if (!key) problems.push(`${domain} ${id}: undeclared key ${data.getAttribute('key')}`);
            else if (key.domain !== domain) problems.push(`${domain} ${id}: key ${key.name} is declared for ${key.domain}`);
            else if (!(fits[key.type] ?? /^$/).test(value)) problems.push(`${domain} ${id}: ${key.name} "${value}" is not a ${key.type}`);
            else if (domain === 'node') dataOf[id][key.name] = value;
          }
        }
        for (const edge of all('edge')) {
          for (const end of ['source', 'target']) {
            if (!nodeIds.has(edge.getAttribute(end)!)) problems.push(`edge ${edge.getAttribute('id')}: ${end} is no node`);
          }
        }
        const keyList = [...keys.values()];
        return {
          parserError: error ? error.textContent : null,
          root: doc.documentElement.localName,
          nodes: all('node').length,
          edges: all('edge').length,
          problems,
          keyNames: {
            node: keyList.filter((k) => k.domain === 'node').map((k) => k.name),
            edge: keyList.filter((k) => k.domain === 'edge').map((k) => k.name),
          },
          keyTypes: Object.fromEntries(keyList.map((k) => [`${k.domain}:${k.name}`, k.type])),
          dataOf,
        };
      },
      fs.readFileSync(file, 'utf8'),
    );
  } finally {
    await browser.close();
  }
}
