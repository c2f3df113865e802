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
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
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

function planGoal(client: ClientProfile, offer: CandidateOffer): [number, string] {
  const areas = PROGRAMME_AREAS[offer.programme] ?? [];
  const goals = client.openGoals.filter((goal) => areas.includes(goal.area));
  if (goals.length === 0) return [0, 'Das Angebot dient keinem offenen Ziel des Integrationsplans.'];
  let best = 0;
  for (const goal of goals) {
    const value = goal.targetLevel === null ? 1 : offer.targetLevel === null ? 0.75 : levelRank(offer.targetLevel) >= levelRank(goal.targetLevel) ? 1 : 0.5;
    best = Math.max(best, value);
  }
  if (best === 1) return [1, 'Das Angebot dient einem offenen Ziel des Integrationsplans und erreicht dessen Zielniveau.'];
  if (best === 0.75) return [0.75, 'Das Angebot dient einem offenen Ziel des Integrationsplans, nennt aber kein Zielniveau.'];
  return [0.5, 'Das Angebot dient einem offenen Ziel des Integrationsplans, endet aber unter dessen Zielniveau.'];
}

function level(client: ClientProfile, offer: CandidateOffer): [number, string] {
  const rank = levelRank(client.germanLevel);
  const min = offer.entryLevelMin === null ? -1 : levelRank(offer.entryLevelMin);
  const max = offer.entryLevelMax === null ? 99 : levelRank(offer.entryLevelMax);
  const off = rank < min ? min - rank : rank > max ? rank - max : 0;
  const known = client.germanLevel === null ? 'ohne nachgewiesene Deutschkenntnisse' : `mit Deutsch ${client.germanLevel}`;
  if (off === 0) return [1, `Die Person passt ${known} in das Einstiegsniveau des Angebots.`];
  return [1 - 0.5 * off, `Die Person liegt ${known} ${off} Stufe${off > 1 ? 'n' : ''} ${rank < min ? 'unter' : 'über'} dem Einstiegsniveau des Angebots.`];
}

function distance(client: ClientProfile, offer: CandidateOffer, weights: Weights): [number, string] {
  if (offer.format === 'ONLINE' || offer.distanceKm === null) return [1, 'Das Angebot findet online statt oder ohne festen Ort; der Weg spielt keine Rolle.'];
  const maxTravel = maxTravelOf(client, weights);
  const value = maxTravel === 0 ? (offer.distanceKm === 0 ? 1 : 0) : 1 - offer.distanceKm / maxTravel;
  const whose = client.maxTravelKm === null ? 'der üblichen Strecke' : 'der Strecke, die die Person fahren kann,';
  return [value, `Das Angebot ist ${km(offer.distanceKm)} km entfernt, bei höchstens ${maxTravel} km ${whose}.`.replace(' ,', ',')];
}

function schedule(client: ClientProfile, offer: CandidateOffer): [number, string] {
  const slots = offer.weekdays.flatMap((weekday) => offer.timesOfDay.map((partOfDay) => ({ weekday, partOfDay })));
  if (slots.length === 0) return [1, 'Das Angebot hat keine festen Termine.'];
  if (client.availability.length === 0) return [0.5, 'Wann die Person Zeit hat, ist nicht erfasst.'];
  const fits = slots.filter((slot) => client.availability.some((free) => free.weekday === slot.weekday && free.partOfDay === slot.partOfDay)).length;
  return [fits / slots.length, `${fits} von ${slots.length} Terminen des Angebots liegen in Zeiten, in denen die Person Zeit hat.`];
}

function childcare(client: ClientProfile, offer: CandidateOffer, entryDate: string): [number, string] {
  const year = Number(entryDate.slice(0, 4));
  const young = client.childrenBirthYears.filter((born) => year - born < SCHOOL_AGE).length;
  if (young === 0) return [1, 'Die Person braucht keine Kinderbetreuung.'];
  return offer.childcare
    ? [1, 'Die Person hat Kinder unter dem Schulalter, und das Angebot bietet Kinderbetreuung.']
    : [0, 'Die Person hat Kinder unter dem Schulalter, aber das Angebot bietet keine Kinderbetreuung.'];
}

function start(client: ClientProfile, offer: CandidateOffer, weights: Weights, asOf: string): [number, string] {
  if (!joinable(offer, asOf)) return [0, 'Man kann nicht mehr einsteigen.'];
  const entry = entryDateOf(offer, asOf);
  if (entry > client.supportPlannedEnd) return [0, 'Das Angebot beginnt erst nach dem geplanten Ende der Begleitung.'];
  if (offer.startDate < asOf) return [1, 'Das Angebot läuft schon, ein Einstieg ist laufend möglich.'];
  const days = daysBetween(asOf, entry);
  if (days <= weights.soonDays) return [1, `Das Angebot beginnt in ${days} Tagen.`];
  const window = daysBetween(asOf, client.supportPlannedEnd) - weights.soonDays;
  const value = window <= 0 ? 0 : 1 - (days - weights.soonDays) / window;
  return [value, `Das Angebot beginnt erst in ${days} Tagen, vor dem geplanten Ende der Begleitung.`];
}

