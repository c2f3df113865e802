import type { Viewer } from '../core/auth/viewer';
import type { District } from './district.entity';
import type { Municipality } from './municipality.entity';

/** Districts are public reference data. */
export function canSeeDistrict(_viewer: Viewer, _district: District): boolean {
  return true;
}

/** Municipalities are public reference data. */
export function canSeeMunicipality(_viewer: Viewer, _municipality: Municipality): boolean {
  return true;
}
