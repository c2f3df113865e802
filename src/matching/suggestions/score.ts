import { ageOn, entryDateOf } from '../eligibility/evaluate';
import { levelRank, type ClientFacts, type EligibilityDecision, type Level } from '../eligibility/rules';
import { PROGRAMME_AREAS } from './programme-areas';

/**
 * The suggestion score and the hard rules, pure: a person's profile, one candidate offer, the
 * weights and the day → the factors (each weight × value, with a German sentence) and the hard
 * rules that exclude it. The score is the sum of the contributions, in factor order.
 */

export type Factor = 'PLAN_GOAL' | 'LEVEL' | 'DISTANCE' | 'SCHEDULE' | 'CHILDCARE' | 'START' | 'SEATS' | 'LANGUAGES' | 'AUDIENCE' | 'COST';
export const FACTORS: readonly Factor[] = ['PLAN_GOAL', 'LEVEL', 'DISTANCE', 'SCHEDULE', 'CHILDCARE', 'START', 'SEATS', 'LANGUAGES', 'AUDIENCE', 'COST'];

export type Exclusion = 'NOT_ELIGIBLE' | 'OUTSIDE_AGE_RANGE' | 'STATUS_NOT_ADMITTED' | 'NOT_JOINABLE' | 'TOO_FAR' | 'NO_SEAT';

export interface Weights extends Record<Factor, number> {
  /** The travel distance used where the person gave none. */
  defaultMaxTravelKm: number;
  /** A start within this many days counts as soon (6 weeks: IntV § 7(4)). */
  soonDays: number;
}

export interface Slot {
  weekday: string;
  partOfDay: string;
}

export interface OpenGoal {
  id: number;
  area: string;
  targetLevel: Level | null;
}

export interface ClientProfile extends ClientFacts {
  languages: readonly string[];
  availability: readonly Slot[];
  maxTravelKm: number | null;
  childrenBirthYears: readonly number[];
  latinLiterate: boolean | null;
  /** 'FEMALE', 'MALE', 'DIVERSE', 'UNSPECIFIED'; null: not recorded. */
  gender: string | null;
  /** 'EMPLOYED', 'JOB_SEEKING', 'IN_TRAINING', 'IN_SCHOOL', 'NOT_AVAILABLE'; null: not recorded. */
  employment: string | null;
  /** Exempt from the Integrationskurs cost share (IntV § 9(2)); null: not known. */
  feeExempt: boolean | null;
  supportPlannedEnd: string;
  openGoals: readonly OpenGoal[];
}

export interface CandidateOffer {
  id: number;
  programme: string;
  format: string;
  startDate: string;
  endDate: string | null;
  rollingEntry: boolean;
  weekdays: readonly string[];
  timesOfDay: readonly string[];
  capacity: number | null;
  seatsTaken: number;
  waitlistLength: number;
  waitlistOpen: boolean;
  feeEuro: number | null;
  supportLanguages: readonly string[];
  audiences: readonly string[];
  childcare: boolean;
  entryLevelMin: Level | null;
  entryLevelMax: Level | null;
  targetLevel: Level | null;
  minAge: number | null;
  maxAge: number | null;
  admittedResidenceStatuses: readonly string[];
  /** Great-circle km from the person; null without a location. */
  distanceKm: number | null;
}

/** What the factors read of an offer: all but the distance, which the ranking passes beside it. */
type ScoredInput = Omit<CandidateOffer, 'distanceKm'>;

export interface FactorScore {
  factor: Factor;
  weight: number;
  value: number;
  contribution: number;
  explanation: string;
}

export interface ExclusionFound {
  code: Exclusion;
  message: string;
  /** The rule that excludes, for NOT_ELIGIBLE by a rule. */
  ruleId: number | null;
}

const DAY_MS = 86_400_000;
/** Day numbers of ISO dates, remembered: a ranking asks for the same few hundred dates across the catalogue. */
const dayNumbers = new Map<string, number>();
function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, (day = Date.parse(`${date}T00:00:00Z`) / DAY_MS));
  }
  return day;
}
const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));
const clamp = (value: number) => Math.min(1, Math.max(0, value));
/** Values to three decimals, so that explanations and sums stay readable. */
const round = (value: number) => Math.round(clamp(value) * 1000) / 1000;
const km = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 1 });
/** School starts at about six: younger children need childcare. */
const SCHOOL_AGE = 6;

