import { Role } from '../../src/core/auth/viewer';
import type { Random } from '../random';
import { STAFF_FAMILY_NAMES, STAFF_GIVEN_NAMES } from './people';
import type { HubUserRow } from './rows';
import type { IdSequences, WorldAgency } from './world';

export interface AgencyStaff {
  managers: HubUserRow[];
  all: HubUserRow[];
}

/**
 * The agency's managers (`manager-<n>@<key>.example.test`, teams taken in turn), one coordinator
 * and one data protection officer. Rows without `subject`: a token with the same e-mail address
 * claims them at first sign-in, so `npm run token -- --user manager-1@lra-tuebingen.example.test`
 * signs in as a manager with a caseload.
 */
export function buildStaff(random: Random, agency: WorldAgency, managers: number, ids: IdSequences): AgencyStaff {
  const person = (local: string, roles: Role[], teamId: number | null): HubUserRow => ({
    id: ids.take('hub_user'),
    email: `${local}@${agency.key}.example.test`,
    name: `${random.pick(STAFF_GIVEN_NAMES)} ${random.pick(STAFF_FAMILY_NAMES)}`,
    agencyId: agency.id,
    teamId,
    roles,
  });
  const teamOf = (index: number) => (agency.teamIds.length === 0 ? null : agency.teamIds[index % agency.teamIds.length]);
  const managerRows = Array.from({ length: managers }, (_, index) => person(`manager-${index + 1}`, [Role.MANAGER], teamOf(index)));
  const others = [person('coordinator', [Role.COORDINATOR], null), person('dpo', [Role.DATA_PROTECTION_OFFICER], null)];
  return { managers: managerRows, all: [...managerRows, ...others] };
}
