/**
 * Beside GraphiQL's JSON: the last answer's lists as a table, to read and to take away as CSV (UTF-8
 * with a byte order mark, text defused against formulas: the export's own writer, src/exchange/csv.ts)
 * or as JSON. The playground's fetcher hands every answer to `answers`.
 */
import { useState, useSyncExternalStore } from 'react';
import { plainTable } from '../src/exchange/csv';
import { answerTables, shownCell, type AnswerTable } from './answerTable';
import { download } from './download';

type Listener = () => void;

/** The last answer the playground received (introspection left out), for the table to follow. */
export class AnswerStore {
  private answer: unknown = null;
  private readonly listeners = new Set<Listener>();
  set(answer: unknown): void {
    this.answer = answer;
    this.listeners.forEach((l) => l());
  }
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  get = (): unknown => this.answer;
}

const fileName = (table: AnswerTable, ext: string): string => `${table.path.replace(/[^\w.-]+/g, '-') || 'answer'}.${ext}`;

const saveCsv = (table: AnswerTable): void =>
  download(new Blob([plainTable(table.columns, table.rows)], { type: 'text/csv;charset=utf-8' }), fileName(table, 'csv'));

const saveJson = (table: AnswerTable): void =>
  download(new Blob([JSON.stringify(table.items, null, 2)], { type: 'application/json' }), fileName(table, 'json'));

function Table({ table }: { table: AnswerTable }) {
  return (
    <div className="answer-table-scroll" tabIndex={0} aria-label={`Table of ${table.path}`}>
      <table>
        <thead>
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
                <td key={j} className={typeof cell === 'number' ? 'number' : undefined}>
                  {shownCell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AnswerPanel({ answers }: { answers: AnswerStore }) {
  const answer = useSyncExternalStore(answers.subscribe, answers.get);
  const tables = answerTables((answer as { data?: unknown } | null)?.data ?? null);
  const [chosen, choose] = useState(0);
  const table = tables[Math.min(chosen, tables.length - 1)];
  return (
    <aside className="answer-panel" aria-label="Answer as a table">
      <div className="answer-panel-head">
        <h2>Answer as a table</h2>
        {tables.length > 1 ? (
          <select aria-label="Which list" value={Math.min(chosen, tables.length - 1)} onChange={(e) => choose(Number(e.target.value))}>
            {tables.map((t, i) => (
              <option key={t.path} value={i}>
                {t.path}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {table ? (
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
          <Table table={table} />
        </>
      ) : (
        <p className="answer-panel-summary">Run a query: a list in its answer shows here as a table, to download as CSV or JSON.</p>
      )}
    </aside>
  );
}
