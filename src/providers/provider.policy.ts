import type { Viewer } from '../core/auth/viewer';
import type { Location } from './location.entity';
import type { Provider } from './provider.entity';

/** The directory of providers is public: every viewer sees every provider's organisation data. */
export function canSeeProvider(_viewer: Viewer, _provider: Provider): boolean {
  return true;
}

/** Where providers run offers is public too. */
export function canSeeLocation(_viewer: Viewer, _location: Location): boolean {
  return true;
}