/** The person's maximum travel distance, or the agency's default. */
export const maxTravelOf = (client: Pick<ClientProfile, 'maxTravelKm'>, weights: Pick<Weights, 'defaultMaxTravelKm'>) => client.maxTravelKm ?? weights.defaultMaxTravelKm;

/** One can still join: it starts on or after `asOf`, or runs with rolling entry and has not ended. */
export const joinable = (offer: Pick<CandidateOffer, 'startDate' | 'endDate' | 'rollingEntry'>, asOf: string) =>
  offer.startDate >= asOf || (offer.rollingEntry && (offer.endDate === null || offer.endDate >= asOf));

/** Every hard rule that excludes the offer for the person, each with its sentence. */
export function exclusions(client: ClientProfile, offer: CandidateOffer, decision: EligibilityDecision, weights: Weights, asOf: string, ruleExplanation: (ruleId: number) => string): ExclusionFound[] {
  const found: ExclusionFound[] = [];
  if (!decision.legallyEligible) {
    found.push(
      decision.rule
        ? { code: 'NOT_ELIGIBLE', ruleId: decision.rule.id, message: `Ausgeschlossen nach ${decision.rule.key} (${decision.rule.source}): ${ruleExplanation(decision.rule.id)}` }
        : { code: 'NOT_ELIGIBLE', ruleId: null, message: 'Keine geltende Regel öffnet dieses Programm für die Person.' },
    );
  }
  if (!decision.ageOk) found.push({ code: 'OUTSIDE_AGE_RANGE', ruleId: null, message: decision.reasons.find((reason) => reason.code === 'OUTSIDE_AGE_RANGE')!.message });
  if (!decision.statusOk) found.push({ code: 'STATUS_NOT_ADMITTED', ruleId: null, message: decision.reasons.find((reason) => reason.code === 'STATUS_NOT_ADMITTED')!.message });
  if (!joinable(offer, asOf)) {
    found.push({ code: 'NOT_JOINABLE', ruleId: null, message: offer.endDate !== null && offer.endDate < asOf ? 'Das Angebot ist beendet.' : 'Das Angebot hat begonnen und nimmt niemanden mehr auf.' });
  }
  const maxTravel = maxTravelOf(client, weights);
  if (offer.format === 'IN_PERSON' && offer.distanceKm !== null && offer.distanceKm > maxTravel) {
    found.push({ code: 'TOO_FAR', ruleId: null, message: `Das Angebot ist ${km(offer.distanceKm)} km entfernt, weiter als die ${maxTravel} km, die die Person fahren kann.` });
  }
  if (offer.capacity !== null && offer.seatsTaken >= offer.capacity && !offer.waitlistOpen) {
    found.push({ code: 'NO_SEAT', ruleId: null, message: 'Alle Plätze sind belegt, und die Warteliste ist geschlossen.' });
  }
  return found;
}

/*
 * Each factor is a value function (a number, no allocation: the ranking calls it for every
 * candidate of the catalogue) and an explanation that reads the value back as a sentence.
 */

function planGoalValue(client: ClientProfile, offer: Pick<ScoredInput, 'programme' | 'targetLevel'>): number {
  const areas = PROGRAMME_AREAS[offer.programme];
  if (areas === undefined) return 0;
  let best = 0;
  for (const goal of client.openGoals) {
    if (!areas.includes(goal.area)) continue;
    const value = goal.targetLevel === null ? 1 : offer.targetLevel === null ? 0.75 : levelRank(offer.targetLevel) >= levelRank(goal.targetLevel) ? 1 : 0.5;
    if (value > best) best = value;
  }
  return best;
}

function planGoal(value: number): string {
  if (value === 0) return 'Das Angebot dient keinem offenen Ziel des Integrationsplans.';
  if (value === 1) return 'Das Angebot dient einem offenen Ziel des Integrationsplans und erreicht dessen Zielniveau.';
  if (value === 0.75) return 'Das Angebot dient einem offenen Ziel des Integrationsplans, nennt aber kein Zielniveau.';
  return 'Das Angebot dient einem offenen Ziel des Integrationsplans, endet aber unter dessen Zielniveau.';
}

