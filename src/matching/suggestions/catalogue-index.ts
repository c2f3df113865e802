import type { EntityManager } from '@mikro-orm/postgresql';
import { codeArrayOf } from '../../core/database/sql';
import type { CandidateRow } from './candidate-sql';
import type { Level } from '../eligibility/rules';
import type { CandidateOffer } from './score';

/**
 * The published catalogue as the ranking reads it, held in the process: what a suggestion needs of
 * every published offer (its hard rules and its score's inputs, with the location's coordinates).
 * Ranking one person then scans memory instead of the database, and reads from the database only
 * the rows it returns (suggestion.service.ts fetches and scores them afresh).
 *
 * Fresh on every use: each read first rereads the rows written since its last read. Rows carry the
 * transaction that wrote them (`changed_tx`, set by a trigger on every insert and update), and a
 * read remembers the oldest transaction still running when it ran (its snapshot's xmin). Every row
 * written by an earlier transaction was committed, and so seen, by then; rereading from that xmin
 * catches the rest, whatever order transactions commit in. Reads run outside the request's
 * transaction, so a request's uncommitted writes never enter the shared index.
 */

/** One published offer without the person: a candidate offer but for its distance, plus its place. */
export interface IndexedOffer extends Omit<CandidateOffer, 'distanceKm'> {
  family: string;
  latitude: number | null;
  longitude: number | null;
  /** The start date's year and month × 100 + day, for ages on entry without parsing dates. */
  startYear: number;
  startMonthDay: number;
}

/** Grid cells of a tenth of a degree (about 11 × 7 km here): in-person offers are looked up by the cells around a person. */
const CELL_DEGREES = 0.1;
const cellOf = (latitude: number, longitude: number) => (Math.floor(latitude / CELL_DEGREES) + 900) * 4000 + (Math.floor(longitude / CELL_DEGREES) + 1800);

/** A cell's extent in degrees, a little widened: an offer on its edge may have been filed on either side. */
export interface CellBox {
  south: number;
  north: number;
  west: number;
  east: number;
}

const EDGE_DEGREES = 1e-9;
function boxOf(cell: number): CellBox {
  const row = Math.floor(cell / 4000) - 900;
  const column = (cell % 4000) - 1800;
  return { south: row * CELL_DEGREES - EDGE_DEGREES, north: (row + 1) * CELL_DEGREES + EDGE_DEGREES, west: column * CELL_DEGREES - EDGE_DEGREES, east: (column + 1) * CELL_DEGREES + EDGE_DEGREES };
}

/**
 * The offers of one programme and target level, in one grid cell or reachable from anywhere. The
 * ranking bounds a whole group's scores by what its offers share (the plan-goal fit follows from
 * programme and target level, the distance from the cell) before it reads any of them. The many
 * offers reachable from anywhere are split further, by what caps their score whoever asks: no
 * language of support named, no free seat.
 */
export interface OfferGroup {
  programme: string;
  targetLevel: Level | null;
  /** The cell of in-person offers; null for offers reachable from anywhere. */
  box: CellBox | null;
  /** Reachable from anywhere: whether its offers name no language of support, and have no free seat (null in a cell: either). */
  noLanguages: boolean | null;
  full: boolean | null;
  offers: Set<IndexedOffer>;
}

/** A place's groups, by their key. */
type Groups = Map<string, OfferGroup>;
/** Whether an offer is found by place (in person, at a location) or is everyone's to reach (online, hybrid, no location). */
const byPlace = (offer: IndexedOffer) => offer.format === 'IN_PERSON' && offer.latitude !== null && offer.longitude !== null;
const isFull = (offer: IndexedOffer) => offer.capacity !== null && offer.capacity <= offer.seatsTaken;
function groupKey(offer: IndexedOffer): string {
  const key = `${offer.programme}\u0000${offer.targetLevel ?? ''}`;
  return byPlace(offer) ? key : `${key}\u0000${offer.supportLanguages.length === 0 ? 1 : 0}${isFull(offer) ? 1 : 0}`;
}

