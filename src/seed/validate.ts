import {
  derivedFrom,
  endpointProblem,
  ENDPOINTS,
  ID_PATTERN,
  LABEL_PREFIX,
  nameField,
  propertiesProblems,
  propertyCountProblem,
  RELATIONSHIP_TYPE_NAME,
  relationshipId,
} from '../model';
import { nameRecordProblems, sourceOfMapping } from './names';
import { claimProblems } from './claims';
import type { AdditionRecord, NodeRecord, RelationshipRecord, SeedFile } from './read';

/** One problem with one record, said so that a curator can find and mend it. */
export class SeedProblem {
  constructor(
    readonly file: string,
    readonly record: string,
    readonly field: string,
    readonly problem: string,
  ) {}

  toString(): string {
    return `${this.file}: ${this.record}: ${this.field}: ${this.problem}`;
  }
}

/** The model's property checks (src/model/checks.ts), the same curation runs. */
function checkProps(label: string | undefined, props: unknown, report: (field: string, problem: string) => void): void {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    report('props', 'must be an object of properties');
    return;
  }
  for (const name of Object.keys(props)) {
    const source = derivedFrom(name);
    if (source) report(`props.${name}`, `is derived from ${source} when the seed loads; never typed by hand`);
  }
  for (const [name, problem] of propertiesProblems(label, props as Record<string, unknown>)) report(`props.${name}`, problem);
  checkEffectiveYear(props as Record<string, unknown>, report);
}

/**
 * A record with an effective date also carries its year, and the two agree, so that a question or a Cypher
 * user reading `effectiveYear` gets the year whether the paper gives a day or only a year.
 */
function checkEffectiveYear(props: Record<string, unknown>, report: (field: string, problem: string) => void): void {
  const date = props.effectiveDate;
  if (typeof date !== 'string') return;
  const year = Number(date.slice(0, 4));
  if (props.effectiveYear !== year) report('props.effectiveYear', `must be ${year}, the year of effectiveDate "${date}"`);
}

function checkNode(n: NodeRecord, report: (field: string, problem: string) => void): void {
  if (typeof n.id !== 'string' || !ID_PATTERN.test(n.id)) report('id', `${JSON.stringify(n.id)} is not a <type>:<kebab-case-slug> id`);
  const prefix = LABEL_PREFIX[n.label];
  if (!prefix) report('label', `${JSON.stringify(n.label)} is not one of ${Object.keys(LABEL_PREFIX).join(', ')}`);
  else if (typeof n.id === 'string' && !n.id.startsWith(`${prefix}:`)) report('id', `a ${n.label} id must start with "${prefix}:"`);
  checkProps(n.label, n.props, report);
  if (typeof n.props === 'object' && n.props && typeof (n.props as Record<string, unknown>)[nameField(n.label)] !== 'string') {
    report(`props.${nameField(n.label)}`, 'is required');
  }
  if ('id' in (n.props ?? {})) report('props.id', 'the id goes at the top level of the record, not in props');
}

function checkRelationship(r: RelationshipRecord, labelOf: Map<string, string>, report: (field: string, problem: string) => void): void {
  if (typeof r.type !== 'string' || !RELATIONSHIP_TYPE_NAME.test(r.type))
    report('type', `${JSON.stringify(r.type)} is not an UPPER_SNAKE_CASE type`);
  const ends = ENDPOINTS[r.type];
  const [fromLabel, toLabel] = [labelOf.get(r.from), labelOf.get(r.to)];
  // Core types name the wrong end below; for the additional types (and unknown ones) the model says why.
  if (!ends && fromLabel && toLabel && typeof r.type === 'string') {
    const problem = endpointProblem(r.type, fromLabel, toLabel);
    if (problem) report('type', problem);
  }
  for (const [end, index] of [
    ['from', 0],
    ['to', 1],
  ] as const) {
    const id = r[end];
    const label = labelOf.get(id);
    if (typeof id !== 'string') report(end, 'is required');
    else if (!label) report(end, `unknown id "${id}"`);
    else if (ends && !ends[index].includes(label))
      report(end, `${r.type} ${end === 'from' ? 'starts at' : 'ends at'} ${ends[index].join(' or ')}, not ${label} "${id}"`);
  }
  if (r.key !== undefined && typeof r.key !== 'string') report('key', 'must be a string');
  checkProps(undefined, r.props ?? {}, report);
}