/** Steps between the person's level and the offer's entry range: negative below it, positive above it. */
function levelOffset(client: ClientProfile, offer: ScoredInput): number {
  const rank = levelRank(client.germanLevel);
  const min = offer.entryLevelMin === null ? -1 : levelRank(offer.entryLevelMin);
  const max = offer.entryLevelMax === null ? 99 : levelRank(offer.entryLevelMax);
  return rank < min ? rank - min : rank > max ? rank - max : 0;
}

const levelValue = (client: ClientProfile, offer: ScoredInput): number => 1 - 0.5 * Math.abs(levelOffset(client, offer));

function level(client: ClientProfile, offer: CandidateOffer): string {
  const offset = levelOffset(client, offer);
  const off = Math.abs(offset);
  const known = client.germanLevel === null ? 'ohne nachgewiesene Deutschkenntnisse' : `mit Deutsch ${client.germanLevel}`;
  if (off === 0) return `Die Person passt ${known} in das Einstiegsniveau des Angebots.`;
  return `Die Person liegt ${known} ${off} Stufe${off > 1 ? 'n' : ''} ${offset < 0 ? 'unter' : 'über'} dem Einstiegsniveau des Angebots.`;
}

function distanceValue(client: ClientProfile, offer: Pick<CandidateOffer, 'format'>, distanceKm: number | null, weights: Weights): number {
  if (offer.format === 'ONLINE' || distanceKm === null) return 1;
  const maxTravel = maxTravelOf(client, weights);
  return maxTravel === 0 ? (distanceKm === 0 ? 1 : 0) : 1 - distanceKm / maxTravel;
}

function distance(client: ClientProfile, offer: CandidateOffer, weights: Weights): string {
  if (offer.format === 'ONLINE' || offer.distanceKm === null) return 'Das Angebot findet online statt oder ohne festen Ort; der Weg spielt keine Rolle.';
  const whose = client.maxTravelKm === null ? 'der üblichen Strecke' : 'der Strecke, die die Person fahren kann,';
  return `Das Angebot ist ${km(offer.distanceKm)} km entfernt, bei höchstens ${maxTravelOf(client, weights)} km ${whose}.`.replace(' ,', ',');
}

/** How many of the offer's meeting times (weekday × part of day) fall in the person's free times. */
function fittingSlots(client: ClientProfile, offer: ScoredInput): number {
  let fits = 0;
  for (const weekday of offer.weekdays) {
    for (const partOfDay of offer.timesOfDay) {
      if (client.availability.some((free) => free.weekday === weekday && free.partOfDay === partOfDay)) fits++;
    }
  }
  return fits;
}

function scheduleValue(client: ClientProfile, offer: ScoredInput): number {
  const slots = offer.weekdays.length * offer.timesOfDay.length;
  if (slots === 0) return 1;
  if (client.availability.length === 0) return 0.5;
  return fittingSlots(client, offer) / slots;
}

function schedule(client: ClientProfile, offer: CandidateOffer): string {
  const slots = offer.weekdays.length * offer.timesOfDay.length;
  if (slots === 0) return 'Das Angebot hat keine festen Termine.';
  if (client.availability.length === 0) return 'Wann die Person Zeit hat, ist nicht erfasst.';
  return `${fittingSlots(client, offer)} von ${slots} Terminen des Angebots liegen in Zeiten, in denen die Person Zeit hat.`;
}

function needsChildcare(client: ClientProfile, entryDate: string): boolean {
  const year = Number(entryDate.slice(0, 4));
  return client.childrenBirthYears.some((born) => year - born < SCHOOL_AGE);
}

const childcareValue = (client: ClientProfile, offer: ScoredInput, entryDate: string): number => (offer.childcare || !needsChildcare(client, entryDate) ? 1 : 0);

function childcare(client: ClientProfile, offer: CandidateOffer, entryDate: string): string {
  if (!needsChildcare(client, entryDate)) return 'Die Person braucht keine Kinderbetreuung.';
  return offer.childcare
    ? 'Die Person hat Kinder unter dem Schulalter, und das Angebot bietet Kinderbetreuung.'
    : 'Die Person hat Kinder unter dem Schulalter, aber das Angebot bietet keine Kinderbetreuung.';
}