/** An offer's row as the index reads it: a candidate row without the person's distance, with its place and status. */
interface OfferRow extends Omit<CandidateRow, 'id' | 'distance_km' | 'family' | 'candidate'> {
  xmin: string;
  /** CHANGES only. */
  rule_set_in_force?: number | null;
  id: number | null;
  published: boolean;
  family: string;
  latitude: number | null;
  longitude: number | null;
}

const COLUMNS = `o.id, o.status = 'PUBLISHED' as published, o.family::text as family, o.programme::text as programme, o.format::text as format,
  o.start_date::text as start_date, o.end_date::text as end_date, o.rolling_entry, o.weekdays, o.times_of_day, o.capacity,
  o.seats_taken + o.seats_referred as seats_taken, o.waitlist_length, o.waitlist_open, o.fee_euro, o.support_languages, o.audiences, o.childcare,
  o.entry_level_min::text as entry_level_min, o.entry_level_max::text as entry_level_max, o.target_level::text as target_level,
  o.min_age, o.max_age, o.admitted_residence_statuses, l.latitude, l.longitude`;

/** The published offers after an ID, a batch by ID, and the snapshot's xmin. */
const LOAD = `select pg_snapshot_xmin(pg_current_snapshot())::text as xmin, ${COLUMNS}
  from offer o left join location l on l.id = o.location_id where o.status = 'PUBLISHED' and o.id > ? order by o.id limit ?`;
/** The first read loads the catalogue in batches of this many, so that it never holds every row twice. */
const LOAD_BATCH = 5000;

/**
 * The offers written, or whose location was written, by transactions from `?` on, published or
 * not (an offer that left the catalogue leaves the index), and the snapshot's xmin; one row with
 * only the xmin when there are none.
 */
const CHANGES = `select s.xmin::text as xmin, s.rule_set_in_force, c.* from (
    select pg_snapshot_xmin(pg_current_snapshot()) as xmin, (select id from eligibility_rule_set where version > 0 order by version desc limit 1) as rule_set_in_force) s
  left join lateral (
    select ${COLUMNS} from offer o left join location l on l.id = o.location_id where o.changed_tx >= ?::xid8
    union
    select ${COLUMNS} from location l join offer o on o.location_id = l.id where l.changed_tx >= ?::xid8
  ) c on true`;

export class CatalogueIndex {
  private readonly offers = new Map<number, IndexedOffer>();
  /** In-person offers at a location, by grid cell. */
  private readonly cells = new Map<number, Groups>();
  /** Every other offer: reachable from anywhere. */
  private readonly remote: Groups = new Map();
  /** Many offers share their lists (weekdays, languages, statuses…): one frozen copy of each. */
  private readonly lists = new Map<string, readonly string[]>();
  private readonly texts = new Map<string, string>();
  /** One box per cell, shared by its groups (the ranking measures each box once). */
  private readonly boxes = new Map<number, CellBox>();
  /**
   * The ID of the newest published rule set at the last read (rules are public and only ever
   * added): the suggestions take their rules by it, without a statement of their own.
   */
  ruleSetInForce: number | null = null;
  /** The xmin of the last read; null before the first. */
  private cursor: string | null = null;
  private reading: { started: number; done: Promise<void> } | null = null;

  /** The published offers, reread up to every transaction committed before this call. */
  async published(em: EntityManager): Promise<Iterable<IndexedOffer>> {
    await this.catchUp(em);
    return this.offers.values();
  }

  /** Rereads what was committed since the last read, before this call. */
  async catchUp(em: EntityManager): Promise<void> {
    const asked = performance.now();
    // A read that began after this call sees what this call must see; an earlier one may not.
    while (this.reading !== null && this.reading.started < asked) await this.reading.done.catch(() => undefined);
    if (this.reading === null) {
      const done = this.read(em).finally(() => {
        this.reading = null;
      });
      this.reading = { started: performance.now(), done };
    }
    await this.reading?.done;
  }

  /** Drops an offer the database no longer holds as published (the next read would too). */
  forget(offerId: number): void {
    const offer = this.offers.get(offerId);
    if (offer === undefined) return;
    this.offers.delete(offerId);
    this.groupOf(offer)?.offers.delete(offer);
  }

