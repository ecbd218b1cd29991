/** What the server put into the page's `<script id="page-data" type="application/json">`. */
export function readPageData<T>(): T {
  const element = document.getElementById('page-data');
  return JSON.parse(element?.textContent || '{}') as T;
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts a GraphQL request to this server's own API (same origin: the page never talks to another host). */
export async function postGraphQL<T>(
  body: { query: string; variables?: unknown; operationName?: string | null },
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await res.json()) as GraphQLResult<T>;
}
