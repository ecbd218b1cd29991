import { Direction, isCoreType, LABELS } from '../../model';
import type { CollectedFact } from '../factRows';
import type { FactReads } from '../projection';
import { fillSlots, type QueryCatalog } from './catalog';
import { labelsNamed } from './keys';
import type { Row } from './statement';
import type { Template } from './statement';

/**
 * A nested query walks a chain of relationship fields: `policy { enables { node { ... on Work {
 * coProducers { node { ... on Studio { operates ... } } } } } } }`. Loaded level by level, that is a
 * statement per level, and at small scales the fixed cost of each statement (parsing the answer,
 * Bolt round trips, Neo4j's per-query work) outweighs the data. When the selection under a
 * relationship field continues into exactly one relationship field per level, the loader fetches
 * those deeper levels in the same statement (cypher/relationshipChain.cypher) and primes its cache
 * with them, so the deeper resolvers find their facts already loaded.
 */

/** One level below a relationship field: the label of the nodes it starts from, and what it loads. */
export interface ChainStep {
  label: string;
  type: string;
  direction: Direction;
  reads: FactReads;
}

/** Levels in one chain statement, the first included: deep enough for the mix researchers send, and a bound on the names. */
export const MAX_CHAIN_LEVELS = 4;

const DIRECTIONS = new Set(['OUT', 'IN']);

/** A level of a chain: the type and direction it loads, and (below the first) the label of the nodes it starts from. */
export interface ChainLevel {
  label?: string;
  type: string;
  direction: Direction;
}

/**
 * The name of the chain statement for these levels, e.g.
 * `relationshipChain@ENABLED_BY.IN,Work.CO_PRODUCED.IN,Studio.OPERATES.OUT`; undefined when a type
 * is not a core one. The name starts from keys of any label; the loader, once it has its keys, narrows
 * it to theirs (`relationshipChain@Policy.ENABLED_BY.IN,...`, keys.ts forKeyLabels).
 */
export function chainName(levels: readonly ChainLevel[]): string | undefined {
  if (levels.length === 0 || !levels.every((l) => isCoreType(l.type))) return undefined;
  return `relationshipChain@${levels.map((l, i) => `${i === 0 ? '' : `${l.label}.`}${l.type}.${l.direction}`).join(',')}`;
}

/** A level as its name gives it: the label is empty for a first level whose keys may have any label. */
type Level = Required<ChainLevel>;

/**
 * The levels a chain statement's name stands for, each part checked against the model's fixed lists.
 * The first level may name the labels of its keys (`Policy+Work.ENABLED_BY.IN`); without them, any.
 */
function levelsOf(variant: string): Level[] {
  const parts = variant.split(',');
  if (parts.length > MAX_CHAIN_LEVELS) throw new Error(`${variant}: a chain has 1 to ${MAX_CHAIN_LEVELS} levels`);
  return parts.map((part, i) => {
    const words = part.split('.');
    const anyLabel = i === 0 && words.length === 2;
    const [label, type, direction] = anyLabel ? ['', ...words] : words;
    const labels = anyLabel ? [] : label.split('+');
    const shapeOk = anyLabel || (words.length === 3 && (i === 0 || labels.length === 1));
    if (!shapeOk || !isCoreType(type) || !DIRECTIONS.has(direction) || !labels.every((l) => LABELS.includes(l))) {
      throw new Error(
        `${part} is not a level that relationshipChain is made for (Label.CORE_TYPE.OUT|IN; the first may name Labels+Like+These or none)`,
      );
    }
    return { label, type, direction: direction as Direction };
  });
}

/**
 * The text of a chain statement: the template with one level fragment per level, from the checked name
 * alone. The template's key lookup covers the first level's labels (`Work+Policy`), or every label when
 * the name gives none.
 */
function chainText(catalog: QueryCatalog, variant: string): string {
  const levels = levelsOf(variant);
  const texts = levels.map((level, i) => {
    const next = levels[i + 1];
    return fillSlots(catalog.fragment('relationshipChainLevel'), {
      before: i,
      level: i + 1,
      index: i,
      pattern: level.direction === 'OUT' ? `-[r:${level.type}]->` : `<-[r:${level.type}]-`,
      onward: next ? `collect(DISTINCT CASE WHEN m:${next.label} THEN m END)` : '[]',
    });
  });
  const first = levels[0].label;
  const template = first
    ? catalog.withIncludes('relationshipChain', labelsNamed(first, 'relationshipChain'))
    : catalog.text('relationshipChain');
  return fillSlots(template, { levels: texts.join('\n'), results: levels.map((_, i) => `level${i + 1}`).join(', ') });
}

export const relationshipChain = (catalog: QueryCatalog): Template => ({
  name: 'relationshipChain',
  text: (variant) => chainText(catalog, variant),
});

/** A chain statement's one row: per level, each start node's collected facts; and the start nodes asked for. */
export interface ChainRow {
  levels: [id: string, facts: CollectedFact[]][][];
  roots: [id: string, label: string, props: unknown][];
}

export const decodeChainRow = (row: Row): ChainRow => ({ levels: row.levels as ChainRow['levels'], roots: row.roots as ChainRow['roots'] });
