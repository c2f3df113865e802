import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import type { Role } from './viewer';

/**
 * The one check behind `@Authorized(...roles)`: no credentials is UNAUTHENTICATED, credentials
 * without one of the roles is FORBIDDEN. Services check again for anything reached by ID.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const { viewer } = context;
  if (viewer.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'Sign in to use this operation.');
  if (viewer.kind === 'user' && (roles.length === 0 || roles.some((role) => viewer.roles.includes(role)))) return true;
  throw new AppError('FORBIDDEN', 'You may not use this operation.');
};
