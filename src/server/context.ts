import type { GraphStore } from '../graph/store';

/** What every resolver receives: made anew for each request. */
export interface RequestContext {
  requestId: string;
  store: GraphStore;
}
