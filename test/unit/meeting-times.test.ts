import { MAX_MEETING_TIMES, meetingTimesOf } from '../../src/offers/meeting-times';
import { PartOfDay, Weekday } from '../../src/vocabulary/time-slot';

describe('meeting times', () => {
  it('orders by weekday, then part of the day, whatever order the lists have', () => {
    expect(meetingTimesOf([Weekday.FRIDAY, Weekday.MONDAY], [PartOfDay.EVENING, PartOfDay.MORNING])).toEqual([
      { weekday: 'MONDAY', partOfDay: 'MORNING' },
      { weekday: 'MONDAY', partOfDay: 'EVENING' },
      { weekday: 'FRIDAY', partOfDay: 'MORNING' },
      { weekday: 'FRIDAY', partOfDay: 'EVENING' },
    ]);
  });

  it('is empty when either list is, and counts a repeated day or part once', () => {
    expect(meetingTimesOf([], [PartOfDay.MORNING])).toEqual([]);
    expect(meetingTimesOf([Weekday.SUNDAY], [])).toEqual([]);
    expect(meetingTimesOf([Weekday.SUNDAY, Weekday.SUNDAY], [PartOfDay.AFTERNOON, PartOfDay.AFTERNOON])).toEqual([{ weekday: 'SUNDAY', partOfDay: 'AFTERNOON' }]);
  });

  it('never exceeds its cap of 21, every part of every day', () => {
    const all = meetingTimesOf([...Object.values(Weekday), ...Object.values(Weekday)], [...Object.values(PartOfDay)].reverse());
    expect(MAX_MEETING_TIMES).toBe(21);
    expect(all).toHaveLength(21);
    expect(all[0]).toEqual({ weekday: 'MONDAY', partOfDay: 'MORNING' });
    expect(all[20]).toEqual({ weekday: 'SUNDAY', partOfDay: 'EVENING' });
  });
});
