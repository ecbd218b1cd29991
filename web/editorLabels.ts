/**
 * Names GraphiQL's CodeMirror editors for screen readers and makes their scrolling areas reachable by
 * keyboard (axe-core's `label` and `scrollable-region-focusable` rules): GraphiQL leaves each editor's
 * hidden textarea without a label. Editors mount as panes open, so the page is watched for new ones.
 */
const EDITORS: [string, string][] = [
  ['.graphiql-query-editor', 'Query editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(1)', 'Variables editor'],
  ['.graphiql-editor-tool .graphiql-editor:nth-child(2)', 'Headers editor'],
  ['.result-window', 'Answer as JSON'],
];

function label(root: ParentNode): void {
  for (const [selector, name] of EDITORS) {
    for (const editor of root.querySelectorAll(selector)) {
      const textarea = editor.querySelector('textarea');
      if (textarea && !textarea.hasAttribute('aria-label')) textarea.setAttribute('aria-label', name);
      const scroll = editor.querySelector<HTMLElement>('.CodeMirror-scroll');
      // CodeMirror gives its scroller tabindex -1: focusable by script only.
      if (scroll && scroll.tabIndex < 0) {
        scroll.tabIndex = 0;
        scroll.setAttribute('role', 'region');
        scroll.setAttribute('aria-label', `${name}, scrolling area`);
      }
    }
  }
}

export function labelEditors(root: HTMLElement): void {
  label(root);
  new MutationObserver(() => label(root)).observe(root, { childList: true, subtree: true });
}
