import { outcomeOf } from '../../src/core/observability/graphql-metrics';
import { HubMetrics } from '../../src/core/observability/metrics';

describe('metric labels', () => {
  it('names only named operations, and no more than the cap', () => {
    const metrics = new HubMetrics({ maxOperationNames: 2, processMetrics: false });
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(metrics.operationLabel('')).toBe('anonymous');
    expect(metrics.operationLabel('Offers')).toBe('Offers');
    expect(metrics.operationLabel('Caseload')).toBe('Caseload');
    expect(metrics.operationLabel('Third')).toBe('other');
    // Names seen before the cap keep their label.
    expect(metrics.operationLabel('Offers')).toBe('Offers');
  });

  it('tells outcomes apart by the answer', () => {
    expect(outcomeOf({ errors: [{ extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } }] })).toBe('refused');
    expect(outcomeOf({ data: { offers: { nodes: [] } } })).toBe('ok');
    expect(outcomeOf({ data: { offerCreate: { offer: null, userErrors: [{ field: ['input'], message: 'x' }] } } })).toBe('user_error');
    expect(outcomeOf({ data: { offerCreate: { offer: {}, userErrors: [] } } })).toBe('ok');
    expect(outcomeOf({ data: { node: null }, errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })).toBe('user_error');
    expect(outcomeOf({ data: null, errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toBe('error');
  });
});
