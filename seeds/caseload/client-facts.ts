import { Programme } from '../../src/offers/offer.enums';
import type { Random, Weighted } from '../random';
import { addDays, dayBetween, earlier, later, officeTime } from './moments';
import type { ClientCourseRow, ClientRow, ObligationGround } from './rows';
import type { GeneratedClient } from './client-factory';

/**
 * The facts the matching reads beyond the first record, filled plausibly from what the record
 * already says (age, status, level, certificate, work permit): gender, employment, the cost-share
 * exemption, obligations to attend, and the courses attended with their certificates. Drawn from a
 * random stream of their own, so the rest of a generated caseload stays as it was.
 */

type Gender = NonNullable<ClientRow['gender']>;
type Employment = NonNullable<ClientRow['employment']>;

const GENDERS: Weighted<Gender | null> = [['FEMALE', 44], ['MALE', 52], ['DIVERSE', 1], ['UNSPECIFIED', 1], [null, 2]];
const ADULT_WORK: Weighted<Employment | null> = [['EMPLOYED', 28], ['JOB_SEEKING', 34], ['IN_TRAINING', 8], ['IN_SCHOOL', 3], ['NOT_AVAILABLE', 17], [null, 10]];
const WITHOUT_PERMIT: Weighted<Employment | null> = [['NOT_AVAILABLE', 55], ['JOB_SEEKING', 25], ['IN_SCHOOL', 10], [null, 10]];
const YOUNG: Weighted<Employment | null> = [['IN_SCHOOL', 70], ['IN_TRAINING', 15], ['JOB_SEEKING', 10], [null, 5]];
/** AsylbLG: asylum seekers and people with a Duldung. */
const ASYLUM_BENEFITS = new Set(['AUFENTHALTSGESTATTUNG', 'DULDUNG', 'DULDUNG_60A_2_3', 'DULDUNG_60C', 'DULDUNG_60D']);
/** § 44(1) AufenthG: the titles the foreigners authority may oblige under Nr. 1 when German is below A1. */
const ENTITLED = new Set(['AE_25_1', 'AE_25_2', 'AE_25_4A', 'AE_25B', 'AE_23_2', 'AE_23_4', 'AE_28FF', 'AE_18FF']);
const IK = [Programme.INTEGRATIONSKURS_ALLGEMEIN, Programme.INTEGRATIONSKURS_ALPHABETISIERUNG, Programme.INTEGRATIONSKURS_ZWEITSCHRIFTLERNENDE] as const;
const INFORMAL: Weighted<Programme> = [[Programme.SPRACHCAFE, 4], [Programme.COMMUNITY_COURSE, 4], [Programme.SPRACHPATENSCHAFT, 2]];

export interface FactsContext {
  nextCourseId: () => number;
  managerId: number | null;
  reference: string;
}

/** Sets the client's matching facts in place and returns its courses. */
export function addClientFacts(random: Random, client: GeneratedClient, context: FactsContext): ClientCourseRow[] {
  addPersonFacts(random, client);
  const courses = coursesOf(random, client.row, context);
  client.row.obligations = obligationsOf(random, client.row, client.age);
  return courses;
}

/** Gender, employment and the exemption only (what the test factories fill by default). */
export function addPersonFacts(random: Random, { row, age }: GeneratedClient): void {
  row.gender = random.weighted(GENDERS);
  row.employment = random.weighted(age < 19 ? YOUNG : row.workPermit === 'NOT_ALLOWED' ? WITHOUT_PERMIT : ADULT_WORK);
  const onBenefits = ASYLUM_BENEFITS.has(row.residenceStatus ?? '') || row.employment === 'JOB_SEEKING' || row.employment === 'NOT_AVAILABLE';
  row.feeExempt = random.chance(0.12) ? null : onBenefits ? random.chance(0.9) : random.chance(0.2);
}

