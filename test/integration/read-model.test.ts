import { ReferenceKind, type EntityClass, type EntityManager } from '@mikro-orm/postgresql';
import { Client } from '../../src/caseloads/client.entity';
import { executeBoundArrays } from '../../src/core/database/bound-statement';
import { MAX_SHAPES_PER_ENTITY, ReadModel } from '../../src/core/database/read-model';
import { Offer } from '../../src/offers/offer.entity';
import { PlanMeasure } from '../../src/plans/plan.entity';
import { aClient, aGoal, aMeasure, aPlan, insert } from '../factories';
import { createTenants } from '../support/tenants';
import { createTestHub, type TestHub } from '../support/test-hub';

// A read-only view must hold what MikroORM's own hydration of the same row holds: the oracle is a
// managed entity loaded with `findOneOrFail`, compared property by property of the entity metadata.

let hub: TestHub;
let ids: { client: number; measure: number; offer: number };
beforeAll(async () => {
  hub = await createTestHub();
  const tenants = await createTenants(hub);
  const [offer] = await hub.sql<{ id: number }>('select id from offer order by id limit 1');
  ids = await insert(hub, async (em) => {
    const client = await aClient(em, { agencyId: tenants.agencyA.id, originCountry: 'Eritrea', healthNeeds: null });
    const measure = aMeasure(em, aGoal(em, aPlan(em, client)), { offerId: offer.id } as never);
    await em.flush();
    return { client: client.id, measure: measure.id, offer: offer.id };
  });
});
afterAll(() => hub.close());

/** What a property holds, comparably: a Date as its time, a relation as its key. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return { date: value.getTime() };
  if (value !== null && typeof value === 'object' && 'id' in value && !Array.isArray(value)) return { id: (value as { id: unknown }).id };
  return value ?? null;
}

async function viewAndEntity<T extends object>(entity: EntityClass<T>, table: string, id: number): Promise<{ view: T; fromArray: T; managed: T; properties: string[] }> {
  const em: EntityManager = hub.ownerEm();
  const model = new ReadModel(entity, em.getMetadata(), 'a', em.getPlatform());
  const [row] = await em.execute<Array<Record<string, unknown>>>(`select ${model.selectList().text} from "${table}" a where a.id = ?`, [id]);
  const properties = em
    .getMetadata()
    .get(entity.name)
    .props.filter((prop) => prop.persist !== false && !prop.lazy && prop.fieldNames?.length === 1 && (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE))
    .map((prop) => prop.name);
  // The same row read as an array (as loaders read theirs), with a column after the model's own.
  const [array] = await executeBoundArrays(em, `select ${model.selectList().text}, 'extra' from "${table}" a where a.id = ?`, [id]);
  return { view: model.fromRow(row)!, fromArray: model.fromArray(array)!, managed: await em.fork().findOneOrFail(entity, id as never), properties };
}

describe('ReadModel', () => {
  it.each([
    ['offer', Offer, () => ids.offer],
    ['client', Client, () => ids.client],
    ['plan_measure', PlanMeasure, () => ids.measure],
  ] as const)('maps a row of %s as MikroORM hydrates it', async (table, entity, id) => {
    const { view, fromArray, managed, properties } = await viewAndEntity(entity as EntityClass<object>, table, id());
    expect(properties.length).toBeGreaterThan(5);
    const of = (object: object) => Object.fromEntries(properties.map((name) => [name, comparable((object as Record<string, unknown>)[name])]));
    expect(of(view)).toEqual(of(managed));
    expect(of(fromArray)).toEqual(of(managed));
    for (const built of [view, fromArray]) {
      expect(built).toBeInstanceOf(entity);
      expect(Object.isFrozen(built)).toBe(true);
    }
  });

  it('turns timestamps into Dates, relations into key-only stand-ins and decrypts encrypted columns', async () => {
    const { view: offer } = await viewAndEntity(Offer, 'offer', ids.offer);
    expect(offer.createdAt).toBeInstanceOf(Date);
    expect(offer.provider).toEqual({ id: expect.any(Number) });
    const { view: client } = await viewAndEntity(Client, 'client', ids.client);
    expect(client.originCountry).toBe('Eritrea');
    expect(client.healthNeeds).toBeNull();
    expect(client.closedAt).toBeNull();
    expect(typeof client.birthDate).toBe('string');
  });

  it('narrows to the properties asked for, with the key and references, and throws on reading any other', async () => {
    const em: EntityManager = hub.ownerEm();
    const full = new ReadModel(Client, em.getMetadata(), 'a', em.getPlatform());
    const narrow = full.narrow(new Set(['familyName', 'originCountry']));
    expect(narrow.selectList().text).not.toContain('health_needs');
    const [row] = await em.execute<Array<Record<string, unknown>>>(`select ${narrow.selectList().text} from client a where a.id = ?`, [ids.client]);
    const view = narrow.fromRow(row)!;
    const managed = await em.fork().findOneOrFail(Client, ids.client);
    expect(view.familyName).toBe(managed.familyName);
    expect(view.originCountry).toBe('Eritrea');
    expect(view.id).toBe(ids.client);
    expect(view.agency).toEqual({ id: managed.agency.id });
    expect(() => view.healthNeeds).toThrow('Client.healthNeeds was not read');
    expect(() => view.givenNames).toThrow('Client.givenNames was not read');
    expect(view).toBeInstanceOf(Client);
  });

  it('reads every column when a name is no column (a getter) or nothing is given, and shares narrowed models', () => {
    const model = new ReadModel(Offer, hub.ownerEm().getMetadata(), 'o');
    expect(model.narrow(null)).toBe(model);
    expect(model.narrow(new Set(['title', 'globalId']))).toBe(model);
    expect(model.narrow(new Set(['title']))).toBe(model.narrow(new Set(['title'])));
    expect(model.narrow(new Set(['title'])).projectionKey).toBe(model.narrow(new Set(['title', 'id'])).projectionKey);
    expect(model.projectionKey).toBe('*');
  });

  it('keeps a bounded number of narrowed shapes: past it, selections no shape was made for read every column', () => {
    const model = new ReadModel(Offer, hub.ownerEm().getMetadata(), 'bounded');
    const columns = ['title', 'description', 'status', 'family', 'programme', 'format', 'capacity', 'seatsTaken', 'startDate', 'endDate', 'minAge', 'maxAge'];
    const keys = new Set<string>();
    for (let i = 0; i < columns.length; i += 1) for (let j = i + 1; j < columns.length; j += 1) keys.add(model.narrow(new Set([columns[i], columns[j]])).projectionKey);
    // 66 pairs asked for; the shapes of this alias and the others of this entity share the bound.
    expect(keys.has('*')).toBe(true);
    expect(keys.size - 1).toBeLessThanOrEqual(MAX_SHAPES_PER_ENTITY);
    expect(model.narrow(new Set(['title', 'description'])).projectionKey).not.toBe('*');
  });

  it('is null for a row a left join found nothing for', () => {
    const model = new ReadModel(Offer, hub.ownerEm().getMetadata(), 'o');
    expect(model.fromRow({ 'o.id': null })).toBeNull();
  });
});
