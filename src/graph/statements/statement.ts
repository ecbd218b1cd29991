/**
 * A statement ready to run: its name (what the logs, the tests and the benchmark count), the Cypher
 * text the statement layer built for that name, and its parameters. The executor runs it as given.
 */
export interface Statement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

/**
 * A template's grammar: the names it is called by (`<template>@<variant>`) and the text each stands
 * for. `text` checks the variant against the model's fixed lists, so no text from a request can
 * reach Neo4j through a name.
 */
export interface Template {
  name: string;
  text(variant: string): string;
}

/** A row as the executor returns it: plain values under the statement's column names. */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;
