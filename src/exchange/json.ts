/**
 * The JSON export: the exchange model as it is, every property with its type marker beside it. It is the
 * format `npm run import` reads back.
 */
import { ExchangeError, ExchangeGraph } from './model';
import { validateImport } from './validate';

export function toJson(graph: ExchangeGraph): string {
  return `${JSON.stringify(graph, null, 2)}\n`;
}

/** The graph a JSON export holds, checked for an import (validateImport), or an ExchangeError listing every problem, each naming its record. */
export function parseJson(text: string): ExchangeGraph {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ExchangeError([`the file is not valid JSON: ${(err as Error).message}`]);
  }
  const problems = validateImport(doc);
  if (problems.length > 0) throw new ExchangeError(problems);
  return doc as ExchangeGraph;
}