function startValue(client: ClientProfile, offer: ScoredInput, weights: Weights, asOf: string, entry: string): number {
  if (!joinable(offer, asOf)) return 0;
  if (entry > client.supportPlannedEnd) return 0;
  if (offer.startDate < asOf) return 1;
  const days = daysBetween(asOf, entry);
  if (days <= weights.soonDays) return 1;
  const window = daysBetween(asOf, client.supportPlannedEnd) - weights.soonDays;
  return window <= 0 ? 0 : 1 - (days - weights.soonDays) / window;
}

function start(client: ClientProfile, offer: CandidateOffer, weights: Weights, asOf: string, entry: string): string {
  if (!joinable(offer, asOf)) return 'Man kann nicht mehr einsteigen.';
  if (entry > client.supportPlannedEnd) return 'Das Angebot beginnt erst nach dem geplanten Ende der Begleitung.';
  if (offer.startDate < asOf) return 'Das Angebot läuft schon, ein Einstieg ist laufend möglich.';
  const days = daysBetween(asOf, entry);
  if (days <= weights.soonDays) return `Das Angebot beginnt in ${days} Tagen.`;
  return `Das Angebot beginnt erst in ${days} Tagen, vor dem geplanten Ende der Begleitung.`;
}

function seatsValue(offer: ScoredInput): number {
  if (offer.capacity === null || offer.capacity - offer.seatsTaken > 0) return 1;
  return offer.waitlistOpen ? 0.3 / (1 + offer.waitlistLength / 10) : 0;
}

function seats(offer: CandidateOffer): string {
  if (offer.capacity === null) return 'Das Angebot hat offene Kapazität.';
  const free = offer.capacity - offer.seatsTaken;
  if (free > 0) return `Es ${free === 1 ? 'ist 1 Platz' : `sind ${free} Plätze`} frei.`;
  if (offer.waitlistOpen) return `Alle Plätze sind belegt; auf der offenen Warteliste stehen ${offer.waitlistLength}.`;
  return 'Alle Plätze sind belegt, und die Warteliste ist geschlossen.';
}

function languagesValue(client: ClientProfile, offer: Pick<ScoredInput, 'supportLanguages'>): number {
  if (offer.supportLanguages.length === 0) return 0.5;
  return offer.supportLanguages.some((language) => client.languages.includes(language)) ? 1 : 0;
}

function languages(client: ClientProfile, offer: CandidateOffer): string {
  if (offer.supportLanguages.length === 0) return 'Das Angebot nennt keine Unterstützungssprachen.';
  const shared = offer.supportLanguages.filter((language) => client.languages.includes(language));
  return shared.length > 0 ? `Das Angebot unterstützt in einer Sprache der Person (${shared.join(', ')}).` : 'Das Angebot unterstützt in keiner Sprache der Person.';
}

/** 1 when the recorded fact says yes, 0 when it says no, 0.5 when it is not recorded. */
const known = (value: string | null, yes: string, unknown: readonly string[] = []): number => (value === null || unknown.includes(value) ? 0.5 : value === yes ? 1 : 0);

function audienceFit(client: ClientProfile, audience: string, age: number): number {
  switch (audience) {
    case 'PARENTS':
    case 'FAMILIES':
      return client.childrenBirthYears.length > 0 ? 1 : 0;
    case 'YOUTH':
      return age <= 20 ? 1 : 0;
    case 'YOUNG_ADULTS':
      return age <= 26 ? 1 : 0;
    case 'CHILDREN':
      return age < 15 ? 1 : 0;
    case 'NON_LITERATE':
      return client.latinLiterate === false ? 1 : client.latinLiterate === true ? 0 : 0.5;
    case 'WOMEN':
      // Whether a women's offer takes a person registered as diverse or without an entry is the provider's call.
      return known(client.gender, 'FEMALE', ['DIVERSE', 'UNSPECIFIED']);
    case 'EMPLOYED':
      return known(client.employment, 'EMPLOYED');
    case 'JOB_SEEKERS':
      return known(client.employment, 'JOB_SEEKING');
    case 'TRAINEES':
      return known(client.employment, 'IN_TRAINING');
    default:
      // ACADEMICS: the record holds no degree yet.
      return 0.5;
  }
}

