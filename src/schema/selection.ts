import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isInterfaceType,
  isLeafType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';
import { ChainStep, MAX_CHAIN_LEVELS } from '../graph/statements/relationshipChain';
import type { Direction } from '../graph/loaders';
import type { FactReads, PropertyNames } from '../graph/projection';
import { isCoreType, LABELS } from '../model';

/**
 * Which properties a query's selection reads, so that the loaders fetch only those from Neo4j: a
 * nested answer of a thousand platforms needs their id and name, not every property of each (which
 * was half of Neo4j's work and of the driver's decoding for such a query). Entities and facts are
 * plain property maps (src/graph/entity.ts, fact.ts), so a selected leaf field reads the property of
 * its name. Anything else this module cannot see through asks for every property: `properties`
 * (the whole map), and any object field other than the few below.
 *
 * Depends only on the document and the schema, so it is worked out once per field of a document and
 * kept for the next request that sends the same document (see memoised).
 */

/** Fields of a fact (Fact, PathStep) that hold the entity at an end. */
const ENTITY_ENDS: ReadonlySet<string> = new Set(['node', 'from', 'to']);
/** The field of a trade flow (TradeFlow) that holds the partner region. */
const TRADE_PARTNER: ReadonlySet<string> = new Set(['region']);
/** Fact fields that come from the relationship itself, not from its properties. */
const NOT_PROPERTIES = new Set(['__typename', 'type', 'direction']);

/** A set of property names that may grow to "all". */
class Reads {
  private readonly names = new Set<string>(['id']);
  private all = false;

  add(name: string): void {
    this.names.add(name);
  }

  everything(): void {
    this.all = true;
  }

  result(): PropertyNames {
    return this.all ? null : [...this.names].sort();
  }
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
}

type Visit = (field: FieldNode, parent: GraphQLNamedType | undefined) => void;

/** Every field of the selection sets, through fragments, with the type it is selected on. */
function eachField(walk: Walk, sets: readonly SelectionSetNode[], parent: GraphQLNamedType | undefined, visit: Visit): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        visit(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
        eachField(walk, [selection.selectionSet], on, visit);
      } else {
        const fragment = walk.fragments[selection.name.value];
        if (fragment) eachField(walk, [fragment.selectionSet], walk.schema.getType(fragment.typeCondition.name.value), visit);
      }
    }
  }
}

/** The named type a field returns, or undefined when the field is not on the type (or is __typename). */
function returnType(field: FieldNode, parent: GraphQLNamedType | undefined): GraphQLNamedType | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const definition = parent.getFields()[field.name.value];
  return definition ? getNamedType(definition.type) : undefined;
}

const subSelections = (fields: readonly FieldNode[]): SelectionSetNode[] => fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));

/** What an entity selection reads: the relationship fields read only the id (their loader takes it). */
function readEntity(walk: Walk, sets: readonly SelectionSetNode[], parent: GraphQLNamedType | undefined, reads: Reads): void {
  eachField(walk, sets, parent, (field, on) => {
    const name = field.name.value;
    if (name === '__typename') return;
    const type = returnType(field, on);
    if (name === 'properties' || !type) reads.everything();
    else if (type.name === 'Fact') return;
    else if (isLeafType(type)) reads.add(name);
    else reads.everything();
  });
}

/** What a fact selection reads of the relationship, and of the entities at its ends. */
function readFact(
  walk: Walk,
  sets: readonly SelectionSetNode[],
  parent: GraphQLNamedType | undefined,
  ends: ReadonlySet<string> = ENTITY_ENDS,
): FactReads {
  const fact = new Reads();
  const node = new Reads();
  eachField(walk, sets, parent, (field, on) => {
    const name = field.name.value;
    if (NOT_PROPERTIES.has(name)) return;
    const type = returnType(field, on);
    if (ends.has(name) && type) readEntity(walk, subSelections([field]), type, node);
    else if (name === 'properties' || !type) fact.everything();
    // A fact's sourceIds, without `sources`, are its source (src/schema/questions/citedFact.ts).
    else if (name === 'sourceIds') fact.add('source');
    else if (name === 'source' || isLeafType(type)) fact.add(name);
    else fact.everything();
  });
  return { fact: fact.result(), node: node.result() };
}