function seats(offer: CandidateOffer): [number, string] {
  if (offer.capacity === null) return [1, 'Das Angebot hat offene Kapazität.'];
  const free = offer.capacity - offer.seatsTaken;
  if (free > 0) return [1, `Es ${free === 1 ? 'ist 1 Platz' : `sind ${free} Plätze`} frei.`];
  if (offer.waitlistOpen) return [0.3 / (1 + offer.waitlistLength / 10), `Alle Plätze sind belegt; auf der offenen Warteliste stehen ${offer.waitlistLength}.`];
  return [0, 'Alle Plätze sind belegt, und die Warteliste ist geschlossen.'];
}

function languages(client: ClientProfile, offer: CandidateOffer): [number, string] {
  if (offer.supportLanguages.length === 0) return [0.5, 'Das Angebot nennt keine Unterstützungssprachen.'];
  const shared = offer.supportLanguages.filter((language) => client.languages.includes(language));
  return shared.length > 0
    ? [1, `Das Angebot unterstützt in einer Sprache der Person (${shared.join(', ')}).`]
    : [0, 'Das Angebot unterstützt in keiner Sprache der Person.'];
}

/** 1 when the recorded fact says yes, 0 when it says no, 0.5 when it is not recorded. */
const known = (value: string | null, yes: string, unknown: readonly string[] = []): number => (value === null || unknown.includes(value) ? 0.5 : value === yes ? 1 : 0);

function audience(client: ClientProfile, offer: CandidateOffer, age: number): [number, string] {
  if (offer.audiences.length === 0) return [1, 'Das Angebot ist für alle.'];
  const hasChildren = client.childrenBirthYears.length > 0;
  const fit = (audience: string): number => {
    switch (audience) {
      case 'PARENTS':
      case 'FAMILIES':
        return hasChildren ? 1 : 0;
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
  };
  const value = Math.max(...offer.audiences.map(fit));
  if (value === 1) return [1, 'Die Person gehört zu einer Zielgruppe des Angebots.'];
  if (value === 0.5) return [0.5, 'Ob die Person zur Zielgruppe des Angebots gehört, ist nicht erfasst.'];
  return [0, 'Die Person gehört zu keiner Zielgruppe des Angebots.'];
}

function cost(client: ClientProfile, offer: CandidateOffer): [number, string] {
  if (offer.feeEuro === null || offer.feeEuro === 0) return [1, 'Das Angebot ist kostenlos.'];
  const fee = `Das Angebot kostet ${offer.feeEuro.toLocaleString('de-DE')} €`;
  if (offer.programme.startsWith('INTEGRATIONSKURS_')) {
    // IntV § 9(2): exempt on application (SGB II, SGB XII, AsylbLG, ALG I, low income).
    if (client.feeExempt === true) return [1, `${fee}; die Person ist vom Kostenbeitrag befreit (§ 9 Abs. 2 IntV).`];
    if (client.feeExempt === false) return [0, `${fee}; die Person ist nicht vom Kostenbeitrag befreit.`];
    return [0.5, `${fee}; ob die Person vom Kostenbeitrag befreit ist, ist nicht erfasst.`];
  }
  if (offer.programme.startsWith('BERUFSSPRACHKURS_')) {
    // DeuFöV § 4(4): trainees never pay; only the employed above the income limit do, never people on benefits.
    if (client.employment === 'IN_TRAINING') return [1, `${fee}; Auszubildende zahlen keinen Kostenbeitrag (§ 4 Abs. 4 DeuFöV).`];
    if (client.feeExempt === true) return [1, `${fee}; die Person bezieht Leistungen und zahlt keinen Kostenbeitrag (§ 4 Abs. 4 DeuFöV).`];
    return [0.5, `${fee}; ob die Person einen Kostenbeitrag zahlt, hängt vom Einkommen ab und ist nicht erfasst.`];
  }
  return [0.5, `${fee}; ob die Kosten übernommen werden, ist nicht erfasst.`];
}

/** The factors of the offer's score for the person, in FACTORS order. */
export function scoreFactors(client: ClientProfile, offer: CandidateOffer, weights: Weights, asOf: string): FactorScore[] {
  const entryDate = entryDateOf(offer, asOf);
  const age = ageOn(client.birthDate, entryDate);
  const values: Record<Factor, [number, string]> = {
    PLAN_GOAL: planGoal(client, offer),
    LEVEL: level(client, offer),
    DISTANCE: distance(client, offer, weights),
    SCHEDULE: schedule(client, offer),
    CHILDCARE: childcare(client, offer, entryDate),
    START: start(client, offer, weights, asOf),
    SEATS: seats(offer),
    LANGUAGES: languages(client, offer),
    AUDIENCE: audience(client, offer, age),
    COST: cost(client, offer),
  };
  return FACTORS.map((factor) => {
    const [raw, explanation] = values[factor];
    const value = round(raw);
    const weight = weights[factor];
    return { factor, weight, value, contribution: weight * value, explanation };
  });
}

/** The score: exactly the sum of the contributions, in factor order. */
export const scoreOf = (factors: readonly FactorScore[]): number => factors.reduce((sum, factor) => sum + factor.contribution, 0);
