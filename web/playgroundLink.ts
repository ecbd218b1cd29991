/**
 * The playground's address bar: the query run (`query=`, `variables=`) and its chart (`chart=`, the text
 * form of chartState.ts), kept up to date as the reader works, so the link reopens the same answer drawn
 * the same way (the page runs a linked query on opening). The reader's script (`script=`) is script.ts's.
 */
import { CHART_PARAM, formatChartState, parseChartState, type ChartState } from './chart/chartState';

export interface PlaygroundLink {
  query: string | null;
  variables: string | null;
  chart: ChartState | null;
}

export function readLink(search: string = location.search): PlaygroundLink {
  const params = new URLSearchParams(search);
  return { query: params.get('query'), variables: params.get('variables'), chart: parseChartState(params.get(CHART_PARAM)) };
}

export function writeLink(link: PlaygroundLink): void {
  const url = new URL(location.href);
  const set = (name: string, value: string | null | undefined) =>
    value ? url.searchParams.set(name, value) : url.searchParams.delete(name);
  set('query', link.query);
  set('variables', link.variables);
  set(CHART_PARAM, link.chart ? formatChartState(link.chart) : null);
  history.replaceState(history.state, '', url);
}
