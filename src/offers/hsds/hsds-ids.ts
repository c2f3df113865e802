/**
 * HSDS identifiers (`format: uuid`) for the hub's integer rows, stable and reversible without a
 * lookup table: a UUIDv8 (RFC 9562, "custom") whose bits are the hub's prefix, the HSDS object
 * type, a small part number and the row ID:
 *
 *   6875622d-TTTT-8PPP-aQQQ-RRRRRRRRRRRR
 *   prefix   type  part   row ID (48 bits)
 *
 * (`6875622d` is "hub-" in ASCII; the `8` is the version, the `a` the RFC variant.) Part numbers
 * tell apart the several objects one row yields (an offer's languages, its schedules). A name-based
 * UUIDv5 would need a table to map back; these IDs decode by parsing, so `/hsds/services/{id}` costs
 * no extra statement, and an export re-imported or compared later keeps the same IDs. They reveal
 * row IDs, like the GraphQL global IDs do; only the public catalogue is ever exported.
 */
export enum HsdsType {
  SERVICE = 0x0001,
  ORGANIZATION = 0x0002,
  LOCATION = 0x0003,
  SERVICE_AT_LOCATION = 0x0004,
  ADDRESS = 0x0005,
  SCHEDULE = 0x0006,
  LANGUAGE = 0x0007,
  COST_OPTION = 0x0008,
  TAXONOMY = 0x0009,
  TAXONOMY_TERM = 0x000a,
  ATTRIBUTE = 0x000b,
  SERVICE_CAPACITY = 0x000c,
  UNIT = 0x000d,
}

const PREFIX = '6875622d';
const MAX_ROW_ID = 2 ** 48 - 1;
const MAX_PART = 0xffffff;
const LAYOUT = /^6875622d-([0-9a-f]{4})-8([0-9a-f]{3})-a([0-9a-f]{3})-([0-9a-f]{12})$/;

const hex = (value: number, digits: number): string => value.toString(16).padStart(digits, '0');

export function hsdsId(type: HsdsType, rowId: number, part = 0): string {
  if (!Number.isSafeInteger(rowId) || rowId < 0 || rowId > MAX_ROW_ID) throw new RangeError(`row ID out of range: ${rowId}`);
  if (!Number.isInteger(part) || part < 0 || part > MAX_PART) throw new RangeError(`part out of range: ${part}`);
  const parts = hex(part, 6);
  return `${PREFIX}-${hex(type, 4)}-8${parts.slice(0, 3)}-a${parts.slice(3)}-${hex(rowId, 12)}`;
}

/** The row ID and part number of an HSDS ID of `type`; null for any other text. */
export function decodeHsdsId(id: string, type: HsdsType): { rowId: number; part: number } | null {
  const match = LAYOUT.exec(id.toLowerCase());
  if (!match || parseInt(match[1]!, 16) !== type) return null;
  const rowId = parseInt(match[4]!, 16);
  return rowId > 0 && rowId <= 2 ** 31 - 1 ? { rowId, part: parseInt(match[2]! + match[3]!, 16) } : null;
}

/** The row ID of an HSDS ID of `type` (hex digits in either case); null for any other text (another type or layout, a part number). */
export function rowIdOf(id: string, type: HsdsType): number | null {
  const match = LAYOUT.exec(id.toLowerCase());
  if (!match || parseInt(match[1]!, 16) !== type) return null;
  if (match[2] !== '000' || match[3] !== '000') return null;
  const rowId = parseInt(match[4]!, 16);
  return rowId > 0 && rowId <= 2 ** 31 - 1 ? rowId : null;
}