  /**
   * The published offers of `programmes` (null: all) a person at (`latitude`, `longitude`) may
   * reach, as groups: every offer not tied to a place, and the in-person ones in the grid cells
   * within `km` (a superset: the caller measures). Call after `catchUp`, which brings the index up to date.
   */
  reachableFrom(latitude: number, longitude: number, km: number, programmes: ReadonlySet<string> | null): OfferGroup[] {
    const found: OfferGroup[] = [];
    const take = (groups: Groups) => {
      for (const group of groups.values()) if (group.offers.size > 0 && (programmes === null || programmes.has(group.programme))) found.push(group);
    };
    take(this.remote);
    // Degrees of latitude are at least 110.5 km long, of longitude at least 111.3 km × cos(latitude); widened by a tenth.
    const dLat = (km / 110.5) * 1.1;
    const dLon = (km / (111.3 * Math.max(0.01, Math.cos(((Math.abs(latitude) + dLat) * Math.PI) / 180)))) * 1.1;
    const [rowFrom, rowTo] = [Math.floor((latitude - dLat) / CELL_DEGREES), Math.floor((latitude + dLat) / CELL_DEGREES)];
    const [columnFrom, columnTo] = [Math.floor((longitude - dLon) / CELL_DEGREES), Math.floor((longitude + dLon) / CELL_DEGREES)];
    for (let row = rowFrom; row <= rowTo; row++) {
      for (let column = columnFrom; column <= columnTo; column++) {
        const cell = this.cells.get((row + 900) * 4000 + (column + 1800));
        if (cell) take(cell);
      }
    }
    return found;
  }

  /**
   * The groups of the named published offers, each holding only those of them (of `programmes`;
   * null: all): what reachableFrom would give a ranking restricted to them, without the rest of
   * the region. The caller measures distances as it does for reachableFrom.
   */
  groupsHolding(offerIds: readonly number[], programmes: ReadonlySet<string> | null): OfferGroup[] {
    const found = new Map<OfferGroup, OfferGroup>();
    for (const id of offerIds) {
      const offer = this.offers.get(id);
      if (offer === undefined) continue;
      const group = this.groupOf(offer);
      if (group === undefined || (programmes !== null && !programmes.has(group.programme))) continue;
      let holding = found.get(group);
      if (!holding) found.set(group, (holding = { ...group, offers: new Set() }));
      holding.offers.add(offer);
    }
    return [...found.values()];
  }

  /** The group that holds an indexed offer. */
  private groupOf(offer: IndexedOffer): OfferGroup | undefined {
    return (byPlace(offer) ? this.cells.get(cellOf(offer.latitude!, offer.longitude!)) : this.remote)?.get(groupKey(offer));
  }

  private put(offer: IndexedOffer): void {
    this.forget(offer.id);
    this.offers.set(offer.id, offer);
    const cell = byPlace(offer) ? cellOf(offer.latitude!, offer.longitude!) : null;
    let groups = cell === null ? this.remote : this.cells.get(cell);
    if (!groups) this.cells.set(cell!, (groups = new Map()));
    const key = groupKey(offer);
    let group = groups.get(key);
    if (!group) {
      const anywhere = cell === null;
      group = { programme: offer.programme, targetLevel: offer.targetLevel, box: anywhere ? null : this.boxOf(cell), noLanguages: anywhere ? offer.supportLanguages.length === 0 : null, full: anywhere ? isFull(offer) : null, offers: new Set() };
      groups.set(key, group);
    }
    group.offers.add(offer);
  }
  private boxOf(cell: number): CellBox {
    let box = this.boxes.get(cell);
    if (!box) this.boxes.set(cell, (box = boxOf(cell)));
    return box;
  }