function obligationsOf(random: Random, row: ClientRow, age: number): ClientRow['obligations'] {
  // § 44a obligations concern adults with little German who have not finished a course.
  if (age < 18 || (row.germanLevel !== null && row.germanLevel !== 'A1')) return [];
  const since = row.arrivalDate === null ? row.supportStart : later(row.arrivalDate, row.supportStart);
  const obliged = (ground: ObligationGround) => ({ ground, obligedOn: dayBetween(random, since, later(since, addDays(row.supportStart, 120))), validUntil: null });
  const found: ClientRow['obligations'] = [];
  if (row.employment === 'JOB_SEEKING' && random.chance(0.35)) found.push(obliged('JOBCENTER'));
  if (ENTITLED.has(row.residenceStatus ?? '') && row.germanLevel === null && random.chance(0.25)) found.push(obliged('FOREIGNERS_AUTHORITY_ENTITLED'));
  if (ASYLUM_BENEFITS.has(row.residenceStatus ?? '') && random.chance(0.1)) found.push(obliged('ASYLUM_BENEFITS_AUTHORITY'));
  return found;
}

/** The certificate text on record as a certificate of the course it came from, where it names one. */
function certificateOf(text: string | null): { programme: Programme; certificate: string } | null {
  if (text === null) return null;
  if (/DTZ\)? A2/.test(text)) return { programme: Programme.INTEGRATIONSKURS_ALLGEMEIN, certificate: 'DTZ_A2' };
  if (/DTZ\)? B1/.test(text)) return { programme: Programme.INTEGRATIONSKURS_ALLGEMEIN, certificate: 'DTZ_B1' };
  if (/Zertifikat Integrationskurs/.test(text)) return { programme: Programme.INTEGRATIONSKURS_ALLGEMEIN, certificate: 'ZERTIFIKAT_INTEGRATIONSKURS' };
  if (/VABO.* A2/.test(text)) return { programme: Programme.VABO, certificate: 'VABO_A2' };
  if (/VABO.* B1/.test(text)) return { programme: Programme.VABO, certificate: 'VABO_B1' };
  if (/DTB\)? B2/.test(text)) return { programme: Programme.BERUFSSPRACHKURS_BASIS, certificate: 'DTB_B2' };
  if (/DTB\)? C1/.test(text)) return { programme: Programme.BERUFSSPRACHKURS_BASIS, certificate: 'DTB_C1' };
  const level = /\b(A1|A2|B1|B2|C1)\b/.exec(text)?.[1];
  return level ? { programme: Programme.COMMUNITY_COURSE, certificate: `OTHER_${level}` } : null;
}

function coursesOf(random: Random, row: ClientRow, context: FactsContext): ClientCourseRow[] {
  const courses: ClientCourseRow[] = [];
  const from = row.arrivalDate ?? row.supportStart;
  if (from >= context.reference) return courses;
  const add = (programme: Programme, completed: boolean, certificate: string | null, endBy: string) => {
    const end = earlier(endBy, context.reference);
    const start = dayBetween(random, earlier(from, end), end);
    const endDate = completed ? dayBetween(random, start, end) : random.chance(0.5) ? dayBetween(random, start, end) : null;
    courses.push({
      id: context.nextCourseId(),
      clientId: row.id,
      programme,
      startDate: start,
      endDate,
      completed,
      certificate,
      // Entered once counselling began, or right after the course ended.
      recordedAt: officeTime(random, earlier(later(endDate ?? start, row.supportStart), context.reference)),
      recordedById: context.managerId,
    });
  };
  // The certificate on record, with the course it ended.
  const certified = certificateOf(row.germanEvidence === 'CERTIFICATE' ? row.germanCertificate : null);
  if (certified) add(certified.programme, true, certified.certificate, row.germanEvidenceDate ?? context.reference);
  // Some started an Integrationskurs and left it, or finished one without passing the DTZ.
  if (!certified && row.germanLevel !== null && random.chance(0.2)) add(random.pick(IK), random.chance(0.5), random.chance(0.3) ? 'LEBEN_IN_DEUTSCHLAND' : null, context.reference);
  // Informal courses leave no certificate.
  if (random.chance(0.3)) add(random.weighted(INFORMAL), random.chance(0.6), null, context.reference);
  return courses;
}
