/**
 * Every `extensions.code` a client can see, in one place. Ground floor: graph/, schema/, server/ and
 * auth/ all import it, so it imports nothing of the project. docs/operations.md lists the same members under
 * "Error codes" (test/errors.unit.test.ts holds the two together, and holds src/ to using only these).
 */
export enum ErrorCode {
  /** An argument or variable is wrong: a bad id, filter, cursor, property, page size or variable type. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The request itself is malformed before GraphQL: a body that is not JSON or cannot be read, or a wrong transport. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** A write would duplicate an id or link key, delete a cited Source, or revert a change its target has moved past. */
  CONFLICT = 'CONFLICT',
  /** The bearer token is valid but lacks the role a write needs (editor; admin for deletes and reverts). */
  FORBIDDEN = 'FORBIDDEN',
  /** A write without a bearer token, or with one that does not verify. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** An id given to a question or a write names nothing in the graph; or a path the server does not serve (HTTP 404). */
  NOT_FOUND = 'NOT_FOUND',
  /** A Cypher statement ran past NEO4J_TX_TIMEOUT_MS and was stopped; or a SPARQL query past SPARQL_TIMEOUT_MS (HTTP 503). */
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** Neo4j is unreachable or busy (a lock wait or deadlock outlasted the retries); try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The query nests fields deeper than MAX_QUERY_DEPTH (or its text nests braces too deep to parse safely). */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** An argument's value or a variable nests deeper than MAX_INPUT_DEPTH. */
  INPUT_TOO_DEEP = 'INPUT_TOO_DEEP',
  /** A linked-data IRI asked for in no type it is offered in (HTTP 406; the answer names the types offered). */
  NOT_ACCEPTABLE = 'NOT_ACCEPTABLE',
  /** The query's estimated cost is over MAX_QUERY_COST, or it is too large to be costed. */
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  /** The document uses more aliases than MAX_ALIASES. */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** The document or a batch holds more operations than MAX_OPERATIONS. */
  TOO_MANY_OPERATIONS = 'TOO_MANY_OPERATIONS',
  /** The document has more tokens than MAX_TOKENS. */
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  /** A client address already holds WS_MAX_CONNECTIONS_PER_CLIENT open WebSockets (HTTP 429 on the upgrade). */
  TOO_MANY_CONNECTIONS = 'TOO_MANY_CONNECTIONS',
  /** A WebSocket already runs WS_MAX_SUBSCRIPTIONS_PER_CONNECTION operations. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** A `changeCommitted` subscription left more than FEED_MAX_BEHIND changes unread and was closed; `lastDelivered` says where to resume. */
  FEED_BEHIND = 'FEED_BEHIND',
  /** The request body is larger than MAX_BODY_BYTES (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The request's headers or body did not arrive within HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS (HTTP 408). */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  /** The query text does not parse as GraphQL (raised by Apollo Server). */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The query does not validate against the schema (raised by Apollo Server). */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** `operationName` names no operation of the document, or a document of several operations has none (raised by Apollo Server). */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  /** A value stored outside its property's range (written before the model held it, or through Cypher): the field answers null. */
  BAD_STORED_VALUE = 'BAD_STORED_VALUE',
  /** Anything unforeseen; the details stay in the server's log. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
