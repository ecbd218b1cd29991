/**
 * The script of an entity's page (src/server/linkedData/entityPage.ts), which reads without it: the small charts,
 * drawn by the playground's own chart (chart/AnswerChart.tsx, the chart guessChart picks from each table the
 * server hands over in the page data), and the reader's choice of script for Chinese names (script.ts): every
 * element the server marked `data-zh` (its printed text) and the charts' labels, remembered and in the link.
 */
import './entity.css';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { AnswerTable } from './answerTable';
import { AnswerChart } from './chart/AnswerChart';
import { guessChart, type ChartState } from './chart/chartState';
import { readPageData } from './pageData';
import { ScriptSelect } from './scriptSelect';
import { cellInScript, inScript, keepScript, langOf, readScript, type Script } from './script';

interface ChartTable {
  key: string;
  title: string;
  table: AnswerTable;
}

const { charts } = readPageData<{ id: string; charts: ChartTable[] }>();

/** The marked names in the reader's script, their language said. */
function convertNames(script: Script): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-zh]')) {
    element.textContent = inScript(element.dataset.zh!, script);
    element.lang = script === 'printed' ? 'zh' : langOf(script);
  }
}

/** Subscribers to the script, so every chart redraws its labels in it. */
const listeners = new Set<(script: Script) => void>();

function SmallChart({ chart, initial }: { chart: ChartTable; initial: Script }) {
  const [script, setScript] = useState(initial);
  useEffect(() => {
    listeners.add(setScript);
    return () => {
      listeners.delete(setScript);
    };
  }, []);
  const table = useMemo(
    () => ({ ...chart.table, rows: chart.table.rows.map((r) => r.map((c) => cellInScript(c, script))) }),
    [chart, script],
  );
  const [state, setState] = useState<ChartState | null>(() => guessChart(chart.table));
  if (!state) return null;
  return (
    <section className="entity-chart-box" aria-label={`Chart: ${chart.title}`}>
      <AnswerChart table={table} state={state} onChange={setState} controls={false} />
    </section>
  );
}

function ScriptChoice({ initial }: { initial: Script }) {
  const [script, setScript] = useState(initial);
  const choose = (next: Script) => {
    keepScript(next);
    setScript(next);
    convertNames(next);
    listeners.forEach((l) => l(next));
  };
  return <ScriptSelect script={script} onChange={choose} />;
}

const script = readScript();
convertNames(script);
createRoot(document.getElementById('script-choice')!).render(<ScriptChoice initial={script} />);
for (const element of document.querySelectorAll<HTMLElement>('.entity-chart[data-chart]')) {
  const chart = charts[Number(element.dataset.chart)];
  if (chart) createRoot(element).render(<SmallChart chart={chart} initial={script} />);
}