/** Every problem in the seed; an empty list means it may be loaded. */
export function validateSeed(files: SeedFile[]): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const labelOf = new Map<string, string>();
  const definedIn = new Map<string, string>();
  for (const f of files) {
    f.nodes.forEach((n, i) => {
      const record = `nodes[${i}]${typeof n.id === 'string' ? ` (${n.id})` : ''}`;
      const report = (field: string, problem: string) => problems.push(new SeedProblem(f.file, record, field, problem));
      checkNode(n, report);
      requireCitation(n, report);
      if (typeof n.id !== 'string') return;
      if (definedIn.has(n.id)) report('id', `duplicate id, already defined in ${definedIn.get(n.id)}`);
      definedIn.set(n.id, `${f.file} ${record}`);
      labelOf.set(n.id, n.label);
    });
  }
  checkAdditions(files, labelOf, problems);
  checkNameMappings(files, labelOf, problems);
  const relationshipIds = new Map<string, string>();
  for (const f of files) {
    f.relationships.forEach((r, i) => {
      const record = `relationships[${i}] (${r.type} ${r.from} -> ${r.to})`;
      const report = (field: string, problem: string) => problems.push(new SeedProblem(f.file, record, field, problem));
      checkRelationship(r, labelOf, report);
      requireCitation(r, report);
      if (!labelOf.has(r.source)) report('source', `unknown Source id "${r.source}"`);
      const id = recordId(r);
      if (relationshipIds.has(id))
        report('key', `duplicate relationship (same type, ends and key as ${relationshipIds.get(id)}); give each a distinct key`);
      relationshipIds.set(id, `${f.file} ${record}`);
    });
    f.nodes.forEach((n, i) => {
      if (typeof n.source === 'string' && !labelOf.has(n.source)) {
        problems.push(new SeedProblem(f.file, `nodes[${i}] (${n.id})`, 'source', `unknown Source id "${n.source}"`));
      }
    });
  }
  // Claims are checked against the facts and nodes the rest of the seed builds, so only once the rest is sound.
  if (problems.length > 0) return problems;
  for (const p of claimProblems(files, (id) => labelOf.get(id) === 'Source'))
    problems.push(new SeedProblem(p.file, p.record, p.field, p.problem));
  return problems;
}

/**
 * Additions add properties to nodes defined in the same file or an earlier one, never replacing one the
 * node has (from its record or an earlier addition), and cite a Source like every other record.
 */
function checkAdditions(files: SeedFile[], labelOf: Map<string, string>, problems: SeedProblem[]): void {
  const nodes = new Map(files.flatMap((f) => f.nodes.map((n) => [n.id, { props: n.props ?? {}, where: f.file }] as const)));
  const added = new Map<string, string>();
  const namesOf = new Map<string, Set<string>>();
  for (const f of files) {
    f.additions.forEach((a: AdditionRecord, i) => {
      const report = (field: string, problem: string) =>
        problems.push(new SeedProblem(f.file, `additions[${i}] (${a.id})`, field, problem));
      const node = typeof a.id === 'string' ? nodes.get(a.id) : undefined;
      if (!node) report('id', `unknown id ${JSON.stringify(a.id)}: an addition adds to a node some seed file defines`);
      checkProps(labelOf.get(a.id), a.props, report);
      requireCitation(a, report);
      if (typeof a.source === 'string' && !labelOf.has(a.source)) report('source', `unknown Source id "${a.source}"`);
      if (!node || typeof a.props !== 'object' || a.props === null) return;
      // The node as loaded holds its own properties and every addition's: the model's count holds for the whole.
      const names = namesOf.get(a.id) ?? new Set(Object.keys(node.props));
      namesOf.set(a.id, new Set([...names, ...Object.keys(a.props)]));
      const tooMany = propertyCountProblem(namesOf.get(a.id)!);
      if (tooMany && !propertyCountProblem(names)) report('props', `with the additions up to this one, the node ${tooMany}`);
      for (const name of Object.keys(a.props)) {
        if (name in node.props)
          report(
            `props.${name}`,
            `${a.id} already has ${name} ${JSON.stringify(node.props[name])} (${node.where}); an addition never replaces a value`,
          );
        else if (added.has(`${a.id}|${name}`)) report(`props.${name}`, `already added in ${added.get(`${a.id}|${name}`)}`);
        added.set(`${a.id}|${name}`, `${f.file} additions[${i}]`);
      }
    });
  }
}

/**
 * Each name mapping (seed/names/<source>.tsv) belongs to a Source some file defines, and each of its lines names
 * one entity some file defines, once: a name that resolves to none or to several is refused until the line says
 * which entity it is (src/seed/names.ts).
 */
function checkNameMappings(files: SeedFile[], labelOf: Map<string, string>, problems: SeedProblem[]): void {
  for (const f of files.filter((file) => file.names)) {
    const source = sourceOfMapping(f.file);
    if (labelOf.get(source) !== 'Source')
      problems.push(new SeedProblem(f.file, 'file name', 'source', `names no Source: "${source}" is not defined in any seed file`));
    const seen = new Map<string, number>();
    for (const r of f.names!) {
      const record = `line ${r.line} (${r.name})`;
      for (const [field, problem] of nameRecordProblems(r, labelOf)) problems.push(new SeedProblem(f.file, record, field, problem));
      if (seen.has(r.name)) problems.push(new SeedProblem(f.file, record, 'name', `already mapped on line ${seen.get(r.name)}`));
      seen.set(r.name, r.line);
    }
  }
}

function requireCitation(r: { source?: unknown; locator?: unknown }, report: (field: string, problem: string) => void): void {
  if (typeof r.source !== 'string' || r.source === '') report('source', 'is required (the id of a Source node)');
  if (typeof r.locator !== 'string' || r.locator.trim() === '') report('locator', 'is required (where in the source the fact stands)');
}

/** A record's relationship id (the model's relationshipId). */
export const recordId = (r: RelationshipRecord): string => relationshipId(r.type, r.from, r.to, r.key);
