import { describeEnum } from '../core/graphql/described-enum';

/** The areas of an Integrationsplan (DOMAIN.md). */
export enum PlanArea {
  LANGUAGE = 'LANGUAGE',
  SCHOOL = 'SCHOOL',
  TRAINING_STUDIES = 'TRAINING_STUDIES',
  WORK = 'WORK',
  HOUSING = 'HOUSING',
  HEALTH = 'HEALTH',
  SOCIAL_PARTICIPATION = 'SOCIAL_PARTICIPATION',
  CHILDREN = 'CHILDREN',
}
describeEnum(PlanArea, 'PlanArea', 'An area of the Integrationsplan.', {
  LANGUAGE: 'Sprache: German and literacy.',
  SCHOOL: 'Schule.',
  TRAINING_STUDIES: 'Ausbildung/Studium: vocational training or university.',
  WORK: 'Arbeit.',
  HOUSING: 'Wohnung.',
  HEALTH: 'Gesundheit.',
  SOCIAL_PARTICIPATION: 'Gesellschaftliche Teilhabe: clubs, volunteering, neighbourhood.',
  CHILDREN: 'Kinder: childcare and school of the children.',
});
