import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { AppError } from '../errors';

/**
 * The one check behind `@Authorized(...)`, which lists the roles of people and the API-key scopes
 * of systems allowed to use an operation. No credentials is UNAUTHENTICATED; credentials without
 * one of them is FORBIDDEN. Services check again for anything reached by ID.
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, allowed) => {
  const { viewer } = context;
  if (viewer.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to use this operation.');
  const held: readonly string[] = viewer.kind === 'user' ? viewer.roles : viewer.scopes;
  if (allowed.some((entry) => held.includes(entry))) return true;
  throw new AppError('FORBIDDEN', 'You may not use this operation.');
};
