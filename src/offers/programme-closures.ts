import type { EntityManager } from '@mikro-orm/postgresql';
import type { Programme } from './offer.enums';

/** A programme that no course may start in from `from` to `until` (inclusive; null: open-ended), and the rule that says so. */
export interface ProgrammeClosure {
  programme: Programme;
  from: string | null;
  until: string | null;
  rule: string;
  source: string;
}

/**
 * Where the closures come from: the eligibility rules, which the matching module owns (it
 * imports offers, so offers cannot import it). The matching module's descriptor provides the
 * source when it is loaded; without it no programme is closed.
 */
export type ProgrammeClosureSource = (em: EntityManager) => Promise<readonly ProgrammeClosure[]>;

let source: ProgrammeClosureSource | null = null;

/** Called by a module descriptor when it is loaded. */
export function provideProgrammeClosures(provided: ProgrammeClosureSource): void {
  source = provided;
}

export async function programmeClosures(em: EntityManager): Promise<readonly ProgrammeClosure[]> {
  return source ? source(em) : [];
}

/** The closure that forbids a course of `programme` starting on `startDate`, if any. */
export function closureOf(closures: readonly ProgrammeClosure[], programme: Programme, startDate: string): ProgrammeClosure | null {
  return closures.find((c) => c.programme === programme && (c.from === null || c.from <= startDate) && (c.until === null || startDate <= c.until)) ?? null;
}
