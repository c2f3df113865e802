import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { providerOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Failure, type Problem, type Success } from '../core/result';
import { Municipality } from '../geography/municipality.entity';
import { Location } from '../providers/location.entity';
import { Provider } from '../providers/provider.entity';
import { catalogueOutboxOf, type CatalogueAction } from './catalogue-changes';
import { Offer } from './offer.entity';
import { OfferStatus } from './offer.enums';
import type { OfferErrorCode } from './offer.errors';

export interface LocationFields {
  name?: string | null;
  street?: string;
  postalCode?: string;
  municipalityId?: number;
  latitude?: number;
  longitude?: number;
  wheelchairAccessible?: boolean;
  accessibilityNotes?: string | null;
}

/** Baden-Württemberg's bounding box (WGS 84), with a little margin: a location outside it is a typo. */
export const BW_BOUNDS = { south: 47.5, north: 49.8, west: 7.5, east: 10.5 } as const;

export type LocationWriteResult = Success<Location> | (Failure<OfferErrorCode> & { location: Location | null });

const notFound = (): LocationWriteResult => ({ ...fail([problem<OfferErrorCode>('NOT_FOUND', 'location', 'No such location of your provider.')]), location: null });

/**
 * Providers keep the places where they run offers. Locations are public from their creation; an
 * archived one keeps its past offers but takes no new ones. Only the location's own provider may
 * change it (row-level security refuses anyone else's writes too).
 */
export class LocationPublishingService {
  constructor(private readonly em: EntityManager) {}

  async create(viewer: Viewer, fields: LocationFields): Promise<LocationWriteResult> {
    const providerId = providerOf(viewer);
    if (providerId === null) return notFound();
    const missing = (['street', 'postalCode', 'municipalityId', 'latitude', 'longitude'] as const).filter((field) => fields[field] == null);
    const problems: Problem<OfferErrorCode>[] = missing.map((field) => problem('INVALID', `fields.${field === 'municipalityId' ? 'municipality' : field}`, 'A new location needs this field.'));
    problems.push(...(await this.problems(fields)));
    if (problems.length > 0) return { ...fail(problems), location: null };
    const location = new Location();
    location.provider = this.em.getReference(Provider, providerId, { wrapped: true });
    this.apply(location, fields);
    this.em.persist(location);
    await this.em.flush();
    this.record(location, 'CREATED');
    return succeed(location);
  }

  async update(viewer: Viewer, locationId: number, fields: LocationFields): Promise<LocationWriteResult> {
    const location = await this.lockOwn(viewer, locationId);
    if (!location) return notFound();
    const problems = await this.problems(fields);
    if (problems.length > 0) return { ...fail(problems), location };
    this.apply(location, fields);
    await this.em.flush();
    this.record(location, 'UPDATED');
    return succeed(location);
  }

  /** Archives a location no published offer meets at any more. */
  async archive(viewer: Viewer, locationId: number): Promise<LocationWriteResult> {
    const location = await this.lockOwn(viewer, locationId);
    if (!location) return notFound();
    if (location.archivedAt !== null) return succeed(location);
    const inUse = await this.em.count(Offer, { location: location.id, status: OfferStatus.PUBLISHED });
    if (inUse > 0) return { ...fail([problem<OfferErrorCode>('INVALID', 'location', `${inUse} published offers meet here; archive them or move them elsewhere first.`)]), location };
    location.archivedAt = new Date();
    await this.em.flush();
    this.record(location, 'ARCHIVED');
    return succeed(location);
  }

  private async lockOwn(viewer: Viewer, locationId: number): Promise<Location | null> {
    const providerId = providerOf(viewer);
    if (providerId === null) return null;
    return this.em.findOne(Location, { id: locationId, provider: providerId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  private async problems(fields: LocationFields): Promise<Problem<OfferErrorCode>[]> {
    const found: Problem<OfferErrorCode>[] = [];
    const add = (field: string, message: string) => found.push(problem('INVALID', `fields.${field}`, message));
    for (const field of ['street', 'postalCode', 'municipalityId', 'latitude', 'longitude', 'wheelchairAccessible'] as const) {
      if (fields[field] === null) add(field === 'municipalityId' ? 'municipality' : field, 'A location always has this field; give a value instead of null.');
    }
    if (fields.street != null && (fields.street.trim() === '' || fields.street.length > 255)) add('street', 'Give the street and house number (at most 255 characters).');
    if (fields.name != null && fields.name.length > 255) add('name', 'At most 255 characters.');
    if (fields.accessibilityNotes != null && fields.accessibilityNotes.length > 2000) add('accessibilityNotes', 'At most 2,000 characters.');
    if (fields.postalCode != null && !/^\d{5}$/.test(fields.postalCode)) add('postalCode', 'Give a five-digit German postal code.');
    if (fields.latitude != null && !(fields.latitude >= BW_BOUNDS.south && fields.latitude <= BW_BOUNDS.north)) add('latitude', 'The place lies outside Baden-Württemberg.');
    if (fields.longitude != null && !(fields.longitude >= BW_BOUNDS.west && fields.longitude <= BW_BOUNDS.east)) add('longitude', 'The place lies outside Baden-Württemberg.');
    if (fields.municipalityId != null && !(await this.em.findOne(Municipality, { id: fields.municipalityId }))) {
      found.push(problem('NOT_FOUND', 'fields.municipality', 'No such municipality in Baden-Württemberg.'));
    }
    return found;
  }

  private apply(location: Location, fields: LocationFields): void {
    const { municipalityId, ...rest } = fields;
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) (location as unknown as Record<string, unknown>)[key] = value;
    if (municipalityId != null) location.municipality = this.em.getReference(Municipality, municipalityId, { wrapped: true });
  }

  private record(location: Location, action: CatalogueAction): void {
    catalogueOutboxOf(this.em).add({ subjectType: 'LOCATION', subjectId: location.id, providerId: location.provider.id, action, public: true, version: null });
  }
}
