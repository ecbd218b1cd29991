import type { Loaders } from '../graph/loaders';
import type { GraphStore } from '../graph/store';

/** What every resolver receives: made anew for each request, loaders included. */
export interface RequestContext {
  requestId: string;
  store: GraphStore;
  loaders: Loaders;
}
