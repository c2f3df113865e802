import {
  GRANTING_ROUTES,
  levelRank,
  ROUTE_PRECEDENCE,
  type ClientFacts,
  type EligibilityDecision,
  type EligibilityRuleData,
  type OfferFacts,
  type Reason,
  type RuleSetData,
} from './rules';

/**
 * The pure evaluation of eligibility: a person's facts, an offer (programme, start date, own
 * restrictions) and the rule set in force → whether the person may attend, on which route, under
 * which rule, and why. No SQL, no GraphQL, no clock: `asOf` is the day of the decision.
 */

/** Whole years from `birthDate` to `date` (ISO dates); the birthday itself counts. */
export function ageOn(birthDate: string, date: string): number {
  // Read by position, not split: the ranking asks for every offer of the catalogue.
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return years - (date.slice(5, 10) < birthDate.slice(5, 10) ? 1 : 0);
}

/** Whole months from `from` to `to` (ISO dates). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** The day the person would join: the start date, or the day of the decision for a course already running. */
export function entryDateOf(offer: Pick<OfferFacts, 'startDate'>, asOf: string): string {
  return offer.startDate > asOf ? offer.startDate : asOf;
}

const formatDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

/** A title's paragraph tokens: '§ 18b Abs. 1 AufenthG' → ['§18b', 'abs.', '1', 'aufenthg']; spaces after § and case do not count. */
function paragraphTokens(text: string): readonly string[] {
  // Remembered: a ranking evaluates the same few titles and rule paragraphs many times.
  let tokens = tokensOf.get(text);
  if (tokens === undefined) {
    if (tokensOf.size >= 10_000) tokensOf.clear();
    tokensOf.set(text, (tokens = Object.freeze(text.toLowerCase().replace(/§+\s*/g, '§').split(/[\s,;()]+/).filter(Boolean))));
  }
  return tokens;
}
const tokensOf = new Map<string, readonly string[]>();

/** The title names the paragraph: '§ 18a' matches '§ 18a Abs. 1', but '§ 18' does not match '§ 18a'. */
function paragraphMatches(title: string, paragraph: string): boolean {
  const [needle] = paragraphTokens(paragraph);
  return needle !== undefined && paragraphTokens(title).includes(needle);
}

/**
 * Why `rule` does not apply to the person for this offer: empty when it applies. Each failure is
 * one German sentence.
 */
export function ruleFailures(rule: EligibilityRuleData, client: ClientFacts, offer: OfferFacts, ruleSet: Pick<RuleSetData, 'schoolObligationUntilAge'>, asOf: string): string[] {
  const failures: string[] = [];
  const entryDate = entryDateOf(offer, asOf);
  const dated = rule.datedBy === 'COURSE_START' ? offer.startDate : entryDate;
  const on = rule.datedBy === 'COURSE_START' ? 'für Kurse mit Beginn' : 'für Eintritte';
  if (!rule.programmes.includes(offer.programme)) failures.push('Die Regel gilt für ein anderes Programm.');
  if (rule.validFrom !== null && dated < rule.validFrom) failures.push(`Die Regel gilt erst ${on} ab ${formatDate(rule.validFrom)}.`);
  if (rule.validUntil !== null && dated > rule.validUntil) failures.push(`Die Regel gilt nur ${on} bis ${formatDate(rule.validUntil)}.`);
  if (rule.residenceStatuses.length > 0) {
    if (client.residenceStatus === null) failures.push('Der Aufenthaltsstatus ist nicht erfasst.');
    else if (!rule.residenceStatuses.includes(client.residenceStatus)) failures.push('Der Aufenthaltsstatus gehört nicht zu den Status der Regel.');
  }
  if (rule.residenceParagraphs.length > 0) {
    const title = client.residenceParagraph;
    if (title === null || !rule.residenceParagraphs.some((paragraph) => paragraphMatches(title, paragraph))) {
      failures.push(`Der Aufenthaltstitel nennt keinen der Paragraphen ${rule.residenceParagraphs.join(', ')}.`);
    }
  }
  const age = ageOn(client.birthDate, entryDate);
  if (rule.minAge !== null && age < rule.minAge) failures.push(`Die Regel gilt ab ${rule.minAge} Jahren (Alter beim Eintritt: ${age}).`);
  if (rule.maxAge !== null && age > rule.maxAge) failures.push(`Die Regel gilt bis ${rule.maxAge} Jahre (Alter beim Eintritt: ${age}).`);
  const level = levelRank(client.germanLevel);
  if (rule.germanLevelMin !== null && level < levelRank(rule.germanLevelMin)) failures.push(`Die Regel setzt Deutsch ab ${rule.germanLevelMin} voraus.`);
  if (rule.germanLevelMax !== null && level > levelRank(rule.germanLevelMax)) failures.push(`Die Regel gilt nur bis Deutsch ${rule.germanLevelMax}.`);
  if (rule.requiresIntegrationCourse && client.finishedIntegrationCourse !== true) failures.push('Die Regel setzt einen abgeschlossenen Integrationskurs voraus.');
  if (rule.workPermitRequired && client.workPermit !== 'ALLOWED' && client.workPermit !== 'ALLOWED_WITH_APPROVAL') failures.push('Die Regel setzt eine Arbeitserlaubnis voraus.');
  if (rule.minMonthsOfStay !== null) {
    if (client.arrivalDate === null) failures.push('Das Einreisedatum ist nicht erfasst.');
    else if (monthsBetween(client.arrivalDate, entryDate) < rule.minMonthsOfStay) failures.push(`Die Regel setzt mindestens ${rule.minMonthsOfStay} Monate Aufenthalt voraus.`);
  }
  if (rule.schoolObligation !== null) {
    const obliged = age < ruleSet.schoolObligationUntilAge;
    if (rule.schoolObligation && !obliged) failures.push('Die Regel gilt nur für Schulpflichtige.');
    if (!rule.schoolObligation && obliged) failures.push('Die Regel gilt nicht für Schulpflichtige.');
  }
  if (rule.obligationBy !== null && !client.obligations.includes(rule.obligationBy)) failures.push('Eine Verpflichtung zur Teilnahme durch die zuständige Stelle ist nicht erfasst.');
  return failures;
}

