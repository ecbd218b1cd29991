import type { Caller } from '../auth/bearer';
import type { ChangeFeed } from '../graph/feed';
import type { Loaders } from '../graph/loaders';
import type { GraphStore } from '../graph/store';
import type { PathBudget } from './questions/pathBudget';

/** What every resolver receives: made anew for each request, loaders included. */
export interface RequestContext {
  requestId: string;
  store: GraphStore;
  loaders: Loaders;
  /** Who sent the request, from its bearer token; writes need a verified editor. */
  caller: Caller;
  /** The change log's feed, shared by this process's subscribers (src/graph/feed.ts); curation wakes its poller. */
  feed: ChangeFeed;
  /** How many paths this request's `shortestPaths` answers may still hold. */
  paths: PathBudget;
  /** The base of the graph's IRIs (PUBLIC_BASE_URL, or the address listened on): `iri` fields read it. */
  publicBase: () => string;
}