function audienceValue(client: ClientProfile, offer: ScoredInput, entryDate: string): number {
  if (offer.audiences.length === 0) return 1;
  const age = ageOn(client.birthDate, entryDate);
  let best = 0;
  for (const audience of offer.audiences) best = Math.max(best, audienceFit(client, audience, age));
  return best;
}

function audience(offer: CandidateOffer, value: number): string {
  if (offer.audiences.length === 0) return 'Das Angebot ist für alle.';
  if (value === 1) return 'Die Person gehört zu einer Zielgruppe des Angebots.';
  if (value === 0.5) return 'Ob die Person zur Zielgruppe des Angebots gehört, ist nicht erfasst.';
  return 'Die Person gehört zu keiner Zielgruppe des Angebots.';
}

type CostCase = 'FREE' | 'INTEGRATION_EXEMPT' | 'INTEGRATION_PAYS' | 'INTEGRATION_UNKNOWN' | 'JOB_TRAINEE' | 'JOB_BENEFITS' | 'JOB_UNKNOWN' | 'OTHER';

function costCase(client: ClientProfile, offer: ScoredInput): CostCase {
  if (offer.feeEuro === null || offer.feeEuro === 0) return 'FREE';
  if (offer.programme.startsWith('INTEGRATIONSKURS_')) {
    // IntV § 9(2): exempt on application (SGB II, SGB XII, AsylbLG, ALG I, low income).
    return client.feeExempt === true ? 'INTEGRATION_EXEMPT' : client.feeExempt === false ? 'INTEGRATION_PAYS' : 'INTEGRATION_UNKNOWN';
  }
  if (offer.programme.startsWith('BERUFSSPRACHKURS_')) {
    // DeuFöV § 4(4): trainees never pay; only the employed above the income limit do, never people on benefits.
    return client.employment === 'IN_TRAINING' ? 'JOB_TRAINEE' : client.feeExempt === true ? 'JOB_BENEFITS' : 'JOB_UNKNOWN';
  }
  return 'OTHER';
}

const COST_VALUE: Record<CostCase, number> = { FREE: 1, INTEGRATION_EXEMPT: 1, INTEGRATION_PAYS: 0, INTEGRATION_UNKNOWN: 0.5, JOB_TRAINEE: 1, JOB_BENEFITS: 1, JOB_UNKNOWN: 0.5, OTHER: 0.5 };

function cost(offer: CandidateOffer, found: CostCase): string {
  if (found === 'FREE') return 'Das Angebot ist kostenlos.';
  const fee = `Das Angebot kostet ${offer.feeEuro!.toLocaleString('de-DE')} €`;
  switch (found) {
    case 'INTEGRATION_EXEMPT':
      return `${fee}; die Person ist vom Kostenbeitrag befreit (§ 9 Abs. 2 IntV).`;
    case 'INTEGRATION_PAYS':
      return `${fee}; die Person ist nicht vom Kostenbeitrag befreit.`;
    case 'INTEGRATION_UNKNOWN':
      return `${fee}; ob die Person vom Kostenbeitrag befreit ist, ist nicht erfasst.`;
    case 'JOB_TRAINEE':
      return `${fee}; Auszubildende zahlen keinen Kostenbeitrag (§ 4 Abs. 4 DeuFöV).`;
    case 'JOB_BENEFITS':
      return `${fee}; die Person bezieht Leistungen und zahlt keinen Kostenbeitrag (§ 4 Abs. 4 DeuFöV).`;
    case 'JOB_UNKNOWN':
      return `${fee}; ob die Person einen Kostenbeitrag zahlt, hängt vom Einkommen ab und ist nicht erfasst.`;
    default:
      return `${fee}; ob die Kosten übernommen werden, ist nicht erfasst.`;
  }
}

/** Every factor's raw value (before rounding), in FACTORS order, into `into`. */
function factorValues(client: ClientProfile, offer: ScoredInput, distanceKm: number | null, weights: Weights, asOf: string, entryDate: string, into: number[]): void {
  into[0] = planGoalValue(client, offer);
  into[1] = levelValue(client, offer);
  into[2] = distanceValue(client, offer, distanceKm, weights);
  into[3] = scheduleValue(client, offer);
  into[4] = childcareValue(client, offer, entryDate);
  into[5] = startValue(client, offer, weights, asOf, entryDate);
  into[6] = seatsValue(offer);
  into[7] = languagesValue(client, offer);
  into[8] = audienceValue(client, offer, entryDate);
  into[9] = COST_VALUE[costCase(client, offer)];
}

