import { describeEnum } from '../core/graphql/described-enum';
import { CefrLevel } from '../vocabulary/cefr-level';

/**
 * The facts matching needs beyond the first client record (issue 10): gender, employment, the
 * cost-share exemption, obligations to attend and the certificates of courses attended. None is a
 * special category of Art. 9 GDPR (gender is not; benefit receipt is social data, SGB X), so they
 * are stored like the other client fields: plain, under row-level security, audited on read.
 */

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  DIVERSE = 'DIVERSE',
  UNSPECIFIED = 'UNSPECIFIED',
}
describeEnum(Gender, 'Gender', 'Gender as entered in the civil register (§ 22(3) PStG knows "divers" and no entry).', {
  FEMALE: 'Female (weiblich).',
  MALE: 'Male (männlich).',
  DIVERSE: 'Diverse (divers).',
  UNSPECIFIED: 'No entry (ohne Angabe), as the register allows.',
});

export enum EmploymentSituation {
  EMPLOYED = 'EMPLOYED',
  JOB_SEEKING = 'JOB_SEEKING',
  IN_TRAINING = 'IN_TRAINING',
  IN_SCHOOL = 'IN_SCHOOL',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}
describeEnum(EmploymentSituation, 'EmploymentSituation', 'What the person does now, as far as work is concerned.', {
  EMPLOYED: 'In work, employed or self-employed (also part-time or a mini-job).',
  JOB_SEEKING: 'Looking for work (registered with the Agentur für Arbeit or the Jobcenter, or not).',
  IN_TRAINING: 'In vocational training (Ausbildung) or an Einstiegsqualifizierung.',
  IN_SCHOOL: 'At school or university.',
  NOT_AVAILABLE: 'Not available for work now (care, parental leave, illness, not permitted).',
});

/** The grounds of § 44a(1) AufenthG on which a person is obliged to attend an Integrationskurs. */
export enum ObligationGround {
  FOREIGNERS_AUTHORITY_ENTITLED = 'FOREIGNERS_AUTHORITY_ENTITLED',
  JOBCENTER = 'JOBCENTER',
  FOREIGNERS_AUTHORITY_SPECIAL_NEED = 'FOREIGNERS_AUTHORITY_SPECIAL_NEED',
  ASYLUM_BENEFITS_AUTHORITY = 'ASYLUM_BENEFITS_AUTHORITY',
}
describeEnum(ObligationGround, 'ObligationGround', 'The ground of an obligation to attend the Integrationskurs (§ 44a(1) AufenthG).', {
  FOREIGNERS_AUTHORITY_ENTITLED: 'Nr. 1: by the foreigners authority, entitled and below A1 (below B1 for some family titles).',
  JOBCENTER: 'Nr. 2: by the Jobcenter (Bürgergeld).',
  FOREIGNERS_AUTHORITY_SPECIAL_NEED: 'Nr. 3: by the foreigners authority, "besonders integrationsbedürftig".',
  ASYLUM_BENEFITS_AUTHORITY: 'Nr. 4: by the asylum-benefits authority, for § 44(4) groups receiving AsylbLG benefits.',
});

export enum ObligingAuthority {
  FOREIGNERS_AUTHORITY = 'FOREIGNERS_AUTHORITY',
  JOBCENTER = 'JOBCENTER',
  ASYLUM_BENEFITS_AUTHORITY = 'ASYLUM_BENEFITS_AUTHORITY',
}
describeEnum(ObligingAuthority, 'ObligingAuthority', 'The authority that obliged a person to attend (the eligibility rules\' obligationBy).', {
  FOREIGNERS_AUTHORITY: 'The foreigners authority (Ausländerbehörde).',
  JOBCENTER: 'The Jobcenter.',
  ASYLUM_BENEFITS_AUTHORITY: 'The authority paying benefits under the AsylbLG.',
});

/** The authority behind each ground, in the words the eligibility rules' `obligationBy` uses. */
export const OBLIGING_AUTHORITY: Readonly<Record<ObligationGround, ObligingAuthority>> = {
  FOREIGNERS_AUTHORITY_ENTITLED: ObligingAuthority.FOREIGNERS_AUTHORITY,
  JOBCENTER: ObligingAuthority.JOBCENTER,
  FOREIGNERS_AUTHORITY_SPECIAL_NEED: ObligingAuthority.FOREIGNERS_AUTHORITY,
  ASYLUM_BENEFITS_AUTHORITY: ObligingAuthority.ASYLUM_BENEFITS_AUTHORITY,
};

/** An obligation on record: its ground and the day it was imposed, and until when it runs (null: until the course is done). */
export interface ClientObligationValue {
  ground: ObligationGround;
  obligedOn: string;
  validUntil: string | null;
}