  private async read(em: EntityManager): Promise<void> {
    // The connection, not the request's transaction: only committed rows enter the index.
    const connection = em.getConnection();
    if (this.cursor === null) {
      // The first batch's xmin: whatever changed while the later batches were read is reread next time.
      let cursor: string | null = null;
      for (let after = 0; ; ) {
        const rows = await connection.execute<OfferRow[]>(LOAD, [after, LOAD_BATCH], 'all');
        cursor ??= rows[0]?.xmin ?? null;
        for (const row of rows) this.put(this.offerOf(row));
        if (rows.length < LOAD_BATCH) break;
        after = rows.at(-1)!.id!;
      }
      this.cursor = cursor ?? (await connection.execute<Array<{ xmin: string }>>('select pg_snapshot_xmin(pg_current_snapshot())::text as xmin', [], 'all'))[0].xmin;
      // On to what changed meanwhile, which also tells the rule set's version.
    }
    const rows = await connection.execute<OfferRow[]>(CHANGES, [this.cursor, this.cursor], 'all');
    for (const row of rows) {
      if (row.id === null) continue;
      if (row.published) this.put(this.offerOf(row));
      else this.forget(row.id);
    }
    this.cursor = rows[0].xmin;
    this.ruleSetInForce = rows[0].rule_set_in_force ?? null;
  }

  /** Repeated strings (programmes, dates, levels) kept once. */
  private text<T extends string | null>(value: T): T {
    if (value === null) return value;
    let shared = this.texts.get(value);
    if (shared === undefined) this.texts.set(value, (shared = value));
    return shared as T;
  }

  private list(value: unknown): readonly string[] {
    const items = codeArrayOf(value);
    const key = items.join('\u0000');
    let shared = this.lists.get(key);
    if (!shared) this.lists.set(key, (shared = Object.freeze(items)));
    return shared;
  }

  private offerOf(row: OfferRow): IndexedOffer {
    return {
      id: row.id!,
      family: this.text(row.family),
      programme: this.text(row.programme),
      format: this.text(row.format),
      startDate: this.text(row.start_date),
      endDate: this.text(row.end_date),
      rollingEntry: row.rolling_entry,
      weekdays: this.list(row.weekdays),
      timesOfDay: this.list(row.times_of_day),
      capacity: row.capacity,
      seatsTaken: row.seats_taken,
      waitlistLength: row.waitlist_length,
      waitlistOpen: row.waitlist_open,
      feeEuro: row.fee_euro,
      supportLanguages: this.list(row.support_languages),
      audiences: this.list(row.audiences),
      childcare: row.childcare,
      entryLevelMin: this.text(row.entry_level_min),
      entryLevelMax: this.text(row.entry_level_max),
      targetLevel: this.text(row.target_level),
      minAge: row.min_age,
      maxAge: row.max_age,
      admittedResidenceStatuses: this.list(row.admitted_residence_statuses),
      latitude: row.latitude,
      longitude: row.longitude,
      startYear: Number(row.start_date.slice(0, 4)),
      startMonthDay: Number(row.start_date.slice(5, 7)) * 100 + Number(row.start_date.slice(8, 10)),
    };
  }
}

/** One index per database connection (a process serves one database; tests open many). */
const indexes = new WeakMap<object, CatalogueIndex>();

export function catalogueIndexOf(em: EntityManager): CatalogueIndex {
  const key = em.getConnection();
  let index = indexes.get(key);
  if (!index) indexes.set(key, (index = new CatalogueIndex()));
  return index;
}

const RADIANS = Math.PI / 180;

/** Great-circle km as hub_distance_km computes it (the same formula; the last bits may differ from PostgreSQL's libm). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * No point of `box` lies nearer to (`latitude`, `longitude`) than this, in km by distanceKm: the
 * haversine term of each coordinate grows with its difference, so the nearest differences and the
 * smallest cosine in the box bound it from below.
 */
export function nearestInBoxKm(latitude: number, longitude: number, box: CellBox): number {
  const dLat = latitude < box.south ? box.south - latitude : latitude > box.north ? latitude - box.north : 0;
  const apart = longitude < box.west ? box.west - longitude : longitude > box.east ? longitude - box.east : 0;
  // Across the antimeridian the other way round is shorter: no bound from longitude there.
  const dLon = apart > 90 ? 0 : apart;
  const cosine = Math.min(Math.cos(box.south * RADIANS), Math.cos(box.north * RADIANS));
  const a = Math.sin((dLat * RADIANS) / 2) ** 2 + Math.cos(latitude * RADIANS) * Math.max(0, cosine) * Math.sin((dLon * RADIANS) / 2) ** 2;
  // Less a hair for rounding: a bound, never more than the distance itself.
  return Math.max(0, 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a))) - 1e-6);
}
