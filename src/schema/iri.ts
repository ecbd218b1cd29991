import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { claimIri, entityIri, factIri } from '../model';
import { Claim } from './claims';
import type { RequestContext } from './context';
import { Fact, FactValue } from './fact';
import { Entity, Node } from './node';

/** Every entity's, fact's and claim's IRI (docs/linked-data.md), made by the model's one formula from its id. */
@Resolver(() => Node)
export class NodeIriResolver {
  @FieldResolver(() => String, {
    description: "The entity's stable IRI, `{PUBLIC_BASE_URL}/id/{type}/{slug}`: it answers as HTML, JSON-LD, Turtle or N-Triples.",
  })
  iri(@Root() node: Entity, @Ctx() ctx: RequestContext): string {
    return entityIri(ctx.publicBase(), node.id);
  }
}

@Resolver(() => Fact)
export class FactIriResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The fact's stable IRI, `{PUBLIC_BASE_URL}/id/fact/{TYPE}/{from}/{to}[/{key}]`, made from its relationship id; null for a relationship without one.",
  })
  iri(@Root() fact: FactValue, @Ctx() ctx: RequestContext): string | null {
    const id = fact.id ?? fact.properties?.id;
    return typeof id === 'string' ? factIri(ctx.publicBase(), id) : null;
  }
}

@Resolver(() => Claim)
export class ClaimIriResolver {
  @FieldResolver(() => String, {
    description:
      "The claim's stable IRI, `{PUBLIC_BASE_URL}/id/claim/{digest}`, made from its id: it answers as HTML, JSON-LD, Turtle or N-Triples.",
  })
  iri(@Root() claim: Claim, @Ctx() ctx: RequestContext): string {
    return claimIri(ctx.publicBase(), claim.id);
  }
}
