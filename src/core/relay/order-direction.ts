import { describeEnum } from '../graphql/described-enum';

/** The direction of every `orderBy: { field, direction }` of the API. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
describeEnum(OrderDirection, 'OrderDirection', 'Sort direction.', { ASC: 'Ascending.', DESC: 'Descending.' });
