/**
 * What a bulk write (an import, a seed load) changed, as the history's drafts: each of its statements answers,
 * for every node or relationship it wrote, its properties before (null: created) and after, and a row whose
 * properties came out as they were is no change.
 */
import { linkKeyOf } from './changes';
import type { Row } from './graph';
import type { ChangeDraft } from './history';

/** A value's text with object keys sorted, so that two equal values read alike whatever their keys' order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

type Properties = Record<string, unknown>;

/** The properties a written row changed (added, altered or removed); none when it was already so. */
export function changedProperties(row: Row): string[] {
  const before = (row.before as Properties | null) ?? {};
  const after = row.after as Properties;
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => canonical(before[k]) !== canonical(after[k]));
}

/**
 * One written row as the history's draft, with where the change comes from; none when nothing changed. A row
 * with `labels` is an entity's; one with `type`, `from` and `to` a relationship's (a fact).
 */
export function draftOfRow(row: Row, source: string | null, locator: string | null): ChangeDraft | undefined {
  const before = row.before as Properties | null;
  const after = row.after as Properties;
  if (before && changedProperties(row).length === 0) return undefined;
  const entity = row.labels !== undefined;
  const snapshot = (properties: Properties) =>
    entity
      ? { label: (row.labels as string[])[0], properties }
      : {
          type: row.type as string,
          from: row.from as string,
          to: row.to as string,
          key: linkKeyOf(row.id as string).key ?? null,
          properties,
        };
  return {
    op: entity ? (before ? 'updateEntity' : 'createEntity') : before ? 'updateLink' : 'link',
    targetKind: entity ? 'entity' : 'fact',
    target: row.id as string,
    before: before && snapshot(before),
    after: snapshot(after),
    source,
    locator,
  };
}
