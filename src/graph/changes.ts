/**
 * What curators send: one change each, several in a change set. Every input is checked against the
 * model (src/model/checks.ts, the checks the seed runs) before anything is written.
 */
export interface NewEntity {
  label: string;
  id: string;
  properties: Record<string, unknown>;
  source: string;
  locator: string;
}

export interface LinkKey {
  type: string;
  from: string;
  to: string;
  key?: string | null;
}

export interface NewLink extends LinkKey {
  properties?: Record<string, unknown> | null;
  source: string;
  locator: string;
}

export interface PropertyChanges {
  set?: Record<string, unknown> | null;
  remove?: string[] | null;
}

/** Where a correction comes from; optional on updates and deletes, recorded in the history as given. */
export interface Citation {
  source?: string | null;
  locator?: string | null;
}

/** One change of a change set: exactly one of these. */
export type ChangeRequest =
  | { createEntity: NewEntity }
  | { updateEntity: { id: string } & PropertyChanges & Citation }
  | { incrementProperty: { id: string; property: string; by: number } & Citation }
  | { deleteEntity: { id: string } & Citation }
  | { link: NewLink }
  | { updateLink: { link: LinkKey } & PropertyChanges & Citation }
  | { unlink: { link: LinkKey } & Citation };

/** The kinds of change a curator can make, each a mutation, a change set's member and a history's `op`. */
export const CHANGE_KINDS = ['createEntity', 'updateEntity', 'incrementProperty', 'deleteEntity', 'link', 'updateLink', 'unlink'] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The one kind a request names; undefined when it names none or several. */
export function kindOfRequest(request: Record<string, unknown>): ChangeKind | undefined {
  const named = CHANGE_KINDS.filter((k) => request[k] !== undefined && request[k] !== null);
  return named.length === 1 ? named[0] : undefined;
}

export const linkId = (k: LinkKey): string => [k.type, k.from, k.to, k.key ?? ''].join('|');

/** A fact's id back as its key. */
export function linkKeyOf(id: string): LinkKey {
  const [type, from, to, ...key] = id.split('|');
  const joined = key.join('|');
  return { type, from, to, key: joined === '' ? null : joined };
}
