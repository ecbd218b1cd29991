/**
 * The graph's records as RDF/JS quads (n3's DataFactory), by the mapping of src/model/linkedData: an entity's
 * types and properties; a fact as its direct triple (subject, predicate, object) and as a node of its own (an
 * rdf:Statement at its fact IRI, with the values that qualify it, `prov:wasDerivedFrom` its Source and its
 * `avx:locator`); a claim as a node of its own (its values under the fact's predicates, its source, locator and
 * date, `avx:claimOf` the fact); a neighbour's type and name. Every quad a description holds is a quad of the dump.
 */
import { DataFactory, Quad } from 'n3';
import {
  CLAIM_CLASSES,
  CLAIM_LINKED_PROPERTIES,
  CLAIM_LINKS,
  claimIri,
  classesOf,
  entityIri,
  expand,
  factIri,
  NS,
  objectValues,
  ObjectValue,
  OwnTerm,
  predicateOfType,
  propertyMapping,
  RDF_TYPE,
  relationshipId,
  vocabIri,
  XSD,
} from '../../model';

const { namedNode, literal, quad } = DataFactory;

/** A relationship as the linked-data statements return it: [type, properties, other end's id, ...]. */
export interface FactRecord {
  type: string;
  props: Record<string, unknown>;
  from: string;
  to: string;
}

/** A claim as the linked-data statements return it (cypher/fragments/linkedDataClaim.cypher): its properties and what it is about. */
export interface ClaimRecord {
  props: Record<string, unknown>;
  /** The ids of the entities it is ABOUT. */
  about: string[];
}

/** Quads of the graph under one PUBLIC_BASE_URL. */
export class QuadMaker {
  private readonly rdfType = namedNode(RDF_TYPE);
  private readonly factClass;
  private readonly statementTerms;

  constructor(readonly base: string) {
    this.factClass = namedNode(expand(base, 'avx:Fact'));
    this.statementTerms = {
      subject: namedNode(`${NS.rdf}subject`),
      predicate: namedNode(`${NS.rdf}predicate`),
      object: namedNode(`${NS.rdf}object`),
      statement: namedNode(`${NS.rdf}Statement`),
    };
  }

  entity = (id: string) => namedNode(entityIri(this.base, id));
  term = (term: string) => namedNode(expand(this.base, term));
  private readonly entityIriOf = (id: string) => entityIri(this.base, id);

  private object(value: ObjectValue) {
    if ('iri' in value) return namedNode(value.iri);
    return literal(value.value, value.language ?? (value.datatype ? namedNode(value.datatype) : undefined));
  }

  /** The quads of `subject`'s properties, each by its mapping; properties that do not go out give none. */
  private propertyQuads(subject: ReturnType<typeof namedNode>, props: Record<string, unknown>): Quad[] {
    const quads: Quad[] = [];
    for (const name of Object.keys(props).sort()) {
      const mapping = propertyMapping(name);
      if (!mapping) continue;
      const predicate = this.term(mapping.predicate);
      for (const value of objectValues(name, props[name], this.entityIriOf)) quads.push(quad(subject, predicate, this.object(value)));
    }
    return quads;
  }

  /** An entity's classes (by label and kind) and properties. */
  entityQuads(id: string, label: string, props: Record<string, unknown>): Quad[] {
    const subject = this.entity(id);
    const types = classesOf(label, props.kind).map((c) => quad(subject, this.rdfType, this.term(c)));
    return [...types, ...this.propertyQuads(subject, props)];
  }

  /** What a description says of an entity it only mentions: its own class and its title or name. */
  neighbourQuads(id: string, label: string | null, name: unknown): Quad[] {
    const subject = this.entity(id);
    const quads: Quad[] = [];
    if (label)
      quads.push(
        ...classesOf(label, undefined)
          .slice(0, 1)
          .map((c) => quad(subject, this.rdfType, this.term(c))),
      );
    if (typeof name === 'string') quads.push(quad(subject, this.term('schema:name'), literal(name)));
    return quads;
  }

  /** The IRI of a fact: from its id, or (a relationship without one) the id the model would give it. */
  factIriOf(fact: FactRecord): string {
    const id = typeof fact.props.id === 'string' ? fact.props.id : relationshipId(fact.type, fact.from, fact.to);
    return factIri(this.base, id);
  }

  /** A fact's direct triple and its node: the statement, its qualifying values, its source and locator. */
  factQuads(fact: FactRecord): Quad[] {
    const [from, to] = [this.entity(fact.from), this.entity(fact.to)];
    const predicate = this.term(predicateOfType(fact.type));
    const node = namedNode(this.factIriOf(fact));
    const t = this.statementTerms;
    return [
      quad(from, predicate, to),
      quad(node, this.rdfType, t.statement),
      quad(node, this.rdfType, this.factClass),
      quad(node, t.subject, from),
      quad(node, t.predicate, predicate),
      quad(node, t.object, to),
      ...this.propertyQuads(node, fact.props),
    ];
  }

  /**
   * A claim: its classes, the fact it states (a relationship's fact node, or the entity whose figures it states),
   * the entities it is about, the predicates it states values of, whether it is preferred, and its properties by
   * the same mapping as a fact's (values, prov:wasDerivedFrom its Source, avx:locator, avx:asOf, ...).
   */
  claimQuads(claim: ClaimRecord): Quad[] {
    const { props } = claim;
    const subject = namedNode(claimIri(this.base, props.id as string));
    const factId = props.factId as string;
    const fact = factId.includes('|') ? factIri(this.base, factId) : entityIri(this.base, factId);
    const claimed = (props.claimed as string[] | undefined) ?? [];
    const values = Object.fromEntries(Object.entries(props).filter(([name]) => !CLAIM_LINKED_PROPERTIES.has(name)));
    return [
      ...CLAIM_CLASSES.map((c) => quad(subject, this.rdfType, this.term(c))),
      quad(subject, this.term(CLAIM_LINKS.claimOf), namedNode(fact)),
      ...claim.about.map((id) => quad(subject, this.term(CLAIM_LINKS.about), this.entity(id))),
      ...claimed.flatMap((name) => {
        const mapping = propertyMapping(name);
        return mapping ? [quad(subject, this.term(CLAIM_LINKS.claimedProperty), this.term(mapping.predicate))] : [];
      }),
      quad(subject, this.term(CLAIM_LINKS.preferred), literal(String(props.preferred === true), namedNode(XSD.boolean))),
      ...this.propertyQuads(subject, values),
    ];
  }

  /** A term of the own vocabulary: its class, label, definition and the wider terms it refines. */
  termQuads(term: OwnTerm): Quad[] {
    const subject = namedNode(vocabIri(this.base, term.name));
    const broader = term.kind === 'Class' ? 'rdfs:subClassOf' : 'rdfs:subPropertyOf';
    const kind = term.kind === 'Class' ? 'rdfs:Class' : 'rdf:Property';
    return [
      quad(subject, this.rdfType, this.term(kind)),
      quad(subject, this.term('rdfs:label'), literal(term.label, 'en')),
      quad(subject, this.term('rdfs:comment'), literal(term.definition, 'en')),
      quad(subject, this.term('rdfs:isDefinedBy'), namedNode(`${this.base}/vocab/`)),
      ...(term.broader ?? []).map((b) => quad(subject, this.term(broader), this.term(b))),
    ];
  }
}

/** Quads without repeats (two facts of one type between the same ends give one direct triple; a name's forms may agree). */
export function unique(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${q.subject.value} ${q.predicate.value} ${q.object.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
