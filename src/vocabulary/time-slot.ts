import { Field, InputType, ObjectType } from 'type-graphql';
import { describeEnum } from '../core/graphql/described-enum';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
describeEnum(Weekday, 'Weekday', 'Day of the week.', {
  MONDAY: 'Monday.',
  TUESDAY: 'Tuesday.',
  WEDNESDAY: 'Wednesday.',
  THURSDAY: 'Thursday.',
  FRIDAY: 'Friday.',
  SATURDAY: 'Saturday.',
  SUNDAY: 'Sunday.',
});

export enum PartOfDay {
  MORNING = 'MORNING',
  AFTERNOON = 'AFTERNOON',
  EVENING = 'EVENING',
}
describeEnum(PartOfDay, 'PartOfDay', 'Part of the day: when an offer meets, when a client is free.', {
  MORNING: 'Before about 12:00.',
  AFTERNOON: 'About 12:00 to 17:00.',
  EVENING: 'After about 17:00.',
});

/** A part of one weekday: when an offer meets, when a client is free. */
@ObjectType({ simpleResolvers: true, description: 'A part of one weekday, e.g. Monday morning.' })
export class TimeSlot {
  @Field(() => Weekday, { description: 'The day.' })
  weekday!: Weekday;

  @Field(() => PartOfDay, { description: 'The part of the day.' })
  partOfDay!: PartOfDay;
}

@InputType({ description: 'A part of one weekday, e.g. Monday morning.' })
export class TimeSlotInput {
  @Field(() => Weekday, { description: 'The day.' })
  weekday!: Weekday;

  @Field(() => PartOfDay, { description: 'The part of the day.' })
  partOfDay!: PartOfDay;
}
