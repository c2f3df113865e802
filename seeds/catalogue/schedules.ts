import { PartOfDay, Weekday } from '../../src/vocabulary/time-slot';
import type { Random } from '../random';

/** How an offer meets during the week; UE = 45-minute teaching units. */
export interface Schedule {
  weekdays: Weekday[];
  timesOfDay: PartOfDay[];
  hoursPerWeek: number | null;
  uePerWeek: number | null;
  /** Short label for titles: "Vormittag", "Abendkurs". */
  label: string;
  /** Sentence for the description. */
  sentence: string;
}

export type ScheduleKey =
  | 'FULL_TIME'
  | 'PART_TIME_MORNING'
  | 'PART_TIME_AFTERNOON'
  | 'EVENING'
  | 'WEEKEND'
  | 'SCHOOL_WEEK'
  | 'WORK_WEEK'
  | 'TRAINING_WEEK'
  | 'BLOCK_WEEK'
  | 'WEEKLY_MORNING'
  | 'WEEKLY_AFTERNOON'
  | 'WEEKLY_EVENING'
  | 'SATURDAY'
  | 'TWICE_WEEKLY_AFTERNOON'
  | 'HOMEWORK_AFTERNOONS'
  | 'FLEXIBLE';

const WORKDAYS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];
const { MORNING, AFTERNOON, EVENING } = PartOfDay;

const EVERY: Readonly<Record<Weekday, string>> = {
  MONDAY: 'montags', TUESDAY: 'dienstags', WEDNESDAY: 'mittwochs', THURSDAY: 'donnerstags',
  FRIDAY: 'freitags', SATURDAY: 'samstags', SUNDAY: 'sonntags',
};

/** UE per week → hours per week: the field counts 60-minute hours of teaching. */
const hours = (ue: number) => ue * 0.75;

function course(weekdays: Weekday[], times: PartOfDay[], ue: number, label: string, sentence: string): Schedule {
  return { weekdays, timesOfDay: times, uePerWeek: ue, hoursPerWeek: hours(ue), label, sentence: `${sentence} (${ue} UE pro Woche).` };
}

function meeting(weekdays: Weekday[], times: PartOfDay[], hoursPerWeek: number | null, label: string, sentence: string): Schedule {
  return { weekdays, timesOfDay: times, uePerWeek: null, hoursPerWeek, label, sentence };
}

export function buildSchedule(key: ScheduleKey, random: Random): Schedule {
  switch (key) {
    case 'FULL_TIME':
      return course(WORKDAYS, [MORNING], 25, 'Vormittag', 'Unterricht montags bis freitags von 8:30 bis 12:45 Uhr');
    case 'PART_TIME_MORNING':
      return course(WORKDAYS.slice(0, 4), [MORNING], 16, 'Vormittag (Teilzeit)', 'Unterricht montags bis donnerstags von 9:00 bis 12:15 Uhr');
    case 'PART_TIME_AFTERNOON':
      return course(WORKDAYS.slice(0, 4), [AFTERNOON], 16, 'Nachmittag', 'Unterricht montags bis donnerstags von 13:30 bis 16:45 Uhr');
    case 'EVENING': {
      const days = random.chance(0.5) ? [Weekday.MONDAY, Weekday.WEDNESDAY, Weekday.THURSDAY] : [Weekday.TUESDAY, Weekday.THURSDAY];
      return course(days, [EVENING], days.length * 4, 'Abendkurs', `Unterricht ${days.map((d) => EVERY[d]).join(', ')} von 18:00 bis 21:15 Uhr`);
    }
    case 'WEEKEND':
      return course([Weekday.FRIDAY, Weekday.SATURDAY], [MORNING, EVENING], 10, 'Wochenendkurs', 'Unterricht freitags von 17:30 bis 20:45 Uhr und samstags von 9:00 bis 14:00 Uhr');
    case 'SCHOOL_WEEK':
      return meeting(WORKDAYS, [MORNING, AFTERNOON], 30, 'Vollzeit', 'Vollzeitunterricht montags bis freitags, in der Regel von 7:45 bis 15:15 Uhr, mit einem Praxistag pro Woche.');
    case 'WORK_WEEK': {
      const weekly = random.pick([35, 38, 39, 40]);
      return meeting(WORKDAYS, [MORNING, AFTERNOON], weekly, 'Vollzeit', `Vollzeit im Betrieb, ${weekly} Stunden pro Woche, montags bis freitags.`);
    }
    case 'TRAINING_WEEK':
      return meeting(WORKDAYS, [MORNING, AFTERNOON], 35, 'Vollzeit', 'Montags bis freitags von 8:00 bis 15:30 Uhr in Werkstätten und im Unterricht.');
    case 'BLOCK_WEEK':
      return meeting(WORKDAYS, [MORNING], 20, 'Blockwoche', 'Eine Woche lang montags bis freitags von 9:00 bis 13:00 Uhr.');
    case 'WEEKLY_MORNING': {
      const day = random.pick(WORKDAYS);
      return meeting([day], [MORNING], 2, 'Vormittag', `Treffen jeden ${dayName(day)} von 9:30 bis 11:30 Uhr.`);
    }
    case 'WEEKLY_AFTERNOON': {
      const day = random.pick(WORKDAYS);
      return meeting([day], [AFTERNOON], 2, 'Nachmittag', `Treffen jeden ${dayName(day)} von 15:00 bis 17:00 Uhr.`);
    }
    case 'WEEKLY_EVENING': {
      const day = random.pick(WORKDAYS);
      return meeting([day], [EVENING], 2, 'Abend', `Treffen jeden ${dayName(day)} von 18:30 bis 20:30 Uhr.`);
    }
    case 'SATURDAY':
      return meeting([Weekday.SATURDAY], [MORNING], 3, 'Samstag', 'Jeden Samstag von 10:00 bis 13:00 Uhr.');
    case 'TWICE_WEEKLY_AFTERNOON': {
      const days = random.chance(0.5) ? [Weekday.MONDAY, Weekday.WEDNESDAY] : [Weekday.TUESDAY, Weekday.THURSDAY];
      return meeting(days, [AFTERNOON], 3, 'Nachmittag', `${capitalise(EVERY[days[0]])} und ${EVERY[days[1]]} von 14:30 bis 16:00 Uhr.`);
    }
    case 'HOMEWORK_AFTERNOONS':
      return meeting(WORKDAYS.slice(0, 4), [AFTERNOON], 6, 'Nachmittag', 'Montags bis donnerstags von 14:00 bis 15:30 Uhr, in den Schulferien nicht.');
    case 'FLEXIBLE':
      return meeting([], [], null, 'nach Absprache', 'Zeiten werden individuell vereinbart.');
  }
}

function dayName(day: Weekday): string {
  return { MONDAY: 'Montag', TUESDAY: 'Dienstag', WEDNESDAY: 'Mittwoch', THURSDAY: 'Donnerstag', FRIDAY: 'Freitag', SATURDAY: 'Samstag', SUNDAY: 'Sonntag' }[day];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