const walkOf = (info: GraphQLResolveInfo): Walk => ({ schema: info.schema, fragments: info.fragments });

/**
 * A reading kept across requests. graphql-js collects a new `fieldNodes` array for every request (and
 * shares it among the items of a list within one), but the nodes in it belong to the document Apollo
 * parsed once and keeps: so a reading is kept under its first node, for the exact nodes and return type
 * it was made for (a field of an interface may return another type on each implementation). Readings
 * go to loaders of many requests, so they are frozen.
 */
function memoised<T>(read: (info: GraphQLResolveInfo) => T): (info: GraphQLResolveInfo) => T {
  const known = new WeakMap<FieldNode, { fields: readonly FieldNode[]; type: GraphQLOutputType; value: T }[]>();
  return (info) => {
    const { fieldNodes, returnType: type } = info;
    let readings = known.get(fieldNodes[0]);
    if (!readings) known.set(fieldNodes[0], (readings = []));
    let reading = readings.find(
      (r) => r.type === type && r.fields.length === fieldNodes.length && r.fields.every((f, i) => f === fieldNodes[i]),
    );
    if (!reading) readings.push((reading = { fields: fieldNodes, type, value: deepFrozen(read(info)) }));
    return reading.value;
  };
}

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

/** The properties read of the entity (or entities) a field returns: lookups, `_entities`. */
export const entityReads = memoised((info): PropertyNames => {
  const reads = new Reads();
  readEntity(walkOf(info), subSelections(info.fieldNodes), getNamedType(info.returnType), reads);
  return reads.result();
});

/** What the selection reads of the entity under the field `holder` (a search hit's or an edge's `node`). */
function readHeld(walk: Walk, sets: readonly SelectionSetNode[], parent: GraphQLNamedType | undefined, holder: string, reads: Reads): void {
  eachField(walk, sets, parent, (field, on) => {
    const type = returnType(field, on);
    if (type && field.name.value === holder) readEntity(walk, subSelections([field]), type, reads);
  });
}

/** The properties read of the entities a search finds (`search { score node { ... } }`). */
export const searchHitReads = memoised((info): PropertyNames => {
  const reads = new Reads();
  readHeld(walkOf(info), subSelections(info.fieldNodes), getNamedType(info.returnType), 'node', reads);
  return reads.result();
});

/**
 * Whether a search's selection asks which name matched (`matchedName`, `matchedForm`): only then does
 * the search read each hit's names and work out the match (src/graph/search/explain.ts).
 */
export const searchMatchReads = memoised((info): boolean => {
  let asked = false;
  eachField(walkOf(info), subSelections(info.fieldNodes), getNamedType(info.returnType), (field) => {
    if (field.name.value === 'matchedName' || field.name.value === 'matchedForm') asked = true;
  });
  return asked;
});

/** The properties read of the entities on a page of a list (lists.ts): under `nodes`, and `edges { node }`. */
export const pageNodeReads = memoised((info): PropertyNames => {
  const walk = walkOf(info);
  const reads = new Reads();
  eachField(walk, subSelections(info.fieldNodes), getNamedType(info.returnType), (field, on) => {
    const type = returnType(field, on);
    if (!type) return;
    if (field.name.value === 'nodes') readEntity(walk, subSelections([field]), type, reads);
    else if (field.name.value === 'edges') readHeld(walk, subSelections([field]), type, 'node', reads);
  });
  return reads.result();
});

/** What a field returning facts (`coProducers`, `facts`, `citations`) reads of them. */
export const factReads = memoised((info): FactReads =>
  readFact(walkOf(info), subSelections(info.fieldNodes), getNamedType(info.returnType)),
);

/** What a field returning trade flows (`importSharesByYear`, `exportsByYear`) reads of them and of the partner region. */
export const tradeFlowReads = memoised((info): FactReads =>
  readFact(walkOf(info), subSelections(info.fieldNodes), getNamedType(info.returnType), TRADE_PARTNER),
);

