import { type Offer } from '../../src/offers/offer.entity';
import { OffersViaNodesDocument, OffersViaSearchDocument } from '../generated/graphql';
import { createTestHub, type TestHub } from '../support/test-hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub.close());

/** Relay's opaque ID, written out here rather than taken from src. */
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

/** One offer with its provider, location, place and district, straight from the tables as the owner. */
interface OfferRow {
  id: number; status: string; family: string; programme: string; title: string; description: string; support_languages: string[];
  entry_level_min: string | null; entry_level_max: string | null; target_level: string | null; audiences: string[]; childcare: boolean;
  format: string; start_date: string; end_date: string | null; rolling_entry: boolean; weekdays: string[]; times_of_day: string[];
  hours_per_week: number | null; total_units: number | null; capacity: number | null; seats_taken: number; waitlist_length: number;
  waitlist_open: boolean; fee_euro: number | null; cost_note: string | null; funding: string[]; min_age: number | null; max_age: number | null;
  admitted_residence_statuses: string[];
  p_id: number; p_name: string; p_kind: string; p_email: string | null; p_phone: string | null; p_website: string | null;
  l_id: number | null; l_name: string | null; l_street: string; l_postal_code: string; l_latitude: number; l_longitude: number;
  l_wheelchair_accessible: boolean; l_accessibility_notes: string | null; lp_id: number; lp_name: string;
  m_id: number; m_name: string; m_latitude: number; m_longitude: number; m_population: number; m_postal_code: string;
  d_id: number; d_ags: string; d_name: string; d_kind: string; d_population: number;
}

async function offerRows(ids: number[]): Promise<OfferRow[]> {
  return hub.sql<OfferRow>(
    `select o.id, o.status::text, o.family::text, o.programme::text, o.title, o.description, o.support_languages,
            o.entry_level_min::text, o.entry_level_max::text, o.target_level::text, o.audiences, o.childcare, o.format::text,
            o.start_date::text, o.end_date::text, o.rolling_entry, o.weekdays, o.times_of_day, o.hours_per_week, o.total_units,
            o.capacity, o.seats_taken, o.waitlist_length, o.waitlist_open, o.fee_euro, o.cost_note, o.funding, o.min_age, o.max_age,
            o.admitted_residence_statuses,
            p.id as p_id, p.name as p_name, p.kind::text as p_kind, p.email as p_email, p.phone as p_phone, p.website as p_website,
            l.id as l_id, l.name as l_name, l.street as l_street, l.postal_code as l_postal_code, l.latitude as l_latitude,
            l.longitude as l_longitude, l.wheelchair_accessible as l_wheelchair_accessible, l.accessibility_notes as l_accessibility_notes,
            lp.id as lp_id, lp.name as lp_name,
            m.id as m_id, m.name as m_name, m.latitude as m_latitude, m.longitude as m_longitude, m.population as m_population, m.postal_code as m_postal_code,
            d.id as d_id, d.ags as d_ags, d.name as d_name, d.kind::text as d_kind, d.population as d_population
     from offer o join provider p on p.id = o.provider_id
     left join location l on l.id = o.location_id left join provider lp on lp.id = l.provider_id
     left join municipality m on m.id = l.municipality_id left join district d on d.id = m.district_id
     where o.id = any(?::int[])`,
    [`{${ids.join(',')}}`],
  );
}