/** The rule that decides among those that apply: highest route precedence, then key (a consistent set has one). */
function decidingRule(applicable: EligibilityRuleData[]): EligibilityRuleData | null {
  return [...applicable].sort((a, b) => ROUTE_PRECEDENCE[b.route] - ROUTE_PRECEDENCE[a.route] || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0] ?? null;
}

/**
 * Whether the person may attend the offer: the legal rules of `ruleSet` that cover its programme
 * decide the route, then the offer's own age range and admitted statuses apply. The entry level
 * range is reported (a score factor), but does not exclude.
 */
export function evaluateEligibility(client: ClientFacts, offer: OfferFacts, ruleSet: RuleSetData, asOf: string): EligibilityDecision {
  const entryDate = entryDateOf(offer, asOf);
  const age = ageOn(client.birthDate, entryDate);
  const reasons: Reason[] = [];
  const covering = ruleSet.rules.filter((rule) => rule.programmes.includes(offer.programme));
  const applicable: EligibilityRuleData[] = [];
  for (const rule of covering) {
    const failures = ruleFailures(rule, client, offer, ruleSet, asOf);
    if (failures.length === 0) applicable.push(rule);
  }
  const rule = decidingRule(applicable);
  const legallyEligible = rule !== null && GRANTING_ROUTES.includes(rule.route);
  if (rule) {
    reasons.push({ code: legallyEligible ? 'RULE_GRANTS' : 'RULE_EXCLUDES', ruleId: rule.id, message: `${rule.explanation} (${rule.source})` });
  } else {
    reasons.push({ code: 'NO_RULE', ruleId: null, message: 'Keine geltende Regel öffnet dieses Programm für die Person.' });
  }
  // Why the other rules of the programme did not decide: the first failure of each.
  for (const other of covering) {
    if (other === rule || applicable.includes(other)) continue;
    const [first] = ruleFailures(other, client, offer, ruleSet, asOf);
    reasons.push({ code: 'RULE_NOT_APPLICABLE', ruleId: other.id, message: `${other.key}: ${first}` });
  }

  const ageOk = (offer.minAge === null || age >= offer.minAge) && (offer.maxAge === null || age <= offer.maxAge);
  if (!ageOk) {
    const range = offer.minAge !== null && offer.maxAge !== null ? `${offer.minAge} bis ${offer.maxAge}` : offer.minAge !== null ? `ab ${offer.minAge}` : `bis ${offer.maxAge}`;
    reasons.push({ code: 'OUTSIDE_AGE_RANGE', ruleId: null, message: `Das Angebot ist für Menschen von ${range} Jahren; die Person ist beim Eintritt ${age}.` });
  }
  const statusOk = offer.admittedResidenceStatuses.length === 0 || (client.residenceStatus !== null && offer.admittedResidenceStatuses.includes(client.residenceStatus));
  if (!statusOk) {
    reasons.push({
      code: 'STATUS_NOT_ADMITTED',
      ruleId: null,
      message: client.residenceStatus === null ? 'Das Angebot nimmt nur bestimmte Aufenthaltsstatus auf; der Status der Person ist nicht erfasst.' : 'Das Angebot nimmt den Aufenthaltsstatus der Person nicht auf.',
    });
  }
  const level = levelRank(client.germanLevel);
  if ((offer.entryLevelMin !== null && level < levelRank(offer.entryLevelMin)) || (offer.entryLevelMax !== null && level > levelRank(offer.entryLevelMax))) {
    reasons.push({ code: 'LEVEL_OUTSIDE_RANGE', ruleId: null, message: 'Das Deutschniveau der Person liegt außerhalb des Einstiegsniveaus des Angebots.' });
  }

  return {
    eligible: legallyEligible && ageOk && statusOk,
    route: rule?.route ?? null,
    rule: rule && { id: rule.id, key: rule.key, version: rule.version, source: rule.source },
    reasons,
    entryDate,
    age,
    legallyEligible,
    ageOk,
    statusOk,
  };
}
