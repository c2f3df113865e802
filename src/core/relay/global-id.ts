import { AppError } from '../errors';

/**
 * Opaque Relay IDs: base64url("Type:primaryKey"). Clients must treat them as opaque;
 * the encoding only needs to be stable and reversible on the server.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  id: number;
}

const DECODED_SHAPE = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/;

/** Decodes a global ID or throws a BAD_USER_INPUT error naming the argument. */
export function fromGlobalId(globalId: string, argument = 'id'): DecodedGlobalId {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = DECODED_SHAPE.exec(decoded);
  const id = match ? Number(match[2]) : NaN;
  if (!match || !Number.isSafeInteger(id) || id > 2_147_483_647) {
    throw new AppError('INVALID_ID', `"${argument}" is not a valid ID.`, { argument });
  }
  return { type: match[1], id };
}

/** Decodes a global ID that must name the given type. */
export function fromGlobalIdOf(type: string, globalId: string, argument = 'id'): number {
  const decoded = fromGlobalId(globalId, argument);
  if (decoded.type !== type) {
    throw new AppError('INVALID_ID', `"${argument}" is not the ID of ${withArticle(type)}.`, { argument });
  }
  return decoded.id;
}

/**
 * "an Offer", "an ApiKey", "a User", "a PlanGoal": by the sound the type name starts with, so a
 * vowel letter that sounds like "you" (User, Unit) takes "a".
 */
export function withArticle(type: string): string {
  return `${/^[aeiou]/i.test(type) && !/^u(s|ni|ti|ri|bi)/i.test(type) ? 'an' : 'a'} ${type}`;
}
