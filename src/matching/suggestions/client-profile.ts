import type { Client } from '../../caseloads/client.entity';
import { CERTIFICATE_LEVEL, INTEGRATION_COURSE_CERTIFICATES, OBLIGING_AUTHORITY, type GermanCertificate } from '../../caseloads/client-facts.enums';
import { levelRank, type Level } from '../eligibility/rules';
import type { ClientProfile, OpenGoal } from './score';

/** A course on the person's record, as the matching reads it. */
export interface AttendedCourse {
  programme: string;
  completed: boolean;
  certificate: GermanCertificate | null;
}

/** What the matching reads of a person beyond the client row: open goals of the plan in force, courses attended. */
export interface MatchingFacts {
  goals: OpenGoal[];
  courses: AttendedCourse[];
}

const INTEGRATION_COURSE = /^INTEGRATIONSKURS_/;

/**
 * Whether the person finished an Integrationskurs: a completed one on record, or a DTZ (or the
 * Zertifikat Integrationskurs) among the certificates of courses or the record's own certificate
 * text. null when nothing on record speaks to it.
 */
export function finishedIntegrationCourse(client: Pick<Client, 'germanCertificate'>, courses: readonly AttendedCourse[]): boolean | null {
  const finished =
    courses.some((course) => (course.completed && INTEGRATION_COURSE.test(course.programme)) || (course.certificate !== null && INTEGRATION_COURSE_CERTIFICATES.includes(course.certificate))) ||
    (client.germanCertificate !== null && /\bDTZ\b/i.test(client.germanCertificate));
  if (finished) return true;
  return courses.length > 0 || client.germanCertificate !== null ? false : null;
}

/** The German level the record holds, raised to the highest a certificate of a course proves. */
export function evidencedLevel(client: Pick<Client, 'germanLevel'>, courses: readonly AttendedCourse[]): Level | null {
  let level = client.germanLevel as Level | null;
  for (const { certificate } of courses) {
    const proven = certificate === null ? null : (CERTIFICATE_LEVEL[certificate] as Level | null);
    if (proven !== null && levelRank(proven) > levelRank(level)) level = proven;
  }
  return level;
}

/** The authorities whose obligations run on `asOf`, each once. */
export function activeObligations(client: Pick<Client, 'obligations'>, asOf: string): string[] {
  const running = client.obligations.filter((obligation) => obligation.obligedOn <= asOf && (obligation.validUntil === null || obligation.validUntil >= asOf));
  return [...new Set(running.map((obligation) => OBLIGING_AUTHORITY[obligation.ground]))];
}

/** What the matching reads of a client record and its facts, on the day `asOf`. */
export function profileOf(client: Client, facts: MatchingFacts, asOf: string): ClientProfile {
  return {
    birthDate: client.birthDate,
    residenceStatus: client.residenceStatus,
    residenceParagraph: client.residenceParagraph,
    workPermit: client.workPermit,
    arrivalDate: client.arrivalDate,
    germanLevel: evidencedLevel(client, facts.courses),
    finishedIntegrationCourse: finishedIntegrationCourse(client, facts.courses),
    obligations: activeObligations(client, asOf),
    languages: client.languages,
    availability: client.availability,
    maxTravelKm: client.maxTravelKm,
    childrenBirthYears: client.childrenBirthYears,
    latinLiterate: client.latinLiterate,
    gender: client.gender,
    employment: client.employment,
    feeExempt: client.feeExempt,
    supportPlannedEnd: client.supportPlannedEnd,
    openGoals: facts.goals,
  };
}
