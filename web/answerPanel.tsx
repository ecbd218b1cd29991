/**
 * Beside GraphiQL's JSON: the last answer's lists as a chart (chart/AnswerChart.tsx) and as a table, to read
 * and to take away as CSV (UTF-8 with a byte order mark, text defused against formulas: the export's own
 * writer, src/exchange/csv.ts) or as JSON. The playground's fetcher hands every answer, with the query that
 * asked it, to `answers`. Chinese text shows in the reader's script (script.ts); downloads keep the answer as
 * the graph gave it.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { plainTable } from '../src/exchange/csv';
import { answerTables, entityPath, shownCell, type AnswerTable } from './answerTable';
import { download } from './download';
import { AnswerChart } from './chart/AnswerChart';
import { chartOfQuery, fitsTable, guessChart, type ChartState } from './chart/chartState';
import { readLink, writeLink } from './playgroundLink';
import { cellInScript, langOf, type Script } from './script';

type Listener = () => void;

export interface Answered {
  answer: unknown;
  query: string;
  variables: string | null;
  /** Counts answers, so the panel knows a new one from a re-render. */
  version: number;
}

/** The last answer the playground received (introspection left out), for the chart and table to follow. */
export class AnswerStore {
  private answered: Answered = { answer: null, query: '', variables: null, version: 0 };
  private readonly listeners = new Set<Listener>();
  set(answer: unknown, query: string, variables: unknown): void {
    const vars = variables && Object.keys(variables).length > 0 ? JSON.stringify(variables) : null;
    this.answered = { answer, query, variables: vars, version: this.answered.version + 1 };
    this.listeners.forEach((l) => l());
  }
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  get = (): Answered => this.answered;
}

const fileName = (table: AnswerTable, ext: string): string => `${table.path.replace(/[^\w.-]+/g, '-') || 'answer'}.${ext}`;

const saveCsv = (table: AnswerTable): void =>
  download(new Blob([plainTable(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }), fileName(table, 'csv'));

const saveJson = (table: AnswerTable): void =>
  download(new Blob([JSON.stringify(table.items, null, 2)], { type: 'application/json' }), fileName(table, 'json'));

const isIdColumn = (column: string): boolean => column === 'id' || column.endsWith('.id');

function Cell({ column, value }: { column: string; value: unknown }) {
  const page = isIdColumn(column) ? entityPath(value) : null;
  return (
    <td className={typeof value === 'number' ? 'number' : undefined}>{page ? <a href={page}>{shownCell(value)}</a> : shownCell(value)}</td>
  );
}

function Table({ table, lang }: { table: AnswerTable; lang: string }) {
  return (
    <div className="answer-table-scroll" tabIndex={0} role="region" aria-label={`Table of ${table.path}`}>
      <table lang={lang}>
        <thead lang="en">
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <Cell key={j} column={table.columns[j]} value={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chart an answer opens with: (first answer only) the link's, else the one its query names, else a guess. */
function openingChart(tables: AnswerTable[], query: string, fromLink: ChartState | null): { index: number; chart: ChartState | null } {
  // A link's chart first: the reader shared what they had made of the saved query's.
  for (const asked of [fromLink, chartOfQuery(query)]) {
    const index = asked ? tables.findIndex((t) => fitsTable(asked, t)) : -1;
    if (asked && index >= 0) return { index, chart: { ...asked, list: tables[index].path } };
  }
  return { index: 0, chart: tables[0] ? guessChart(tables[0]) : null };
}

const linkAtOpening = readLink();

export function AnswerPanel({ answers, script }: { answers: AnswerStore; script: Script }) {
  const { answer, query, variables, version } = useSyncExternalStore(answers.subscribe, answers.get);
  const tables = useMemo(() => answerTables((answer as { data?: unknown } | null)?.data ?? null), [answer]);
  const [shown, show] = useState<{ version: number; index: number; chart: ChartState | null }>({ version: 0, index: 0, chart: null });
  if (shown.version !== version) {
    const opening = openingChart(tables, query, version === 1 ? linkAtOpening.chart : null);
    show({ version, ...opening });
  }
  const index = Math.min(shown.index, Math.max(tables.length - 1, 0));
  const table = tables[index];
  const inScript = useMemo(
    () => (table ? { ...table, rows: table.rows.map((r) => r.map((c) => cellInScript(c, script))) } : undefined),
    [table, script],
  );
  useEffect(() => {
    if (version > 0) writeLink({ query, variables, chart: shown.chart });
  }, [version, query, variables, shown.chart]);

  const chooseList = (i: number) => show({ version, index: i, chart: guessChart(tables[i]) });
  const lang = langOf(script);
  return (
    <aside className="answer-panel" aria-label="The answer as a chart and a table" data-answer={version}>
      {tables.length > 1 ? (
        <div className="answer-panel-head">
          <label className="chart-control">
            List
            <select value={index} onChange={(e) => chooseList(Number(e.target.value))}>
              {tables.map((t, i) => (
                <option key={t.path} value={i}>
                  {t.path}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <section className="answer-section answer-chart-section" aria-labelledby="answer-chart-title">
        <h2 id="answer-chart-title">Answer as a chart</h2>
        {inScript && shown.chart ? (
          <AnswerChart table={inScript} state={shown.chart} onChange={(chart) => show({ ...shown, chart })} />
        ) : (
          <p className="answer-panel-summary">
            {table ? 'Nothing in this list to measure: no column of numbers.' : 'Run a query: a list in its answer shows here as a chart.'}
          </p>
        )}
      </section>
      <section className="answer-section answer-table-section" aria-labelledby="answer-table-title">
        <h2 id="answer-table-title">Answer as a table</h2>
        {table && inScript ? (
          <>
            <p className="answer-panel-summary">
              <code>{table.path}</code>: {table.rows.length} rows, {table.columns.length} columns
              <button type="button" className="answer-download" onClick={() => saveCsv(table)} aria-label="Download the table as CSV">
                CSV
              </button>
              <button type="button" className="answer-download" onClick={() => saveJson(table)} aria-label="Download the list as JSON">
                JSON
              </button>
            </p>
            <Table table={inScript} lang={lang} />
          </>
        ) : (
          <p className="answer-panel-summary">Run a query: a list in its answer shows here as a table, to download as CSV or JSON.</p>
        )}
      </section>
    </aside>
  );
}