/** The answer the API owes for a row, by the schema's descriptions (freeSeats: capacity less seats taken, null when open). */
function expectedOffer(row: OfferRow) {
  return {
    id: globalId('Offer', row.id),
    status: row.status, family: row.family, programme: row.programme, title: row.title, description: row.description,
    supportLanguages: row.support_languages, entryLevelMin: row.entry_level_min, entryLevelMax: row.entry_level_max, targetLevel: row.target_level,
    audiences: row.audiences, childcare: row.childcare, format: row.format, startDate: row.start_date, endDate: row.end_date,
    rollingEntry: row.rolling_entry, weekdays: row.weekdays, timesOfDay: row.times_of_day, meetingTimes: meetingTimesOf(row.weekdays, row.times_of_day), hoursPerWeek: row.hours_per_week,
    totalUnits: row.total_units, capacity: row.capacity, seatsTaken: row.seats_taken, waitlistLength: row.waitlist_length,
    waitlistOpen: row.waitlist_open, feeEuro: row.fee_euro, costNote: row.cost_note, funding: row.funding, minAge: row.min_age,
    maxAge: row.max_age, admittedResidenceStatuses: row.admitted_residence_statuses,
    freeSeats: row.capacity === null ? null : Math.max(0, row.capacity - row.seats_taken),
    provider: { id: globalId('Provider', row.p_id), name: row.p_name, kind: row.p_kind, email: row.p_email, phone: row.p_phone, website: row.p_website },
    location:
      row.l_id === null
        ? null
        : {
            id: globalId('Location', row.l_id), name: row.l_name, street: row.l_street, postalCode: row.l_postal_code,
            latitude: row.l_latitude, longitude: row.l_longitude, wheelchairAccessible: row.l_wheelchair_accessible,
            accessibilityNotes: row.l_accessibility_notes,
            provider: { id: globalId('Provider', row.lp_id), name: row.lp_name },
            municipality: {
              id: globalId('Municipality', row.m_id), name: row.m_name, latitude: row.m_latitude, longitude: row.m_longitude,
              population: row.m_population, postalCode: row.m_postal_code,
              district: { id: globalId('District', row.d_id), code: row.d_ags, name: row.d_name, kind: row.d_kind, population: row.d_population },
            },
          },
  };
}

describe('search results are read-only views', () => {
  it('answer every field as the rows in the tables say, in search and in nodes(ids)', async () => {
    const search = await hub.execute(OffersViaSearchDocument, { first: 100 });
    expect(search.errors).toBeUndefined();
    const viaSearch = search.data!.offers.nodes;
    expect(viaSearch).toHaveLength(100);
    // Online offers (no location) and every format are in the sample.
    expect(viaSearch.some((offer) => offer.location === null)).toBe(true);
    expect(new Set(viaSearch.map((offer) => offer.format))).toEqual(new Set(['IN_PERSON', 'ONLINE', 'HYBRID']));

    const ids = viaSearch.map((offer) => Number(Buffer.from(offer.id, 'base64url').toString().split(':')[1]));
    const rows = new Map((await offerRows(ids)).map((row) => [row.id, row]));
    const expected = ids.map((id) => expectedOffer(rows.get(id)!));
    expect(viaSearch).toEqual(expected);

    const viaNodes = await hub.execute(OffersViaNodesDocument, { ids: viaSearch.map((offer) => offer.id) });
    expect(viaNodes.errors).toBeUndefined();
    expect(viaNodes.data!.nodes).toEqual(expected);
  });

  it('cannot be changed or persisted by accident', async () => {
    const { OfferSearchService } = await import('../../src/offers/search/offer-search.service');
    const { ANONYMOUS } = await import('../../src/core/auth/viewer');
    const em = hub.orm.em.fork();
    const [hit] = await new OfferSearchService(em).search(ANONYMOUS, {}, null, { limit: 1, backward: false, cursor: null });
    expect(() => {
      (hit.offer as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => em.persist(hit.offer as Offer)).toThrow();
  });
});

const CALENDAR = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DAY_PARTS = ['MORNING', 'AFTERNOON', 'EVENING'];

/** Every stored day with every stored part of it, in calendar order. */
function meetingTimesOf(weekdays: string[], parts: string[]): Array<{ weekday: string; partOfDay: string }> {
  return CALENDAR.filter((day) => weekdays.includes(day)).flatMap((weekday) => DAY_PARTS.filter((part) => parts.includes(part)).map((partOfDay) => ({ weekday, partOfDay })));
}
