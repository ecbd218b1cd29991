/**
 * The legend: a checkbox per entity type and relationship type drawn, and one for captions. Unticking
 * one hides those nodes or edges (the view's state keeps it, so a link and back/forward keep it too).
 */
import { el } from './dom';
import { TYPE_COLOURS, typeColour } from './style';

export interface LegendChoice {
  hiddenLabels: string[];
  hiddenTypes: string[];
  noCaptions?: boolean;
  noEdgeLabels?: boolean;
}

export interface LegendContent extends LegendChoice {
  labels: string[];
  types: string[];
}

function toggle(name: string, group: string, shown: boolean, swatch: string, line = false): HTMLLabelElement {
  const box = el('input', { type: 'checkbox', name: group, value: name });
  box.checked = shown;
  return el(
    'label',
    { class: 'legend-item' },
    box,
    el('span', { class: line ? 'edge-swatch' : 'swatch', style: `background:${swatch}` }),
    name,
  );
}

const ticked = (form: HTMLFormElement, group: string, all: string[]): string[] => {
  const shown = new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${group}"]:checked`)].map((b) => b.value));
  return all.filter((name) => !shown.has(name));
};

/** Fills the legend with what is drawn; `changed` hears the new choice whenever a box is ticked or unticked. */
export function fillLegend(legend: HTMLFormElement, content: LegendContent, changed: (choice: LegendChoice) => void): void {
  const captions = el('input', { type: 'checkbox', name: 'captions' });
  captions.checked = !content.noCaptions;
  const edgeLabels = el('input', { type: 'checkbox', name: 'edge-labels' });
  edgeLabels.checked = !content.noEdgeLabels;
  legend.replaceChildren(
    el(
      'fieldset',
      {},
      el('legend', {}, 'Show'),
      el('label', { class: 'legend-item' }, captions, 'captions'),
      ...content.labels.map((l) => toggle(l, 'label', !content.hiddenLabels.includes(l), TYPE_COLOURS[l] ?? '#999')),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Relationships'),
      el('label', { class: 'legend-item' }, edgeLabels, 'labels'),
      ...content.types.map((t) => toggle(t, 'type', !content.hiddenTypes.includes(t), typeColour(t), true)),
    ),
  );
  legend.onchange = () =>
    changed({
      hiddenLabels: ticked(legend, 'label', content.labels),
      hiddenTypes: ticked(legend, 'type', content.types),
      noCaptions: !captions.checked,
      noEdgeLabels: !edgeLabels.checked,
    });
}
