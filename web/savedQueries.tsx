import { useEditorContext, type GraphiQLPlugin } from '@graphiql/react';
import { useEffect, useRef } from 'react';

import type { SavedQuery } from '../src/server/pages';

export type { SavedQuery };

function BookmarkIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M6 3h12v18l-6-4-6 4z" />
    </svg>
  );
}

/**
 * Opens a saved query in the editor: switches to a tab that already holds it, reuses the current tab
 * while it holds nothing of the user's own (empty, the welcome text, an unchanged saved query), else opens a
 * new tab, so nothing typed is lost. Shared by the list in the sidebar and the menu above the editor.
 */
function useOpenSavedQuery(queries: SavedQuery[], welcome: string): (saved: SavedQuery) => void {
  const { tabs, activeTabIndex, addTab, changeTab, queryEditor, variableEditor } = useEditorContext({ nonNull: true });
  const pending = useRef<string | null>(null);
  useEffect(() => {
    // addTab fills the new tab with the default query while rendering; the saved one goes in after.
    if (pending.current !== null && queryEditor) {
      queryEditor.setValue(pending.current);
      pending.current = null;
    }
  }, [activeTabIndex, tabs.length, queryEditor]);

  return (saved: SavedQuery) => {
    const index = tabs.findIndex((tab) => tab.query === saved.text);
    if (index >= 0) return changeTab(index);
    const current = queryEditor?.getValue() ?? '';
    if (current.trim() === '' || current === welcome || queries.some((q) => q.text === current)) {
      queryEditor?.setValue(saved.text);
      variableEditor?.setValue('');
      return undefined;
    }
    pending.current = saved.text;
    return addTab();
  };
}

/** The saved queries as one menu above the editor, each on one line: number and question. */
export function SavedQueryMenu({ queries, welcome }: { queries: SavedQuery[]; welcome: string }) {
  const open = useOpenSavedQuery(queries, welcome);
  const { queryEditor } = useEditorContext({ nonNull: true });
  const current = queries.find((q) => q.text === queryEditor?.getValue());
  return (
    <label className="playground-control saved-query-menu">
      Saved query
      <select
        value={current?.file ?? ''}
        onChange={(e) => {
          const saved = queries.find((q) => q.file === e.target.value);
          if (saved) open(saved);
        }}
      >
        <option value="">Choose one of the paper's questions…</option>
        {queries.map((q) => (
          <option key={q.file} value={q.file}>
            {q.number} {q.question || q.operationName}
          </option>
        ))}
      </select>
    </label>
  );
}

function SavedQueries({ queries, welcome }: { queries: SavedQuery[]; welcome: string }) {
  const open = useOpenSavedQuery(queries, welcome);

  return (
    <section className="saved-queries">
      <div className="graphiql-doc-explorer-title">Saved queries</div>
      <p className="saved-queries-hint">
        The paper's questions, from <code>queries/</code>. Click one to load it, then run it.
      </p>
      {queries.length === 0 ? (
        <p>
          No saved queries found in <code>queries/</code>.
        </p>
      ) : null}
      <ol>
        {queries.map((q) => (
          <li key={q.file}>
            <button type="button" className="saved-query" data-file={q.file} title={`${q.file}: ${q.question}`} onClick={() => open(q)}>
              <span className="saved-query-number">{q.number}</span>
              <span className="saved-query-text">
                <span className="saved-query-question">{q.question || q.operationName}</span>
                <code className="saved-query-name">{q.operationName}</code>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

export const savedQueriesPlugin = (queries: SavedQuery[], welcome: string): GraphiQLPlugin => ({
  title: 'Saved queries',
  icon: BookmarkIcon,
  content: () => <SavedQueries queries={queries} welcome={welcome} />,
});
