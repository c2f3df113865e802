import { encodeCursor as encode } from '../core/relay/connection';
import { AppError } from '../core/errors';

/** A suggestion's cursor: its score and offer ID, the keys of the order. */
export function encodeCursor(score: number, offerId: number): string {
  return encode([score, offerId]);
}

export function decodeCursorValues(cursor: string, argument: string): { score: number; offerId: number } {
  try {
    const values: unknown = cursor.length <= 200 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
    if (Array.isArray(values) && values.length === 2 && values.every((value) => typeof value === 'number' && Number.isFinite(value))) {
      return { score: values[0] as number, offerId: values[1] as number };
    }
  } catch {
    // fall through to the typed error
  }
  throw new AppError('INVALID_CURSOR', `"${argument}" is not a valid cursor.`, { argument });
}
