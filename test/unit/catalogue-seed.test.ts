import { DEFAULT_REFERENCE_DATE, generateCatalogue } from '../../seeds/catalogue-generator';
import { programmeClosures } from '../../seeds/catalogue/programme-closures';
import { OfferStatus } from '../../src/offers/offer.enums';

// DOMAIN.md: the Jugend-, Eltern- und Frauenintegrationskurs are not offered for courses starting
// on or after 1 May 2025. Written out here: the generator reads the date from the rule data.
const ENDED = ['INTEGRATIONSKURS_JUGEND', 'INTEGRATIONSKURS_ELTERN_FRAUEN'];
const ENDED_FROM = '2025-05-01';

describe('the generated catalogue and the programmes that ended', () => {
  it.each([DEFAULT_REFERENCE_DATE, '2025-06-02'])('has no offer of them starting on or after 1 May 2025 (reference date %s), in any status', (referenceDate) => {
    const { offers } = generateCatalogue({ offers: 4000, referenceDate });
    expect(offers).toHaveLength(4000);
    const late = offers.filter((offer) => ENDED.includes(offer.programme) && offer.startDate >= ENDED_FROM);
    expect(late.map((offer) => [offer.id, offer.programme, offer.startDate])).toEqual([]);
  });

  it('still has them where they started before: a catalogue of spring 2025', () => {
    const { offers } = generateCatalogue({ offers: 4000, referenceDate: '2025-03-03' });
    const historical = offers.filter((offer) => ENDED.includes(offer.programme));
    expect(historical.length).toBeGreaterThan(0);
    expect(historical.every((offer) => offer.startDate < ENDED_FROM)).toBe(true);
    expect(historical.some((offer) => offer.status === OfferStatus.PUBLISHED)).toBe(true);
  });

  it('offers the other programmes instead, by the same providers', () => {
    const { offers, providers } = generateCatalogue({ offers: 4000 });
    const used = new Set(offers.map((offer) => offer.providerId));
    expect(providers.filter((provider) => !used.has(provider.id))).toEqual([]);
    expect(offers.filter((offer) => offer.programme === 'INTEGRATIONSKURS_ALLGEMEIN').length).toBeGreaterThan(0);
  });

  it('follows the rule data, not a date of its own: a rule closing a programme from another day closes it from then', () => {
    const closures = programmeClosures([{ key: 'VABO_ENDED', programmes: ['VABO'], route: 'NOT_ELIGIBLE', validFrom: '2027-01-01' }]);
    const { offers } = generateCatalogue({ offers: 4000, closures });
    expect(offers.filter((offer) => offer.programme === 'VABO' && offer.startDate >= '2027-01-01')).toEqual([]);
    expect(offers.some((offer) => offer.programme === 'VABO' && offer.startDate < '2027-01-01')).toBe(true);
    // Only the rules given count: without the seeded rule, the Jugendintegrationskurs comes back.
    expect(offers.some((offer) => offer.programme === 'INTEGRATIONSKURS_JUGEND' && offer.startDate >= ENDED_FROM)).toBe(true);
  });

  it('reads a closure only from rules that exclude everyone: the § 44(4) stop names statuses, so it closes no programme', () => {
    expect(programmeClosures([{ key: 'IK_ADMISSION_STOP', programmes: ['INTEGRATIONSKURS_ALLGEMEIN'], route: 'NOT_ELIGIBLE', residenceStatuses: ['AUFENTHALTSGESTATTUNG'], validFrom: '2026-02-09' }])).toEqual([]);
  });
});
