/**
 * The GraphQL playground: GraphiQL 3 with schema docs, history, and the saved example queries of
 * queries/ (a menu above the editor, the full list in a sidebar panel), the answer beside it as a chart
 * and a table, Chinese names in the reader's script. A link carrying a query (playgroundLink.ts) runs it
 * on opening. Bundled by scripts/build-pages.ts; everything it loads comes from this server.
 */
import 'graphiql/graphiql.css';
import './playground.css';
import { GraphiQL, GraphiQLInterface, GraphiQLProvider } from 'graphiql';
import { useExecutionContext, useEditorContext } from '@graphiql/react';
import type { Fetcher } from '@graphiql/toolkit';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { postGraphQL, readPageData } from './pageData';
import { savedQueriesPlugin, SavedQueryMenu, type SavedQuery } from './savedQueries';
import { AnswerPanel, AnswerStore } from './answerPanel';
import { labelEditors } from './editorLabels';
import { readLink } from './playgroundLink';
import { ScriptSelect } from './scriptSelect';
import { keepScript, readScript, type Script } from './script';

const { queries } = readPageData<{ queries: SavedQuery[] }>();
const link = readLink();

const answers = new AnswerStore();

/** Every answer but GraphiQL's own schema reading goes to the chart and table beside the JSON too. */
const fetcher: Fetcher = async (params, options) => {
  const answer = await postGraphQL(params, (options?.headers ?? {}) as Record<string, string>);
  if (params.operationName !== 'IntrospectionQuery') answers.set(answer, params.query, params.variables);
  return answer;
};

const welcome = `# The audiovisual exchange graph. Pick a saved query above for the paper's questions, the
# book icon for the schema's documentation, and the graph view at /explore?id=work:infernal-affairs.
{
  work(id: "work:infernal-affairs") { title remadeAs { node { id ... on Work { title } } locator } }
}
`;

const plugin = savedQueriesPlugin(queries, welcome);

/** Runs the query a link carries, once, as soon as the editor holds it. */
function RunLinkedQuery() {
  const { run } = useExecutionContext({ nonNull: true });
  const { queryEditor } = useEditorContext({ nonNull: true });
  const done = useRef(false);
  useEffect(() => {
    if (!done.current && link.query && queryEditor?.getValue() === link.query) {
      done.current = true;
      run();
    }
  }, [queryEditor, run]);
  return null;
}

/** GraphiQL's split between the editor and its JSON, unless the reader has dragged it: the editor 2.5 times the JSON, which the table and chart beside repeat. */
try {
  if (!localStorage.getItem('graphiql:editorFlex')) localStorage.setItem('graphiql:editorFlex', '2.5');
} catch {
  // Storage refused: GraphiQL's even split.
}

function Playground() {
  const [script, setScript] = useState<Script>(readScript);
  const choose = (next: Script) => {
    keepScript(next);
    setScript(next);
  };
  return (
    <GraphiQLProvider
      fetcher={fetcher}
      plugins={[plugin]}
      defaultQuery={welcome}
      query={link.query ?? undefined}
      variables={link.variables ?? undefined}
      shouldPersistHeaders={false}
    >
      <div className="playground-page">
        <header className="playground-bar">
          <h1 className="playground-title">Audiovisual exchange graph</h1>
          <SavedQueryMenu queries={queries} welcome={welcome} />
          <ScriptSelect script={script} onChange={choose} />
          <a className="playground-link" href="/explore?id=work:infernal-affairs">
            Graph view
          </a>
          <RunLinkedQuery />
        </header>
        <div className="playground-layout">
          <main className="playground-main">
            <GraphiQLInterface defaultEditorToolsVisibility={Boolean(link.variables)}>
              <GraphiQL.Logo>
                <span className="visually-hidden">GraphiQL</span>
              </GraphiQL.Logo>
            </GraphiQLInterface>
          </main>
          <AnswerPanel answers={answers} script={script} />
        </div>
      </div>
    </GraphiQLProvider>
  );
}

const root = document.getElementById('root')!;
labelEditors(root);
createRoot(root).render(<Playground />);
