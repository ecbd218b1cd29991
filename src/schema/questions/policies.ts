import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import { nameField } from '../../model';
import type { RequestContext } from '../context';
import { Entity, Node } from '../node';
import { Policy } from '../policy';
import { entityArg } from './args';
import { CitedFact, entity } from './citedFact';
import { policyYear } from './coProductions';
import { rowsFromSources, sourcesArgOptions } from '../sources';

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'Something a policy enabled or funded (ENABLED_BY), and when the policy took effect.',
})
export class PolicyEffect extends CitedFact {
  @Field(() => Policy, { description: 'The policy that enabled or funded.' })
  policy!: Entity;

  @Field(() => Node, { description: 'The work, studio, platform or policy it enabled or funded.' })
  enabled!: Entity;

  @Field({ description: "The enabled entity's name (a work's title), so that no fragment per type is needed." })
  enabledName!: string;

  @Field(() => Int, { nullable: true, description: 'Year of the funding or enabling.' })
  year?: number;

  @Field(() => Float, { nullable: true, description: 'Amount in HK$.' })
  amountHKD?: number;

  @Field({ nullable: true, description: 'What the paper says of the funding or enabling.' })
  note?: string;

  @Field({ nullable: true, description: "The policy's effective date (ISO), where the paper gives one." })
  effectiveDate?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The year the policy took effect: the year the paper gives, or the year of its effective date.',
  })
  effectiveYear?: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: CitedFact,
  description: 'A policy, when it took effect and everything it enabled or funded.',
})
export class PolicyRecord extends CitedFact {
  @Field(() => Policy, { description: 'The policy.' })
  policy!: Entity;

  @Field({ description: "The policy's name." })
  name!: string;

  @Field({ nullable: true, description: 'The day it took effect (ISO), where the paper gives one.' })
  effectiveDate?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The year it took effect: the year the paper gives, or the year of its effective date.',
  })
  effectiveYear?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The year it was announced, where the paper gives that instead (e.g. the Arts Revitalization Scheme, 2024).',
  })
  announcedYear?: number;

  @Field(() => Int, { nullable: true, description: 'The year it was set up (e.g. the Film Development Fund, 1999).' })
  establishedYear?: number;

  @Field(() => [PolicyEffect], { description: 'What it enabled or funded, by type and id; empty when the graph holds nothing it enabled.' })
  enabled!: object[];
}

/** An ENABLED_BY fact as the API shows it. */
function policyEffect(
  policy: questionsData.Props,
  effect: { fact: questionsData.Props; enabledLabel: string; enabled: questionsData.Props },
): object {
  return {
    ...effect.fact,
    policy: entity('Policy', policy),
    enabled: entity(effect.enabledLabel, effect.enabled),
    enabledName: effect.enabled[nameField(effect.enabledLabel)],
    effectiveDate: policy.effectiveDate,
    effectiveYear: policyYear(policy),
  };
}

/** Question 8: what policies funded or enabled, and when each took effect. */
@Resolver()
export class PolicyEffectResolver {
  @Query(() => [PolicyEffect], {
    description:
      'What policies funded or enabled - works, studios, platforms, other policies - one row per fact. ' +
      'Omit policyId for every policy. `policyRecords` answers question 8 with every policy, those that enabled nothing included.',
  })
  async policyEffects(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { nullable: true, description: 'Only this policy, e.g. "policy:policy-address-2023".' }) policyId?: string,
    @Arg('sources', () => [ID], sourcesArgOptions) sources?: string[],
  ): Promise<object[]> {
    if (policyId) await entityArg(ctx, 'policyId', policyId, 'Policy');
    const rows = await questionsData.policyEffects(ctx.store.graph, policyId ?? null);
    return (await rowsFromSources(ctx, sources, rows)).map((row) => policyEffect(row.policy, row));
  }

  @Query(() => [PolicyRecord], {
    description:
      'Question 8. Every policy (or one), when it took effect (date and year; else the year announced or ' +
      'established), earliest first and undated ones last, each with what it enabled or funded by name.',
  })
  async policyRecords(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { nullable: true, description: 'Only this policy, e.g. "policy:cepa-2020-amendment".' }) policyId?: string,
    @Arg('sources', () => [ID], {
      ...sourcesArgOptions,
      description: `${sourcesArgOptions.description} Every policy stays; what it enabled is as the sources state it.`,
    })
    sources?: string[],
  ): Promise<PolicyRecord[]> {
    if (policyId) await entityArg(ctx, 'policyId', policyId, 'Policy');
    const held = await questionsData.policiesWithEffects(ctx.store.graph, policyId ?? null);
    // The effects of every policy answered at once (one statement), then put back with their policies.
    const effects = await rowsFromSources(
      ctx,
      sources,
      held.flatMap((row) => row.effects),
    );
    const rows = sources
      ? held.map((row) => ({ ...row, effects: effects.filter((e) => row.effects.some((h) => h.fact.id === e.fact.id)) }))
      : held;
    return rows.map((row) => ({
      policy: entity('Policy', row.policy),
      name: row.policy.name as string,
      effectiveDate: row.policy.effectiveDate as string | undefined,
      effectiveYear: policyYear(row.policy),
      announcedYear: row.policy.announcedYear as number | undefined,
      establishedYear: row.policy.establishedYear as number | undefined,
      locator: row.citation?.locator,
      source: row.citation?.source,
      enabled: row.effects.map((e) => policyEffect(row.policy, e)),
    }));
  }
}