const weightVectors = new WeakMap<Weights, number[]>();
/** The weights in FACTORS order (read by index in the ranking's loop). */
function weightVectorOf(weights: Weights): number[] {
  let vector = weightVectors.get(weights);
  if (!vector) weightVectors.set(weights, (vector = FACTORS.map((factor) => weights[factor])));
  return vector;
}

/** What a group of offers shares, as PersonScorer.groupBound reads it (null: its offers differ in it). */
export interface OfferGroupTraits extends Pick<ScoredInput, 'programme' | 'targetLevel'> {
  noLanguages?: boolean | null;
  full?: boolean | null;
}

/** The year of an ISO date, as Number(date.slice(0, 4)) but without a new string. */
const yearOf = (date: string) => (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);

/** The inner map of `memo` for `first` (made when missing). */
function innerOf<A, B>(memo: Map<A, Map<B, number>>, first: A): Map<B, number> {
  let inner = memo.get(first);
  if (!inner) memo.set(first, (inner = new Map()));
  return inner;
}

/**
 * One person's score over many offers, without explanations: what depends on the person alone is
 * worked out once, and the values of the plan goal, level, schedule and language factors are
 * remembered by the offer attributes they read (the catalogue index keeps one copy of each list,
 * so offers share them). The values come from the same functions as scoreFactors', rounded and
 * summed in the same order, so `value` equals scoreOf(scoreFactors(…)) to the last bit.
 */
export class PersonScorer {
  private readonly w: number[];
  private readonly total: number;
  /** The youngest child's birth year: childcare is needed while it is below school age. */
  private readonly youngestBorn: number;
  private readonly goalFits = new Map<string, Map<Level | null, number>>();
  private readonly levelFits = new Map<Level | null, Map<Level | null, number>>();
  private readonly scheduleFits = new Map<readonly string[], Map<readonly string[], number>>();
  private readonly languageFits = new Map<readonly string[], number>();
  private readonly values: number[] = new Array(FACTORS.length).fill(0);

  constructor(
    private readonly client: ClientProfile,
    private readonly weights: Weights,
    private readonly asOf: string,
  ) {
    this.w = weightVectorOf(weights);
    this.total = this.w.reduce((sum, weight) => sum + weight, 0);
    this.youngestBorn = client.childrenBirthYears.reduce((youngest, born) => Math.max(youngest, born), -Infinity);
  }

  /** The offer's score (scoreOf(scoreFactors(…)), to the last bit). */
  value(offer: ScoredInput, distanceKm: number | null): number {
    const { client, weights, asOf, values, w } = this;
    const entryDate = entryDateOf(offer, asOf);
    values[0] = this.planGoal(offer);
    values[1] = this.level(offer);
    values[2] = distanceValue(client, offer, distanceKm, weights);
    values[3] = this.schedule(offer);
    values[4] = this.childcare(offer, entryDate);
    values[5] = startValue(client, offer, weights, asOf, entryDate);
    values[6] = seatsValue(offer);
    values[7] = this.languages(offer);
    values[8] = audienceValue(client, offer, entryDate);
    values[9] = COST_VALUE[costCase(client, offer)];
    let sum = 0;
    for (let i = 0; i < w.length; i++) sum += w[i] * round(values[i]);
    return sum;
  }

  /**
   * `value`, or -Infinity when the offer cannot score `atLeast`: the cheap factors first (plan
   * goal, level, distance, childcare, seats), every other at its most (weights are never negative).
   */
  valueAtLeast(offer: ScoredInput, distanceKm: number | null, atLeast: number): number {
    if (atLeast !== -Infinity) {
      const { client, w } = this;
      const bound =
        w[0] * round(this.planGoal(offer)) + w[1] * round(this.level(offer)) + w[2] * round(distanceValue(client, offer, distanceKm, this.weights)) + w[3] + w[4] * round(this.childcare(offer, entryDateOf(offer, this.asOf))) + w[5] +
        w[6] * round(seatsValue(offer)) + w[7] + w[8] + w[9];
      // The bound sums in another order than the score: a little room for rounding.
      if (bound + 1e-9 < atLeast) return -Infinity;
    }
    return this.value(offer, distanceKm);
  }

