import type { KeyRing } from '../src/core/crypto/key-ring';
import { buildConsents, buildNotes } from './caseload/case-records';
import { buildClient, type Encrypt } from './caseload/client-factory';
import { addClientFacts } from './caseload/client-facts';
import { buildPlan } from './caseload/plan-factory';
import { AREA_TEXTS } from './caseload/plan-texts';
import type { CaseNoteRow, ClientCourseRow, ClientRow, ConsentRow, HubUserRow, PlanArea, PlanGoalRow, PlanMeasureRow, PlanReviewRow, PlanRow } from './caseload/rows';
import { buildStaff } from './caseload/staff';
import { type CaseloadWorld, IdSequences, type WorldAgency, type WorldOffer } from './caseload/world';
import { DEFAULT_REFERENCE_DATE, DEFAULT_SEED } from './catalogue-generator';
import { Random, WeightedTable } from './random';

export type { CaseloadWorld } from './caseload/world';
export type { Encrypt } from './caseload/client-factory';

export interface CaseloadOptions {
  managersPerAgency: number;
  clientsPerManager: number;
  seed?: number;
  /** The caseload's "today", ISO date: support started within the two years before it. */
  referenceDate?: string;
  /** Encrypts special categories: `encryptWith(ring)` (`v1:<key id>:…`), or a stand-in in tests. */
  encrypt: Encrypt;
}

/** Rows for a run of clients, with everything that hangs off them; insert tables in this order. */
export interface CaseloadBatch {
  users: HubUserRow[];
  clients: ClientRow[];
  plans: PlanRow[];
  goals: PlanGoalRow[];
  measures: PlanMeasureRow[];
  reviews: PlanReviewRow[];
  notes: CaseNoteRow[];
  consents: ConsentRow[];
  courses: ClientCourseRow[];
}

/**
 * Deterministic caseloads for the agencies of a world: the same world and options give the same
 * rows, whatever the batch size (only the ciphertexts differ, their nonces are random). Agency by
 * agency its staff, then manager by manager their clients, each with plan, notes and consents.
 * Batches stream, so 150,000 clients never sit in memory at once.
 */
export class CaseloadGenerator {
  /** Clients the batches will hold; agencies covering no municipality get staff but no clients. */
  readonly totalClients: number;
  private readonly seed: number;
  private readonly reference: string;

  constructor(private readonly world: CaseloadWorld, private readonly options: CaseloadOptions) {
    for (const key of ['managersPerAgency', 'clientsPerManager'] as const) {
      if (!Number.isInteger(options[key]) || options[key] < 0) throw new Error(`${key} must be a non-negative integer`);
    }
    this.seed = options.seed ?? DEFAULT_SEED;
    this.reference = options.referenceDate ?? DEFAULT_REFERENCE_DATE;
    const placed = world.agencies.filter((agency) => agency.municipalities.length > 0).length;
    this.totalClients = placed * options.managersPerAgency * options.clientsPerManager;
  }

  *batches(size = 1000): Generator<CaseloadBatch> {
    const random = new Random(this.seed);
    // The matching's facts and households draw from a stream of their own (see client-facts.ts).
    const facts = new Random(this.seed ^ FACTS_STREAM);
    const ids = new IdSequences(this.world.nextIds);
    let nextHousehold = this.world.nextHousehold;
    const { encrypt } = this.options;
    let batch = emptyBatch();
    for (const agency of this.world.agencies) {
      const staff = buildStaff(random, agency, this.options.managersPerAgency, ids);
      batch.users.push(...staff.all);
      if (agency.municipalities.length === 0) continue;
      const places = new WeightedTable(agency.municipalities, (place) => Math.max(1, place.population));
      const offersByArea = offersPerArea(agency);
      const offersById = new Map(agency.offers.map((offer) => [offer.id, offer]));
      for (const manager of staff.managers) {
        const managerId = manager.id;
        let previous: ClientRow | null = null;
        for (let index = 0; index < this.options.clientsPerManager; index += 1) {
          const client = buildClient(random, { id: ids.take('client'), agencyId: agency.id, managerId, places, reference: this.reference, encrypt });
          batch.courses.push(...addClientFacts(facts, client, { nextCourseId: () => ids.take('client_course'), managerId, reference: this.reference }));
          // Now and then the next case is a member of the previous one's household: same name, same place, same manager.
          if (previous !== null && facts.chance(HOUSEHOLD_SHARE)) {
            previous.householdId ??= nextHousehold++;
            Object.assign(client.row, {
              householdId: previous.householdId,
              familyName: previous.familyName,
              municipalityId: previous.municipalityId,
              street: previous.street,
              postalCode: previous.postalCode,
              latitude: previous.latitude,
              longitude: previous.longitude,
              locationPrecision: previous.locationPrecision,
            });
          }
          previous = client.row;
          const plan = buildPlan(random, client, { ids, managerId, offersByArea });
          const records = { ids, managerId, offersById, encrypt };
          batch.clients.push(client.row);
          batch.plans.push(plan.plan);
          batch.goals.push(...plan.goals);
          batch.measures.push(...plan.measures);
          batch.reviews.push(...plan.reviews);
          batch.notes.push(...buildNotes(random, client, records));
          batch.consents.push(...buildConsents(random, client, plan.measures, records));
          if (batch.clients.length >= size) {
            yield batch;
            batch = emptyBatch();
          }
        }
      }
    }
    if (batch.users.length > 0 || batch.clients.length > 0) yield batch;
  }
}

/** Everything in one batch; convenient for tests and small sizes. */
export function generateCaseloads(world: CaseloadWorld, options: CaseloadOptions): CaseloadBatch {
  const all = emptyBatch();
  for (const batch of new CaseloadGenerator(world, options).batches()) {
    for (const key of Object.keys(all) as Array<keyof CaseloadBatch>) (all[key] as unknown[]).push(...batch[key]);
  }
  return all;
}

function emptyBatch(): CaseloadBatch {
  return { users: [], clients: [], plans: [], goals: [], measures: [], reviews: [], notes: [], consents: [], courses: [] };
}

/** Mixed into the seed for the facts' own random stream. */
const FACTS_STREAM = 0x5eed_fac7;
/** About this share of cases belong to the household of the case before them. */
const HOUSEHOLD_SHARE = 0.15;

/** Encryption under `ring`, as the ORM that reads the rows back decrypts them (see EncryptedText). */
export function encryptWith(ring: KeyRing): Encrypt {
  return (plaintext, context) => ring.encrypt(plaintext, context);
}

/** The agency's offers that fit a goal of each area, by programme. */
function offersPerArea(agency: WorldAgency): Map<PlanArea, WorldOffer[]> {
  const result = new Map<PlanArea, WorldOffer[]>();
  for (const [area, texts] of Object.entries(AREA_TEXTS) as Array<[PlanArea, (typeof AREA_TEXTS)[PlanArea]]>) {
    const programmes = new Set(texts.programmes);
    result.set(area, agency.offers.filter((offer) => programmes.has(offer.programme)));
  }
  return result;
}
