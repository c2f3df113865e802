import { AppError } from '../errors';

/**
 * Opaque Relay IDs: base64url("Type:primaryKey"). Clients must treat them as opaque;
 * the encoding only needs to be stable and reversible on the server.
 */
export function toGlobalId(type: string, id: number): string {
  const prefix = prefixOf(type);
  if (!prefix) return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
  let encoded = prefix.known.get(id);
  if (encoded === undefined) {
    // A page encodes thousands: the type's whole 3-byte groups are encoded once, the rest here.
    encoded = prefix.encoded + base64url(prefix.rest + id);
    remember(prefix.known, id, encoded);
  }
  return encoded;
}

/**
 * IDs encoded lately, kept per type: a caseload page hands out about 4,400 (3,400 distinct), mostly
 * the same ones again on the next page view, and encoding each anew was a tenth of the page's
 * GraphQL time and a megabyte of its garbage. At most this many in all (about 100 bytes each, 2 MB);
 * when full, every type's are dropped and kept anew.
 */
const MAX_KNOWN_IDS = 20_000;
let knownIds = 0;

function remember(known: Map<number, string>, id: number, encoded: string): void {
  if (knownIds >= MAX_KNOWN_IDS) {
    for (const prefix of prefixes.values()) prefix.known.clear();
    knownIds = 0;
  }
  known.set(id, encoded);
  knownIds += 1;
}

/** The character codes of base64url's alphabet, by 6-bit value. */
const BASE64URL = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', (char) => char.charCodeAt(0));
/**
 * Per type name (the entity classes: a few dozen): `Type:` split where its base64 stops depending
 * on what follows, and the type's IDs encoded lately.
 */
const prefixes = new Map<string, { encoded: string; rest: string; known: Map<number, string> }>();

/** Undefined for a name that is not printable ASCII (never an entity's), which is encoded whole. */
function prefixOf(type: string): { encoded: string; rest: string; known: Map<number, string> } | undefined {
  let prefix = prefixes.get(type);
  if (!prefix && prefixes.size < 1_000 && /^[\x20-\x7e]*$/.test(type)) {
    const text = `${type}:`;
    const whole = text.length - (text.length % 3);
    prefix = { encoded: Buffer.from(text.slice(0, whole), 'utf8').toString('base64url'), rest: text.slice(whole), known: new Map() };
    prefixes.set(type, prefix);
  }
  return prefix;
}

/**
 * base64url without padding of an ASCII string. The codes are collected and made a string at once:
 * a page encodes thousands, and a string per character pair was most of what they allocated.
 */
function base64url(text: string): string {
  const codes: number[] = [];
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const bits = (text.charCodeAt(i) << 16) | (text.charCodeAt(i + 1) << 8) | text.charCodeAt(i + 2);
    codes.push(BASE64URL[bits >> 18], BASE64URL[(bits >> 12) & 63], BASE64URL[(bits >> 6) & 63], BASE64URL[bits & 63]);
  }
  const left = text.length - i;
  if (left > 0) {
    const bits = (text.charCodeAt(i) << 16) | (left === 2 ? text.charCodeAt(i + 1) << 8 : 0);
    codes.push(BASE64URL[bits >> 18], BASE64URL[(bits >> 12) & 63]);
    if (left === 2) codes.push(BASE64URL[(bits >> 6) & 63]);
  }
  return String.fromCharCode(...codes);
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
