import { toGlobalId } from '../../src/core/relay/global-id';
import { OfferSeatsUpdateDocument } from '../generated/graphql';
import { createTenants, type Tenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

/** offerSeatsUpdate as a provider uses it: its own offers only, figures within range, errors as OfferUserError. */
let hub: TestHub;
let tenants: Tenants;
let offerOfP: { id: number; capacity: number; seats_taken: number };

beforeAll(async () => {
  hub = await createTestHub();
  tenants = await createTenants(hub);
  [offerOfP] = await hub.sql<typeof offerOfP>(
    "select id, capacity, seats_taken from offer where provider_id = ? and status = 'PUBLISHED' and capacity > 1 order by id limit 1",
    [tenants.providerP.id],
  );
});
afterAll(() => hub.close());

const update = (input: Record<string, unknown>, viewer = tenants.viewers.staffP) =>
  hub.execute(OfferSeatsUpdateDocument, { input: { offer: toGlobalId('Offer', offerOfP.id), ...input } as never }, viewer);
const seatsInDatabase = async (id: number) => (await hub.sql<{ seats_taken: number }>('select seats_taken from offer where id = ?', [id]))[0].seats_taken;

describe('offerSeatsUpdate', () => {
  it("answers another provider's offer, published or not, exactly like a missing one", async () => {
    const [draftOfP] = await hub.sql<{ id: number }>("select id from offer where provider_id = ? and status <> 'PUBLISHED' order by id limit 1", [tenants.providerP.id]);
    const notFound = { offer: null, userErrors: [{ field: ['input', 'offer'], code: 'NOT_FOUND', message: 'No such offer of your provider.' }] };
    for (const id of [offerOfP.id, draftOfP.id, 999_999]) {
      const result = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: toGlobalId('Offer', id), seatsTaken: 1 } }, tenants.viewers.staffQ);
      expect(result.errors).toBeUndefined();
      expect(result.data!.offerSeatsUpdate).toEqual(notFound);
    }
    expect(await seatsInDatabase(offerOfP.id)).toBe(offerOfP.seats_taken);
    // Its own provider may change a draft of its own.
    const own = await hub.execute(OfferSeatsUpdateDocument, { input: { offer: toGlobalId('Offer', draftOfP.id), seatsTaken: 0 } }, tenants.viewers.staffP);
    expect(own.data!.offerSeatsUpdate).toMatchObject({ offer: { seatsTaken: 0 }, userErrors: [] });
  });

  it('refuses figures out of range as INVALID on their fields, changes nothing and names the offer as it is', async () => {
    const refused = await update({ seatsTaken: offerOfP.capacity + 1, waitlistLength: -1 });
    expect(refused.errors).toBeUndefined();
    const payload = refused.data!.offerSeatsUpdate;
    expect(payload.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.waitlistLength', 'INVALID'],
      ['input.seatsTaken', 'INVALID'],
    ]);
    expect(payload.userErrors[1].message).toBe(`The offer has ${offerOfP.capacity} seats.`);
    expect(payload.offer).toMatchObject({ seatsTaken: offerOfP.seats_taken });
    expect(await seatsInDatabase(offerOfP.id)).toBe(offerOfP.seats_taken);

    // One figure can fail twice (out of range and beyond the capacity): at most 4 problems in all.
    const worst = await update({ seatsTaken: 100_001, waitlistLength: 100_001, waitlistOpen: null });
    expect(worst.data!.offerSeatsUpdate.userErrors.map((error) => error.field.join('.'))).toEqual(['input.seatsTaken', 'input.waitlistLength', 'input.waitlistOpen', 'input.seatsTaken']);
  });

  it('writes the figures of its own offer', async () => {
    const done = await update({ seatsTaken: offerOfP.capacity, waitlistLength: 3, waitlistOpen: true });
    expect(done.data!.offerSeatsUpdate).toEqual({
      offer: { id: toGlobalId('Offer', offerOfP.id), seatsTaken: offerOfP.capacity, freeSeats: 0, waitlistLength: 3, waitlistOpen: true },
      userErrors: [],
    });
    expect(await seatsInDatabase(offerOfP.id)).toBe(offerOfP.capacity);
  });
});
