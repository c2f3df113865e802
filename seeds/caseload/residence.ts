import type { ResidenceStatus } from '../../src/vocabulary/residence-status';
import type { Weighted } from '../random';
import type { WorkPermit } from './rows';

/**
 * What a residence status usually looks like on paper: the legal basis as written on the permit,
 * how long one is typically issued for, and how often it comes with a work permit. Typical
 * figures for seed data, not legal rules (those live in the offers' admission data).
 */
export interface ResidenceProfile {
  paragraph: string;
  /** Months a permit or paper runs from the day it was last issued; null: unlimited or a fixed date. */
  validMonths: readonly [number, number] | null;
  /** One end date for everyone holding the status, ISO date. */
  validUntil?: string;
  workPermit: Weighted<WorkPermit>;
}

const ALLOWED: Weighted<WorkPermit> = [['ALLOWED', 1]];
const MOSTLY_WITH_APPROVAL: Weighted<WorkPermit> = [['ALLOWED_WITH_APPROVAL', 75], ['NOT_ALLOWED', 25]];

export const RESIDENCE_PROFILES: Readonly<Record<ResidenceStatus, ResidenceProfile>> = {
  AUFENTHALTSGESTATTUNG: { paragraph: '§ 55 AsylG', validMonths: [3, 6], workPermit: MOSTLY_WITH_APPROVAL },
  AE_25_1: { paragraph: '§ 25 Abs. 1 AufenthG', validMonths: [24, 36], workPermit: ALLOWED },
  AE_25_2: { paragraph: '§ 25 Abs. 2 AufenthG', validMonths: [12, 36], workPermit: ALLOWED },
  AE_25_3: { paragraph: '§ 25 Abs. 3 AufenthG', validMonths: [12, 24], workPermit: ALLOWED },
  AE_25_4A: { paragraph: '§ 25 Abs. 4a AufenthG', validMonths: [6, 12], workPermit: ALLOWED },
  AE_25_5: { paragraph: '§ 25 Abs. 5 AufenthG', validMonths: [6, 36], workPermit: ALLOWED },
  AE_25B: { paragraph: '§ 25b AufenthG', validMonths: [24, 24], workPermit: ALLOWED },
  // Temporary protection ends on a date the EU Council sets for everyone, extended year by year.
  AE_24: { paragraph: '§ 24 AufenthG', validMonths: null, validUntil: '2027-03-04', workPermit: ALLOWED },
  AE_23_2: { paragraph: '§ 23 Abs. 2 AufenthG', validMonths: [36, 36], workPermit: ALLOWED },
  AE_23_4: { paragraph: '§ 23 Abs. 4 AufenthG', validMonths: [36, 36], workPermit: ALLOWED },
  AE_18FF: { paragraph: '§ 18a AufenthG', validMonths: [12, 48], workPermit: ALLOWED },
  AE_28FF: { paragraph: '§ 30 AufenthG', validMonths: [12, 36], workPermit: ALLOWED },
  DULDUNG: { paragraph: '§ 60a Abs. 2 S. 1 AufenthG', validMonths: [1, 6], workPermit: MOSTLY_WITH_APPROVAL },
  DULDUNG_60A_2_3: { paragraph: '§ 60a Abs. 2 S. 3 AufenthG', validMonths: [3, 6], workPermit: MOSTLY_WITH_APPROVAL },
  DULDUNG_60C: { paragraph: '§ 60c AufenthG', validMonths: [12, 36], workPermit: ALLOWED },
  DULDUNG_60D: { paragraph: '§ 60d AufenthG', validMonths: [30, 30], workPermit: ALLOWED },
  NIEDERLASSUNGSERLAUBNIS: { paragraph: '§ 26 Abs. 3 AufenthG', validMonths: null, workPermit: ALLOWED },
};
