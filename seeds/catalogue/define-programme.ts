import { OfferFormat } from '../../src/offers/offer.enums';
import { OPEN_TO_ALL } from './eligibility';
import { NO_LEVELS, type ProgrammeProfile } from './programme-profile';

type Required = 'programme' | 'weight' | 'providers' | 'variants' | 'schedules' | 'duration' | 'capacity' | 'cost';

/** Fills the defaults most programmes share, so each profile only states what is particular to it. */
export function defineProgramme(profile: Pick<ProgrammeProfile, Required> & Partial<ProgrammeProfile>): ProgrammeProfile {
  return {
    levels: NO_LEVELS,
    audiences: [],
    childcareChance: 0,
    minAge: null,
    maxAge: null,
    units: null,
    formats: [[OfferFormat.IN_PERSON, 1]],
    rollingEntryChance: 0,
    openCapacityChance: 0,
    admitted: OPEN_TO_ALL,
    languages: { chance: 0.5, max: 2 },
    closings: [],
    ...profile,
  };
}
