/**
 * Shared vocabulary (src/vocabulary/): words every domain uses, with their GraphQL enums. The
 * folder imports only src/core; domains import it, never the other way round.
 */

import { describeEnum } from '../core/graphql/described-enum';

/** CEFR levels in ascending order; the database enum keeps this order, so levels compare with < and >. */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}
describeEnum(CefrLevel, 'CefrLevel', 'Common European Framework of Reference level of German.', {
  A1: 'Breakthrough: simple phrases; roughly the § 44a AufenthG threshold.',
  A2: 'Waystage: routine everyday matters; lower DTZ result.',
  B1: 'Threshold: the Integrationskurs goal; needed for settlement and naturalisation.',
  B2: 'Vantage: recommended for dual vocational training.',
  C1: 'Effective operational proficiency.',
  C2: 'Mastery.',
});
