import { PlanArea } from './plan-area';
import { ResidenceStatus } from './residence-status';
import { PartOfDay, Weekday, type TimeSlot } from './time-slot';

// German labels of the shared words, for what a person reads (the readable Art. 15 export).

export const RESIDENCE_STATUS_LABELS: Readonly<Record<ResidenceStatus, string>> = {
  AUFENTHALTSGESTATTUNG: 'Aufenthaltsgestattung (§ 55 AsylG)',
  AE_25_1: 'Aufenthaltserlaubnis nach § 25 Abs. 1 AufenthG (Asylberechtigung)',
  AE_25_2: 'Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG (Flüchtlings- oder subsidiärer Schutz)',
  AE_25_3: 'Aufenthaltserlaubnis nach § 25 Abs. 3 AufenthG (Abschiebungsverbot)',
  AE_25_4A: 'Aufenthaltserlaubnis nach § 25 Abs. 4a AufenthG',
  AE_25_5: 'Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG',
  AE_25B: 'Aufenthaltserlaubnis nach § 25b AufenthG (nachhaltige Integration)',
  AE_24: 'Aufenthaltserlaubnis nach § 24 AufenthG (vorübergehender Schutz)',
  AE_23_2: 'Aufenthaltserlaubnis nach § 23 Abs. 2 AufenthG (Aufnahmeprogramm)',
  AE_23_4: 'Aufenthaltserlaubnis nach § 23 Abs. 4 AufenthG (Resettlement)',
  AE_18FF: 'Aufenthaltserlaubnis nach §§ 18 ff. AufenthG (Arbeit oder Ausbildung)',
  AE_28FF: 'Aufenthaltserlaubnis nach §§ 28 ff. AufenthG (Familiennachzug)',
  DULDUNG: 'Duldung (§ 60a AufenthG)',
  DULDUNG_60A_2_3: 'Duldung nach § 60a Abs. 2 S. 3 AufenthG',
  DULDUNG_60C: 'Ausbildungsduldung (§ 60c AufenthG)',
  DULDUNG_60D: 'Beschäftigungsduldung (§ 60d AufenthG)',
  NIEDERLASSUNGSERLAUBNIS: 'Niederlassungserlaubnis',
};

export const PLAN_AREA_LABELS: Readonly<Record<PlanArea, string>> = {
  LANGUAGE: 'Sprache',
  SCHOOL: 'Schule',
  TRAINING_STUDIES: 'Ausbildung/Studium',
  WORK: 'Arbeit',
  HOUSING: 'Wohnen',
  HEALTH: 'Gesundheit',
  SOCIAL_PARTICIPATION: 'Gesellschaftliche Teilhabe',
  CHILDREN: 'Kinder',
};

export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  MONDAY: 'Montag',
  TUESDAY: 'Dienstag',
  WEDNESDAY: 'Mittwoch',
  THURSDAY: 'Donnerstag',
  FRIDAY: 'Freitag',
  SATURDAY: 'Samstag',
  SUNDAY: 'Sonntag',
};

export const PART_OF_DAY_LABELS: Readonly<Record<PartOfDay, string>> = {
  MORNING: 'vormittags',
  AFTERNOON: 'nachmittags',
  EVENING: 'abends',
};

/** "Freitag nachmittags, Montag abends"; "keine Angabe" for none. */
export function timeSlotsInGerman(value: unknown): string {
  const slots = (value ?? []) as TimeSlot[];
  if (slots.length === 0) return 'keine Angabe';
  return slots.map((slot) => `${WEEKDAY_LABELS[slot.weekday]} ${PART_OF_DAY_LABELS[slot.partOfDay]}`).join(', ');
}
