import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import * as questionsData from '../../graph/questions';
import type { RequestContext } from '../context';
import { Entity, Node } from '../node';
import { Policy } from '../policy';
import { entityArg } from './args';
import { CitedFact, entity } from './citedFact';

@ObjectType({ simpleResolvers: true, implements: CitedFact, description: 'Something a policy enabled or funded (ENABLED_BY), and when the policy took effect.' })
export class PolicyEffect extends CitedFact {
  @Field(() => Policy, { description: 'The policy that enabled or funded.' })
  policy!: Entity;

  @Field(() => Node, { description: 'The work, studio, platform or policy it enabled or funded.' })
  enabled!: Entity;

  @Field(() => Int, { nullable: true, description: 'Year of the funding or enabling.' })
  year?: number;

  @Field(() => Float, { nullable: true, description: 'Amount in HK$.' })
  amountHKD?: number;

  @Field({ nullable: true, description: 'What the paper says of the funding or enabling.' })
  note?: string;

  @Field({ nullable: true, description: "The policy's effective date (ISO), where the paper gives one." })
  effectiveDate?: string;

  @Field(() => Int, { nullable: true, description: 'The year the policy took effect, where only the year is given.' })
  effectiveYear?: number;
}

/** Question 8: what policies funded or enabled. */
@Resolver()
export class PolicyEffectResolver {
  @Query(() => [PolicyEffect], {
    description: 'Question 8. What policies funded or enabled - works, studios, platforms, other policies - and when each '
      + 'policy took effect. Omit policyId for every policy.',
  })
  async policyEffects(
    @Ctx() ctx: RequestContext,
    @Arg('policyId', () => ID, { nullable: true, description: 'Only this policy, e.g. "policy:policy-address-2023".' }) policyId?: string,
  ): Promise<object[]> {
    if (policyId) await entityArg(ctx, 'policyId', policyId, 'Policy');
    const rows = await questionsData.policyEffects(ctx.store.graph, policyId ?? null);
    return rows.map((row) => ({
      ...row.fact,
      policy: entity('Policy', row.policy),
      enabled: entity(row.enabledLabel, row.enabled),
      effectiveDate: row.policy.effectiveDate,
      effectiveYear: row.policy.effectiveYear,
    }));
  }
}
