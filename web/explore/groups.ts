/**
 * The panel's list of a node's relationship groups: each type and direction with its count, a button
 * that draws a page of it, "more" while a page is left, and years to narrow yearly flows to.
 */
import { el } from './dom';
import type { Group } from './model';

export interface GroupProgress {
  /** Neighbours drawn through this group so far. */
  drawn: number;
  /** Where the next page starts, or null when the group is drawn whole. */
  next: string | null;
}

export interface GroupActions {
  /** Draws the (first or next) page of a group, narrowed to the years given. */
  draw(group: Group, years: { fromYear?: number; toYear?: number }, after?: string): void;
  progress(group: Group, years: { fromYear?: number; toYear?: number }): GroupProgress | undefined;
}

const arrow = (direction: string): string => (direction === 'OUT' ? '→' : '←');
export const groupName = (g: Group): string => `${g.type} ${arrow(g.direction)} ${g.count}`;

const yearInput = (name: string, label: string): HTMLInputElement =>
  el('input', { type: 'number', name, min: '1900', max: '2100', step: '1', 'aria-label': label, placeholder: label });

const yearOf = (input: HTMLInputElement): number | undefined => (input.value.trim() === '' ? undefined : Number(input.value));

/** The year fields, made once, so what a user typed stays while the panel is drawn again. */
export const yearFields = () => ({ fromYear: yearInput('fromYear', 'from year'), toYear: yearInput('toYear', 'to year') });

export function groupList(groups: Group[], actions: GroupActions, { fromYear, toYear }: ReturnType<typeof yearFields>): HTMLElement {
  const years = () => ({ fromYear: yearOf(fromYear), toYear: yearOf(toYear) });
  const rows = groups.map((g) => {
    const progress = actions.progress(g, years());
    const shown = progress ? ` (${progress.drawn} drawn)` : '';
    const open = el('button', { type: 'button', class: 'group', 'data-group': `${g.type}|${g.direction}` }, groupName(g) + shown);
    open.addEventListener('click', () => actions.draw(g, years()));
    const more = progress?.next ? el('button', { type: 'button', class: 'more', 'aria-label': `More of ${groupName(g)}` }, 'more') : null;
    more?.addEventListener('click', () => actions.draw(g, years(), progress!.next!));
    return el('li', {}, open, more);
  });
  return el(
    'section',
    { class: 'groups', 'aria-label': 'Relationships by group' },
    el('h3', {}, 'Relationships by group'),
    el('p', { class: 'hint' }, 'Each draws up to 25 neighbours; "more" draws the next 25. Years narrow yearly flows:'),
    el('div', { class: 'years' }, fromYear, el('span', {}, '–'), toYear),
    el('ul', {}, ...rows),
  );
}
