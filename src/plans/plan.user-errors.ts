import { Field, ObjectType } from 'type-graphql';
import { assertUnreachable } from '../core/errors';
import { describeEnum } from '../core/graphql/described-enum';
import { DisplayableError, inputPath, toUserError } from '../core/graphql/user-error';
import type { Problem, Result } from '../core/result';
import type { PlanChange } from './plan.service';
import type { PlanErrorCode } from './plan.errors';
import { MAX_GOALS_PER_PLAN, MAX_MEASURES_PER_GOAL, MAX_MEASURES_PER_PLAN, MAX_REVIEWS_PER_PLAN } from './plan-limits';

export enum PlanErrorCodeEnum {
  INVALID = 'INVALID',
  NOT_FOUND = 'NOT_FOUND',
}
describeEnum(PlanErrorCodeEnum, 'PlanErrorCode', 'Why a change of the Integrationsplan was refused; no new version was made.', {
  INVALID:
    `A value is missing, malformed or out of range, or a list is full: a plan holds at most ${MAX_GOALS_PER_PLAN} goals, ` +
    `${MAX_MEASURES_PER_PLAN} measures (${MAX_MEASURES_PER_GOAL} per goal) and ${MAX_REVIEWS_PER_PLAN} reviews.`,
  NOT_FOUND: 'The client, goal or measure is not in your caseload, or the offer is not published.',
});

@ObjectType({ implements: DisplayableError, simpleResolvers: true, description: 'A problem with the input of a plan mutation. The mutation changed nothing.' })
export class PlanUserError extends DisplayableError {
  @Field(() => PlanErrorCodeEnum, { description: 'What is wrong, for programs.' })
  code!: PlanErrorCodeEnum;
}

/** The one mapping of the plans' problem codes to their GraphQL enum. */
export function planErrorCode(code: PlanErrorCode): PlanErrorCodeEnum {
  switch (code) {
    case 'INVALID':
      return PlanErrorCodeEnum.INVALID;
    case 'NOT_FOUND':
      return PlanErrorCodeEnum.NOT_FOUND;
    default:
      return assertUnreachable(code);
  }
}

/** A command's problems as `userErrors`, with domain fields as paths under the mutation's `input`. */
export function planUserErrors(problems: readonly Problem<PlanErrorCode>[]): PlanUserError[] {
  return problems.map((found) => toUserError(found, inputPath(['input']), planErrorCode));
}

/** A plan command's result as the parts of its payload: the new version and item, or the problems. */
export function planPayload<T>(result: Result<PlanChange<T>, PlanErrorCode>): { plan: PlanChange<T>['plan'] | null; item: T | null; userErrors: PlanUserError[] } {
  return result.ok ? { ...result.value, userErrors: [] } : { plan: null, item: null, userErrors: planUserErrors(result.problems) };
}