  /**
   * The most any offer of `group`'s programme and target level can score when it lies at least
   * `nearestKm` away (null: anywhere): its plan-goal fit exactly (it follows from these two), its
   * distance at the nearest, every other factor at its most. The ranking skips whole groups by it.
   */
  groupBound(group: OfferGroupTraits, nearestKm: number | null): number {
    const { w } = this;
    let bound = this.total - w[0] * (1 - round(this.planGoal(group)));
    if (nearestKm !== null) bound -= w[2] * (1 - round(distanceValue(this.client, { format: 'IN_PERSON' }, nearestKm, this.weights)));
    // languagesValue of an offer naming no language; seatsValue of a full one is at most the waitlist's 0.3.
    if (group.noLanguages === true) bound -= w[7] * (1 - round(languagesValue(this.client, { supportLanguages: [] })));
    if (group.full === true) bound -= w[6] * (1 - round(0.3));
    return bound;
  }

  // Remembered values, looked up without a closure per call (the ranking's loop makes many).
  private planGoal(offer: Pick<ScoredInput, 'programme' | 'targetLevel'>): number {
    const inner = innerOf(this.goalFits, offer.programme);
    let value = inner.get(offer.targetLevel);
    if (value === undefined) inner.set(offer.targetLevel, (value = planGoalValue(this.client, offer)));
    return value;
  }

  private level(offer: ScoredInput): number {
    const inner = innerOf(this.levelFits, offer.entryLevelMin);
    let value = inner.get(offer.entryLevelMax);
    if (value === undefined) inner.set(offer.entryLevelMax, (value = levelValue(this.client, offer)));
    return value;
  }

  private schedule(offer: ScoredInput): number {
    const inner = innerOf(this.scheduleFits, offer.weekdays);
    let value = inner.get(offer.timesOfDay);
    if (value === undefined) inner.set(offer.timesOfDay, (value = scheduleValue(this.client, offer)));
    return value;
  }

  private languages(offer: ScoredInput): number {
    let value = this.languageFits.get(offer.supportLanguages);
    if (value === undefined) this.languageFits.set(offer.supportLanguages, (value = languagesValue(this.client, offer)));
    return value;
  }

  /** childcareValue, with the person's children read once. */
  private childcare(offer: ScoredInput, entryDate: string): number {
    return offer.childcare || !(yearOf(entryDate) - this.youngestBorn < SCHOOL_AGE) ? 1 : 0;
  }
}

/** The offer's score for the person without its explanations (PersonScorer, for one offer). */
export function scoreValue(client: ClientProfile, offer: ScoredInput, distanceKm: number | null, weights: Weights, asOf: string): number {
  return new PersonScorer(client, weights, asOf).value(offer, distanceKm);
}

/** The factors of the offer's score for the person, in FACTORS order. */
export function scoreFactors(client: ClientProfile, offer: CandidateOffer, weights: Weights, asOf: string): FactorScore[] {
  const entryDate = entryDateOf(offer, asOf);
  const raw: number[] = new Array(FACTORS.length);
  factorValues(client, offer, offer.distanceKm, weights, asOf, entryDate, raw);
  const explanations: Record<Factor, (value: number) => string> = {
    PLAN_GOAL: (value) => planGoal(value),
    LEVEL: () => level(client, offer),
    DISTANCE: () => distance(client, offer, weights),
    SCHEDULE: () => schedule(client, offer),
    CHILDCARE: () => childcare(client, offer, entryDate),
    START: () => start(client, offer, weights, asOf, entryDate),
    SEATS: () => seats(offer),
    LANGUAGES: () => languages(client, offer),
    AUDIENCE: (value) => audience(offer, value),
    COST: () => cost(offer, costCase(client, offer)),
  };
  return FACTORS.map((factor, i) => {
    const value = round(raw[i]);
    const weight = weights[factor];
    return { factor, weight, value, contribution: weight * value, explanation: explanations[factor](raw[i]) };
  });
}

/** The score: exactly the sum of the contributions, in factor order. */
export const scoreOf = (factors: readonly FactorScore[]): number => factors.reduce((sum, factor) => sum + factor.contribution, 0);
