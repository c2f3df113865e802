import { describeEnum } from '../core/graphql/described-enum';

export enum GoalStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}
describeEnum(GoalStatus, 'GoalStatus', 'Progress of a goal.', {
  OPEN: 'Agreed, not started.',
  IN_PROGRESS: 'Being worked on.',
  ACHIEVED: 'Reached.',
  DROPPED: 'Given up or no longer relevant.',
});

export enum MeasureStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
describeEnum(MeasureStatus, 'MeasureStatus', 'Progress of an agreed measure.', {
  PLANNED: 'Agreed, not started.',
  ACTIVE: 'Running: the person takes part.',
  COMPLETED: 'Finished.',
  CANCELLED: 'Stopped or never started.',
});

/** Goals still to be worked on. */
export const OPEN_GOAL_STATUSES: readonly GoalStatus[] = [GoalStatus.OPEN, GoalStatus.IN_PROGRESS];
