import { OfferFamily, PROGRAMME_FAMILY, Programme } from '../../src/offers/offer.enums';
import type { Weighted } from '../random';
import type { ProgrammeProfile } from './programme-profile';
import { LANGUAGE_PROGRAMMES } from './programmes-language';
import { SCHOOL_TO_WORK_PROGRAMMES } from './programmes-school-to-work';
import { VOLUNTEER_PROGRAMMES } from './programmes-volunteer';

/** Share of each family among all offers, in percent. */
export const FAMILY_SHARES: Readonly<Record<OfferFamily, number>> = {
  LANGUAGE_COURSE: 45,
  VOLUNTEER_PROGRAMME: 35,
  SCHOOL_TO_WORK: 20,
};

const BY_FAMILY: Readonly<Record<OfferFamily, readonly ProgrammeProfile[]>> = {
  LANGUAGE_COURSE: LANGUAGE_PROGRAMMES,
  VOLUNTEER_PROGRAMME: VOLUNTEER_PROGRAMMES,
  SCHOOL_TO_WORK: SCHOOL_TO_WORK_PROGRAMMES,
};

/** Every programme once, in its right family; a profile in the wrong file would skew the mix silently. */
function checkCoverage(): void {
  const seen = new Set<Programme>();
  for (const [family, profiles] of Object.entries(BY_FAMILY) as [OfferFamily, readonly ProgrammeProfile[]][]) {
    for (const profile of profiles) {
      if (PROGRAMME_FAMILY[profile.programme] !== family) throw new Error(`${profile.programme} is not a ${family}`);
      if (seen.has(profile.programme)) throw new Error(`${profile.programme} has two profiles`);
      seen.add(profile.programme);
    }
  }
  const missing = Object.values(Programme).filter((programme) => !seen.has(programme));
  if (missing.length > 0) throw new Error(`programmes without a seed profile: ${missing.join(', ')}`);
}

/** Each profile weighted by its family's share times its share within the family. */
export function programmeMix(): Weighted<ProgrammeProfile> {
  checkCoverage();
  return (Object.keys(BY_FAMILY) as OfferFamily[]).flatMap((family) => {
    const profiles = BY_FAMILY[family];
    const total = profiles.reduce((sum, profile) => sum + profile.weight, 0);
    return profiles.map((profile) => [profile, (FAMILY_SHARES[family] * profile.weight) / total] as const);
  });
}
