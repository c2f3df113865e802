import { ResidenceStatus as S } from '../../src/vocabulary/residence-status';

// Which residence statuses each programme admits, as seed data (DOMAIN.md, "Language courses" and
// "School-to-work"). An empty list means open to all. These are what a provider states on an offer;
// time-dependent policy (e.g. BAMF closing the § 44(4) route in late 2025) belongs to the hub's
// eligibility rules, which can switch a route off without touching offers.

/** § 44(1) AufenthG: first permit of ≥ 1 year for work, family or humanitarian reasons. */
export const INTEGRATION_COURSE_ENTITLED: readonly S[] = [
  S.AE_25_1, S.AE_25_2, S.AE_25_4A, S.AE_25B, S.AE_23_2, S.AE_23_4, S.AE_18FF, S.AE_28FF,
];

/** § 44(4) AufenthG: admissible if seats are free. */
export const INTEGRATION_COURSE_ADMISSIBLE: readonly S[] = [
  S.AUFENTHALTSGESTATTUNG, S.DULDUNG_60A_2_3, S.AE_24, S.AE_25_5,
];

export const INTEGRATION_COURSE: readonly S[] = [...INTEGRATION_COURSE_ENTITLED, ...INTEGRATION_COURSE_ADMISSIBLE];

/** DeuFöV: residence permits and settlement permit, plus Gestattung and the Duldung variants that allow work or training. */
export const JOB_RELATED_LANGUAGE: readonly S[] = [
  S.AE_25_1, S.AE_25_2, S.AE_25_3, S.AE_25_4A, S.AE_25_5, S.AE_25B, S.AE_24, S.AE_23_2, S.AE_23_4, S.AE_18FF, S.AE_28FF,
  S.NIEDERLASSUNGSERLAUBNIS, S.AUFENTHALTSGESTATTUNG, S.DULDUNG_60A_2_3, S.DULDUNG_60C, S.DULDUNG_60D,
];

/** Work in a company (EQ, internships) needs a work permit: plain Duldung usually has none. */
export const WORK_PERMIT_LIKELY: readonly S[] = JOB_RELATED_LANGUAGE;

/** BOFplus is for refugees: protection statuses, Gestattung and Duldung, not labour migrants. */
export const REFUGEE_STATUSES: readonly S[] = [
  S.AUFENTHALTSGESTATTUNG, S.AE_25_1, S.AE_25_2, S.AE_25_3, S.AE_25_5, S.AE_24, S.AE_23_2, S.AE_23_4,
  S.DULDUNG, S.DULDUNG_60A_2_3, S.DULDUNG_60C,
];

export const OPEN_TO_ALL: readonly S[] = [];
