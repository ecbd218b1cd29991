/**
 * The search box's suggestions: as one types, the API's search (any script or romanisation it takes)
 * is asked, a moment after the last key, for a few entities; arrow keys or the mouse pick one, Enter
 * or a click opens it. An ARIA combobox, so screen readers announce the choices.
 */
import { postGraphQL } from '../pageData';
import { el } from './dom';
import { captionOf, type Entity } from './model';

const WAIT_MS = 200;
const SUGGESTIONS = 8;
const FIND = `query Suggest($text: String!, $first: Int!) { search(text: $text, first: $first) { node { id __typename properties } } }`;

export interface Suggestions {
  list: HTMLUListElement;
  /** Answers whether a suggestion was picked (and opened) by this key. */
  onKey(event: KeyboardEvent): boolean;
}

export function suggestions(input: HTMLInputElement, open: (id: string) => void, say: (message: string) => void): Suggestions {
  const list = el('ul', { id: 'suggestions', role: 'listbox', 'aria-label': 'Suggestions' });
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', 'suggestions');
  input.setAttribute('aria-expanded', 'false');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const show = (hits: Entity[]) => {
    active = -1;
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const [name, chinese] = captionOf(hit).split('\n');
        const option = el(
          'li',
          { role: 'option', id: `suggestion-${i}`, 'data-id': hit.id, 'aria-selected': 'false' },
          el('span', { class: 'suggestion-name' }, name),
          chinese ? el('span', { class: 'suggestion-zh' }, chinese) : null,
          el('span', { class: `badge type-${hit.__typename}` }, hit.__typename),
        );
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          open(hit.id);
        });
        return option;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  };
  const choose = (index: number) => {
    const all = options();
    active = (index + all.length) % all.length;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active].id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length === 0 || /^[a-z]+:\S+$/.test(text)) return show([]);
    timer = setTimeout(async () => {
      const mine = ++asked;
      const found = await postGraphQL<{ search: { node: Entity }[] | null }>({ query: FIND, variables: { text, first: SUGGESTIONS } });
      if (mine !== asked) return; // a later key asked again: its answer counts
      if (found.errors?.length) say(found.errors[0].message);
      show((found.data?.search ?? []).map((h) => h.node));
    }, WAIT_MS);
  });
  input.addEventListener('blur', () => show([]));

  const onKey = (event: KeyboardEvent): boolean => {
    if (list.hidden) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      choose(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Escape') show([]);
    else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      open(options()[active].dataset.id!);
      return true;
    }
    return false;
  };
  return { list, onKey };
}
