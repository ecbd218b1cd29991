/**
 * The GraphQL playground: GraphiQL 3 with schema docs, history, and the saved example queries of
 * queries/ in a sidebar panel. Bundled by scripts/build-pages.ts; everything it loads comes from this server.
 */
import 'graphiql/graphiql.css';
import './playground.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { createRoot } from 'react-dom/client';
import { postGraphQL, readPageData } from './pageData';
import { savedQueriesPlugin, type SavedQuery } from './savedQueries';
import { AnswerPanel, AnswerStore } from './answerPanel';

const { queries } = readPageData<{ queries: SavedQuery[] }>();

const answers = new AnswerStore();

/** Every answer but GraphiQL's own schema reading goes to the table beside the JSON too. */
const fetcher: Fetcher = async (params, options) => {
  const answer = await postGraphQL(params, (options?.headers ?? {}) as Record<string, string>);
  if (params.operationName !== 'IntrospectionQuery') answers.set(answer);
  return answer;
};

const welcome = `# The audiovisual exchange graph. Open "Saved queries" on the left for the paper's questions,
# the book icon for the schema's documentation, and the graph view at /explore?id=work:infernal-affairs.
{
  work(id: "work:infernal-affairs") { title remadeAs { node { id ... on Work { title } } locator } }
}
`;

const plugin = savedQueriesPlugin(queries, welcome);

function Playground() {
  return (
    <div className="playground-layout">
      <div className="playground-main">
        <GraphiQL
          fetcher={fetcher}
          plugins={[plugin]}
          visiblePlugin={plugin}
          defaultQuery={welcome}
          defaultEditorToolsVisibility={false}
          shouldPersistHeaders={false}
        >
          <GraphiQL.Logo>
            <span className="playground-title">Audiovisual exchange graph</span>
            <a className="playground-link" href="/explore?id=work:infernal-affairs">
              Graph view
            </a>
          </GraphiQL.Logo>
        </GraphiQL>
      </div>
      <AnswerPanel answers={answers} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Playground />);
