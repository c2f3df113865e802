import { OPEN_GOAL_STATUSES_OF_PLANS } from '../../src/caseloads/caseload.service';
import { OPEN_GOAL_STATUSES } from '../../src/plans/plan.enums';

// Caseloads cannot import plans (plans depends on caseloads), so the caseload filter keeps its own
// list of open goal statuses: it must say what the plans module says.
describe('open goal statuses', () => {
  it('are the same in the caseload filter as in the plans module', () => {
    expect([...OPEN_GOAL_STATUSES_OF_PLANS].sort()).toEqual([...OPEN_GOAL_STATUSES].sort());
  });
});
