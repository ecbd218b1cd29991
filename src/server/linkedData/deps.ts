import type { Graph } from '../../graph/graph';
import type { Logger } from '../../logger';

/** What the linked-data routes read through. */
export interface LinkedDataDeps {
  graph: Graph;
  logger: Logger;
  /** PUBLIC_BASE_URL, or the address the server listens on when it is unset (known once it listens). */
  base: () => string;
}
