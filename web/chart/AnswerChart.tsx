/**
 * An answer's table as a chart: the reader's controls (kind, list columns for x, y, a second y and the
 * series), the chart drawn by vega-embed from chartSpec.ts (SVG; expressions run by vega's interpreter, so
 * the page's policy needs no `unsafe-eval`; no action menu, whose editor link would post to another host),
 * its downloads made in the page (PNG, SVG, the Vega-Lite specification), and its data as a table for
 * screen readers.
 */
import { useEffect, useMemo, useRef } from 'react';
import embed from 'vega-embed';
import type { View } from 'vega';
import type { AnswerTable } from '../answerTable';
import { download } from '../download';
import { chartData, chartSpec } from './chartSpec';
import { CHART_KINDS, isNumeric, type ChartKind, type ChartState } from './chartState';
import './chart.css';

const fileName = (table: AnswerTable, ext: string): string => `${table.path.replace(/[^\w.-]+/g, '-') || 'answer'}-chart.${ext}`;

interface ChartProps {
  table: AnswerTable;
  state: ChartState;
  onChange: (state: ChartState) => void;
  /** The reader's controls (kind and columns); a small chart (the entity page's) goes without. */
  controls?: boolean;
}

function ColumnSelect(props: { label: string; value?: string; columns: string[]; none?: string; onChange: (v?: string) => void }) {
  return (
    <label className="chart-control">
      {props.label}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        {props.none !== undefined ? <option value="">{props.none}</option> : null}
        {props.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}

function Controls({ table, state, onChange }: ChartProps) {
  const numbers = table.columns.filter((c) => isNumeric(table, c));
  const texts = table.columns.filter((c) => !isNumeric(table, c));
  const set = (change: Partial<ChartState>) => onChange({ ...state, ...change });
  return (
    <fieldset className="chart-controls">
      <legend className="visually-hidden">What the chart shows</legend>
      <label className="chart-control">
        Kind
        <select value={state.kind} onChange={(e) => set({ kind: e.target.value as ChartKind })}>
          {Object.entries(CHART_KINDS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ColumnSelect label="x" value={state.x} columns={table.columns} onChange={(x) => x && set({ x })} />
      <ColumnSelect label="y" value={state.y} columns={numbers} onChange={(y) => y && set({ y })} />
      <ColumnSelect label="Right axis" value={state.y2} columns={numbers} none="none" onChange={(y2) => set({ y2 })} />
      <ColumnSelect label="Series" value={state.series} columns={texts} none="none" onChange={(series) => set({ series })} />
    </fieldset>
  );
}

/** The plotted values, for screen readers: the chart's own data, so it says what the marks show. */
function ChartDataTable({ state, data }: { state: ChartState; data: ReturnType<typeof chartData> }) {
  return (
    <table className="visually-hidden chart-data">
      <caption>The chart's data</caption>
      <thead>
        <tr>
          <th scope="col">{state.x}</th>
          {state.series ? <th scope="col">{state.series}</th> : null}
          <th scope="col">{state.y}</th>
          {state.y2 ? <th scope="col">{state.y2}</th> : null}
        </tr>
      </thead>
      <tbody>
        {data.map((d, i) => (
          <tr key={i}>
            <td>{d.x}</td>
            {state.series ? <td>{d.series}</td> : null}
            <td>{d.y ?? ''}</td>
            {state.y2 ? <td>{d.y2 ?? ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AnswerChart({ table, state, onChange, controls = true }: ChartProps) {
  const data = useMemo(() => chartData(table, state), [table, state]);
  const spec = useMemo(() => chartSpec(table, state, data), [table, state, data]);
  const element = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  useEffect(() => {
    let finalize: (() => void) | null = null;
    let gone = false;
    void embed(element.current!, spec, { actions: false, renderer: 'svg', ast: true, defaultStyle: false, mode: 'vega-lite' }).then(
      (result) => {
        if (gone) return result.finalize();
        view.current = result.view;
        // For the page tests: the view whose data and marks they count against the answer.
        (element.current as unknown as { vegaView: View }).vegaView = result.view;
        finalize = result.finalize;
        return undefined;
      },
    );
    return () => {
      gone = true;
      finalize?.();
    };
  }, [spec]);

  const savePng = async () => {
    const canvas = await view.current!.toCanvas(2);
    canvas.toBlob((blob) => blob && download(blob, fileName(table, 'png')), 'image/png');
  };
  const saveSvg = async () => download(new Blob([await view.current!.toSVG()], { type: 'image/svg+xml' }), fileName(table, 'svg'));
  const saveSpec = () => download(new Blob([JSON.stringify(spec, null, 2)], { type: 'application/json' }), fileName(table, 'vl.json'));

  return (
    <figure className="answer-chart">
      {controls ? <Controls table={table} state={state} onChange={onChange} /> : null}
      <div className="answer-chart-view" ref={element} />
      <figcaption className="answer-panel-summary">
        {spec.description}
        <button type="button" className="answer-download" onClick={() => void savePng()} aria-label="Download the chart as PNG">
          PNG
        </button>
        <button type="button" className="answer-download" onClick={() => void saveSvg()} aria-label="Download the chart as SVG">
          SVG
        </button>
        <button type="button" className="answer-download" onClick={saveSpec} aria-label="Download the chart's Vega-Lite specification">
          Vega-Lite
        </button>
      </figcaption>
      <ChartDataTable state={state} data={data} />
    </figure>
  );
}