/** What a field returning paths reads of their steps. */
export const pathStepReads = memoised((info): FactReads => {
  const walk = walkOf(info);
  const steps: FieldNode[] = [];
  eachField(walk, subSelections(info.fieldNodes), getNamedType(info.returnType), (field) => {
    if (field.name.value === 'steps') steps.push(field);
  });
  return readFact(walk, subSelections(steps), info.schema.getType('PathStep'));
});

interface Relationship {
  type: string;
  direction: Direction;
}

/** The relationship a field of an entity type lists, as src/schema/facts.ts declares it on the field. */
function relationshipOf(field: FieldNode, on: GraphQLNamedType | undefined): Relationship | undefined {
  if (!on || !isObjectType(on)) return undefined;
  return on.getFields()[field.name.value]?.extensions?.relationship as Relationship | undefined;
}

interface Continuation {
  label: string;
  relationship: Relationship;
  fields: FieldNode[];
}

/** A field no directive could keep from running. */
const plain = (field: FieldNode): boolean => !field.directives?.length;

/**
 * The one relationship field an entity selection continues into, with every node of that field
 * (graphql-js merges fields of one name on one type, and so does this); undefined when there are none,
 * several, or a directive could keep it from running.
 */
function entityContinuation(
  walk: Walk,
  entitySets: readonly SelectionSetNode[],
  entityType: GraphQLNamedType | undefined,
): Continuation | undefined {
  const found = new Map<string, Continuation>();
  eachField(walk, entitySets, entityType, (field, on) => {
    const relationship = relationshipOf(field, on);
    if (!relationship) return;
    const key = `${on!.name}.${(field.alias ?? field.name).value}`;
    const known = found.get(key);
    if (known) known.fields.push(field);
    else found.set(key, { label: on!.name, relationship, fields: [field] });
  });
  const [only] = found.values();
  if (found.size !== 1 || !only.fields.every(plain)) return undefined;
  return LABELS.includes(only.label) && isCoreType(only.relationship.type) ? only : undefined;
}

/** The one relationship field the entities under a fact selection's `node` continue into. */
function continuation(walk: Walk, factSets: readonly SelectionSetNode[]): Continuation | undefined {
  const nodes: FieldNode[] = [];
  eachField(walk, factSets, walk.schema.getType('Fact'), (field) => {
    if (field.name.value === 'node') nodes.push(field);
  });
  return nodes.every(plain) ? entityContinuation(walk, subSelections(nodes), walk.schema.getType('Node')) : undefined;
}

/** A chain from one relationship field down, at most `depth` levels of it. */
function stepsFrom(walk: Walk, next: Continuation | undefined, depth: number): ChainStep[] {
  if (!next || depth <= 0) return [];
  // A fact list's filter is tested in Neo4j by a statement of its own (src/graph/statements/relationshipsOfType.ts):
  // the chain stops above it rather than load facts the filter would drop.
  if (next.fields.some((f) => f.arguments?.some((a) => a.name.value === 'filter'))) return [];
  const sets = subSelections(next.fields);
  const step: ChainStep = { label: next.label, ...next.relationship, reads: readFact(walk, sets, walk.schema.getType('Fact')) };
  // A `year` argument drops some of this level's facts, so the level below would load ends no one reads.
  const filtered = next.fields.some((f) => f.arguments?.length);
  return [step, ...(filtered ? [] : stepsFrom(walk, continuation(walk, sets), depth - 1))];
}

/**
 * The levels a field returning facts continues into, one relationship field per level, for the loader
 * to fetch in the statement it sends for the field itself (src/graph/statements/relationshipChain.ts).
 */
export const deeperSteps = memoised((info): ChainStep[] =>
  stepsFrom(walkOf(info), continuation(walkOf(info), subSelections(info.fieldNodes)), MAX_CHAIN_LEVELS - 1),
);

/**
 * The chain of relationship fields a field returning entities (a lookup, `_entities`) continues into,
 * for the node loader to fetch with the entities themselves.
 */
export const entityChain = memoised((info): ChainStep[] => {
  const walk = walkOf(info);
  return stepsFrom(walk, entityContinuation(walk, subSelections(info.fieldNodes), getNamedType(info.returnType)), MAX_CHAIN_LEVELS);
});
