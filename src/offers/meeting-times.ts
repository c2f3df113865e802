import { PartOfDay, Weekday, type TimeSlot } from '../vocabulary/time-slot';

/** Monday to Sunday, and morning to evening: the order of the enums' declarations. */
const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);
const PARTS_OF_DAY: readonly PartOfDay[] = Object.values(PartOfDay);

/** The most slots an offer can meet at: every part of every day (7 × 3 = 21). */
export const MAX_MEETING_TIMES = WEEKDAYS.length * PARTS_OF_DAY.length;

/**
 * The slots an offer meets at: each of its weekdays at each of its parts of the day, ordered by
 * weekday (Monday first), then part of the day (morning first). A day or part given twice counts
 * once, so there are never more than MAX_MEETING_TIMES.
 */
export function meetingTimesOf(weekdays: readonly Weekday[], timesOfDay: readonly PartOfDay[]): TimeSlot[] {
  const parts = PARTS_OF_DAY.filter((part) => timesOfDay.includes(part));
  return WEEKDAYS.filter((day) => weekdays.includes(day)).flatMap((weekday) => parts.map((partOfDay) => ({ weekday, partOfDay })));
}