export enum GermanCertificate {
  DTZ_A2 = 'DTZ_A2',
  DTZ_B1 = 'DTZ_B1',
  LEBEN_IN_DEUTSCHLAND = 'LEBEN_IN_DEUTSCHLAND',
  ZERTIFIKAT_INTEGRATIONSKURS = 'ZERTIFIKAT_INTEGRATIONSKURS',
  DTB_A2 = 'DTB_A2',
  DTB_B1 = 'DTB_B1',
  DTB_B2 = 'DTB_B2',
  DTB_C1 = 'DTB_C1',
  VABO_A2 = 'VABO_A2',
  VABO_B1 = 'VABO_B1',
  OTHER_A1 = 'OTHER_A1',
  OTHER_A2 = 'OTHER_A2',
  OTHER_B1 = 'OTHER_B1',
  OTHER_B2 = 'OTHER_B2',
  OTHER_C1 = 'OTHER_C1',
  HAUPTSCHULABSCHLUSS = 'HAUPTSCHULABSCHLUSS',
  MITTLERER_SCHULABSCHLUSS = 'MITTLERER_SCHULABSCHLUSS',
}
describeEnum(GermanCertificate, 'GermanCertificate', 'A certificate a course ended with.', {
  DTZ_A2: 'Deutsch-Test für Zuwanderer, level A2 (end of the Integrationskurs).',
  DTZ_B1: 'Deutsch-Test für Zuwanderer, level B1 (end of the Integrationskurs).',
  LEBEN_IN_DEUTSCHLAND: 'Test "Leben in Deutschland" passed (end of the Orientierungskurs); proves no language level.',
  ZERTIFIKAT_INTEGRATIONSKURS: 'Zertifikat Integrationskurs: DTZ B1 and "Leben in Deutschland".',
  DTB_A2: 'Deutsch-Test für den Beruf A2 (Berufssprachkurs).',
  DTB_B1: 'Deutsch-Test für den Beruf B1 (Berufssprachkurs).',
  DTB_B2: 'Deutsch-Test für den Beruf B2 (Berufssprachkurs).',
  DTB_C1: 'Deutsch-Test für den Beruf C1 (Berufssprachkurs).',
  VABO_A2: 'Language assessment at the end of VABO, A2.',
  VABO_B1: 'Language assessment at the end of VABO, B1.',
  OTHER_A1: 'Another recognised certificate (e.g. telc, Goethe, ÖSD) at A1.',
  OTHER_A2: 'Another recognised certificate at A2.',
  OTHER_B1: 'Another recognised certificate at B1.',
  OTHER_B2: 'Another recognised certificate at B2.',
  OTHER_C1: 'Another recognised certificate at C1.',
  HAUPTSCHULABSCHLUSS: 'Hauptschulabschluss or an equivalent (e.g. through VAB); a school certificate, it proves no German level.',
  MITTLERER_SCHULABSCHLUSS: 'Mittlerer Schulabschluss (Realschulabschluss) or an equivalent; a school certificate, it proves no German level.',
});

/** The German level a certificate proves; null for one that proves none. */
export const CERTIFICATE_LEVEL: Readonly<Record<GermanCertificate, CefrLevel | null>> = {
  DTZ_A2: CefrLevel.A2,
  DTZ_B1: CefrLevel.B1,
  LEBEN_IN_DEUTSCHLAND: null,
  ZERTIFIKAT_INTEGRATIONSKURS: CefrLevel.B1,
  DTB_A2: CefrLevel.A2,
  DTB_B1: CefrLevel.B1,
  DTB_B2: CefrLevel.B2,
  DTB_C1: CefrLevel.C1,
  VABO_A2: CefrLevel.A2,
  VABO_B1: CefrLevel.B1,
  OTHER_A1: CefrLevel.A1,
  OTHER_A2: CefrLevel.A2,
  OTHER_B1: CefrLevel.B1,
  OTHER_B2: CefrLevel.B2,
  OTHER_C1: CefrLevel.C1,
  HAUPTSCHULABSCHLUSS: null,
  MITTLERER_SCHULABSCHLUSS: null,
};

/** Certificates only the end of an Integrationskurs gives (DOMAIN.md: DTZ, LiD, Zertifikat Integrationskurs). */
export const INTEGRATION_COURSE_CERTIFICATES: readonly GermanCertificate[] = [
  GermanCertificate.DTZ_A2,
  GermanCertificate.DTZ_B1,
  GermanCertificate.ZERTIFIKAT_INTEGRATIONSKURS,
];

/** The most people one household holds (the household list's cap). */
export const MAX_HOUSEHOLD_MEMBERS = 20;
/** The most courses on one client's record (the list's cap). */
export const MAX_COURSES_PER_CLIENT = 30;
