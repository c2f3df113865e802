import type { StartWindow } from '../eligibility/windows';
import type { CandidateFilter } from './candidate-sql';
import { distanceKm, nearestInBoxKm, type CellBox, type OfferGroup } from './catalogue-index';
import { joinable, PersonScorer, type ClientProfile, type Weights } from './score';

/** What ranking one person needs: the profile, the weights, the day and the filter (with the legal windows). */
export interface RankingSearch {
  profile: ClientProfile;
  weights: Weights;
  asOf: string;
  filter: CandidateFilter;
}

/** An offer's place in the in-memory ranking. */
export interface RankedOffer {
  id: number;
  score: number;
  /** The score is the database's to the last bit: no distance entered it (online, or no location). */
  exact: boolean;
}

/** In-person offers this little beyond the travel distance stay in: JavaScript's and PostgreSQL's distances may differ in the last bits, and SQL decides. */
const REACH_SLACK_KM = 1e-6;

/** A page's last suggestion (its exact score), and how far an in-memory score that used a distance may lie from the exact one. */
export interface Cursor {
  score: number;
  id: number;
  slack: number;
}

/** An exact score follows the cursor by score, then ID; one that used a distance may, within the slack. */
const mayFollow = (after: Cursor, id: number, score: number, exact: boolean) =>
  exact ? score < after.score || (score === after.score && id > after.id) : score <= after.score + after.slack;

/** The ranking: offers best first (then by ID); every offer left out scores below `floor`. */
export interface Ranking {
  ranked: RankedOffer[];
  /** -Infinity when no offer that passes was left out. */
  floor: number;
}

/**
 * The offers of the catalogue index that pass the hard rules and the filter, scored without
 * explanations, best first (then by ID); with `after`, only those that may come after it (see Cursor).
 * Only the best `keep` and those within `margin` of the last of them are sure to be in: an offer
 * whose cheap factors already keep it below them is left out unscored (see `floor`), and so is a
 * whole group whose bound (PersonScorer.groupBound) does; groups are read best bound first, so
 * that the floor rises early.
 * The hard rules are the candidate statement's (candidate-sql.ts) read in memory; where a
 * computed distance decides, the ranking keeps the offer and the database read afterwards decides.
 */
export function rankInMemory(search: RankingSearch, groups: readonly OfferGroup[], after: Cursor | null, keep = Infinity, margin = 0): Ranking {
  const { profile, weights, asOf, filter } = search;
  const windows = windowsByProgramme(filter.windows);
  const families = filter.families === null ? null : new Set(filter.families);
  const offerIds = filter.offerIds === null ? null : new Set(filter.offerIds);
  const programmes = filter.programmes == null ? null : new Set(filter.programmes);
  const { latitude, longitude } = filter.origin;
  const reach = filter.maxTravelKm + REACH_SLACK_KM;
  const [birthYear, birthMonthDay] = yearAndMonthDay(profile.birthDate);
  const [asOfYear, asOfMonthDay] = yearAndMonthDay(asOf);
  const scorer = new PersonScorer(profile, weights, asOf);
  const bounded: Array<{ group: OfferGroup; bound: number; open: readonly StartWindow[] | true }> = [];
  // A cell's groups share its box.
  const nearestIn = new Map<CellBox, number>();
  for (const group of groups) {
    const open = windows === null ? true : windows.get(group.programme);
    if (open === undefined || (programmes !== null && !programmes.has(group.programme))) continue;
    let nearest = group.box === null ? null : nearestIn.get(group.box);
    if (nearest === undefined) nearestIn.set(group.box!, (nearest = nearestInBoxKm(latitude, longitude, group.box!)));
    if (nearest !== null && nearest > reach) continue;
    bounded.push({ group, bound: scorer.groupBound(group, nearest), open });
  }
  bounded.sort((a, b) => b.bound - a.bound);
  const ranked: RankedOffer[] = [];
  // The best `keep` scores so far, highest first; `floor` trails the last of them by `margin`.
  const best: number[] = [];
  let floor = -Infinity;
  for (const { group, bound, open } of bounded) {
    // The bound sums in another order than the score: a little room for rounding. Later groups bound no higher.
    if (bound + 1e-9 < floor) break;
    for (const offer of group.offers) {
      if (open !== true && !startsWithin(open, offer.startDate)) continue;
      if (families !== null && !families.has(offer.family)) continue;
      if (offerIds !== null && !offerIds.has(offer.id)) continue;
      if (!joinable(offer, asOf)) continue;
      const full = offer.capacity !== null && offer.capacity <= offer.seatsTaken;
      if (full && (!offer.waitlistOpen || filter.onlyWithFreeSeats)) continue;
      if (offer.admittedResidenceStatuses.length > 0 && (profile.residenceStatus === null || !offer.admittedResidenceStatuses.includes(profile.residenceStatus))) continue;
      if (offer.minAge !== null || offer.maxAge !== null) {
        // ageOn(birthDate, entryDateOf(offer, asOf)), without parsing dates.
        const later = offer.startDate > asOf;
        const age = (later ? offer.startYear : asOfYear) - birthYear - ((later ? offer.startMonthDay : asOfMonthDay) < birthMonthDay ? 1 : 0);
        if ((offer.minAge !== null && age < offer.minAge) || (offer.maxAge !== null && age > offer.maxAge)) continue;
      }
      const distance = offer.latitude === null || offer.longitude === null ? null : distanceKm(latitude, longitude, offer.latitude, offer.longitude);
      if (offer.format === 'IN_PERSON' && distance !== null && distance > reach) continue;
      const score = scorer.valueAtLeast(offer, distance, floor);
      const exact = distance === null || offer.format === 'ONLINE';
      if (score < floor || (after !== null && !mayFollow(after, offer.id, score, exact))) continue;
      ranked.push({ id: offer.id, score, exact });
      if (keep !== Infinity && (best.length < keep || score > best[keep - 1])) {
        let at = best.length < keep ? best.length : keep - 1;
        while (at > 0 && best[at - 1] < score) {
          best[at] = best[at - 1];
          at--;
        }
        best[at] = score;
        if (best.length === keep) floor = best[keep - 1] - margin;
      }
    }
  }
  return { ranked: ranked.sort((a, b) => b.score - a.score || a.id - b.id), floor };
}

/** The windows by programme; `true` for a programme open on every start date. */
function windowsByProgramme(windows: readonly StartWindow[] | null): Map<string, StartWindow[] | true> | null {
  if (windows === null) return null;
  const byProgramme = new Map<string, StartWindow[] | true>();
  for (const window of windows) {
    const list = byProgramme.get(window.programme);
    if (list === true) continue;
    if (window.from === null && window.until === null) byProgramme.set(window.programme, true);
    else if (list) list.push(window);
    else byProgramme.set(window.programme, [window]);
  }
  return byProgramme;
}

function startsWithin(windows: readonly StartWindow[], startDate: string): boolean {
  for (const window of windows) if ((window.from === null || startDate >= window.from) && (window.until === null || startDate < window.until)) return true;
  return false;
}

const yearAndMonthDay = (date: string): [number, number] => [Number(date.slice(0, 4)), Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))];
