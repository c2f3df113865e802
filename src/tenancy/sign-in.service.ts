import { UniqueConstraintViolationException, type MikroORM } from '@mikro-orm/postgresql';
import { unauthenticated } from '../core/auth/authenticate';
import { AGENCY_ROLES, Role, type Claims, type UserViewer } from '../core/auth/viewer';
import { withSettings } from '../core/database/tenant-settings';
import { fromGlobalId } from '../core/relay/global-id';
import { AppError } from '../core/errors';

const CACHE_MS = 60_000;
const CACHE_LIMIT = 10_000;
/** The unique index on lower(hub_user.email). */
const EMAIL_UNIQUE = 'hub_user_email_unique';

interface UserRow {
  id: number;
  team_id: number | null;
  team_caseloads: boolean | null;
}

/**
 * Maps verified token claims to the hub's own records: the agency or provider named by the
 * claims, and the person's `hub_user` row, created or refreshed at most once a minute. Roles that
 * need a tenant the token does not name are dropped: least privilege.
 */
export class SignInService {
  private readonly cache = new Map<string, { viewer: UserViewer; expires: number }>();

  constructor(private readonly orm: MikroORM) {}

  async viewerFor(claims: Claims): Promise<UserViewer> {
    const key = JSON.stringify(claims);
    const cached = this.cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.viewer;

    const agencyId = claims.agency === null ? null : await this.agencyId(claims.agency);
    const providerId = claims.provider === null ? null : await this.providerId(claims.provider);
    if (agencyId !== null && providerId !== null) throw unauthenticated('The token names both an agency and a provider.');
    const roles = claims.roles.filter((role) => (AGENCY_ROLES.includes(role) ? agencyId !== null : role === Role.PROVIDER_STAFF ? providerId !== null : true));

    const row = await this.userRow(claims, roles, agencyId, providerId);

    const viewer: UserViewer = Object.freeze({
      kind: 'user',
      userId: row.id,
      subject: claims.subject,
      email: claims.email,
      roles: Object.freeze(roles),
      agencyId,
      providerId,
      teamId: row.team_id,
      caseloadTeamId: row.team_caseloads && roles.includes(Role.MANAGER) ? row.team_id : null,
    });
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, { viewer, expires: Date.now() + CACHE_MS });
    return viewer;
  }

  /**
   * The person's hub_user row, created or refreshed. A unique violation is either a race (another
   * first sign-in of the same person committed the row meanwhile: looking again finds it) or an
   * e-mail address that another subject holds. That one is refused rather than re-linked: whoever
   * controls an identity provider account with that address would otherwise take the row over.
   */
  private async userRow(claims: Claims, roles: readonly Role[], agencyId: number | null, providerId: number | null): Promise<UserRow> {
    try {
      return await this.saveUserRow(claims, roles, agencyId, providerId);
    } catch (error) {
      if (uniqueViolationOf(error) === null) throw error;
      // The transaction is aborted; look again in a new one, once.
    }
    try {
      return await this.saveUserRow(claims, roles, agencyId, providerId);
    } catch (error) {
      if (uniqueViolationOf(error) === EMAIL_UNIQUE) {
        throw unauthenticated('This e-mail address belongs to another account; an administrator must re-link it.');
      }
      throw error;
    }
  }

  private saveUserRow(claims: Claims, roles: readonly Role[], agencyId: number | null, providerId: number | null): Promise<UserRow> {
    return withSettings(this.orm.em.fork(), { 'hub.subject': claims.subject, 'hub.email': claims.email ?? '' }, async (tx) => {
      const values = [claims.subject, claims.email, claims.name, `{${roles.join(',')}}`, agencyId, providerId];
      const [updated] = await tx.execute<UserRow[]>(
        `update hub_user set subject = ?, email = coalesce(?, email), name = coalesce(?, name), roles = ?::text[],
           agency_id = ?, provider_id = ?, last_seen_at = now()
         -- The person's own row, else an unclaimed row an admin prepared for the e-mail address.
         where id = (select id from (select id, 0 as rank from hub_user where subject = ?
                                     union all select id, 1 from hub_user where subject is null and lower(email) = lower(?)) as candidates
                     order by rank limit 1)
         returning id, team_id, (select team_caseloads_visible from agency where id = hub_user.agency_id) as team_caseloads`,
        [...values, claims.subject, claims.email ?? ''],
      );
      if (updated) return updated;
      if (claims.email === null) throw unauthenticated('The token carries no e-mail address, which a first sign-in needs.');
      const [inserted] = await tx.execute<UserRow[]>(
        `insert into hub_user (subject, email, name, roles, agency_id, provider_id, last_seen_at)
         values (?, ?, ?, ?::text[], ?, ?, now()) returning id, team_id, false as team_caseloads`,
        values,
      );
      return inserted;
    });
  }

  /** The agency claim holds an agency's key or its global ID. */
  private async agencyId(claim: string): Promise<number> {
    const byId = globalIdOf('Agency', claim);
    const [row] = await this.orm.em.fork().execute<Array<{ id: number }>>(
      'select id from agency where key = ? or id = ?',
      [claim, byId ?? 0],
    );
    if (!row) throw unauthenticated(`The token's agency "${claim}" is not known here.`);
    return row.id;
  }

  private async providerId(claim: string): Promise<number> {
    const byId = globalIdOf('Provider', claim);
    const [row] = byId === null ? [] : await this.orm.em.fork().execute<Array<{ id: number }>>('select id from provider where id = ?', [byId]);
    if (!row) throw unauthenticated(`The token's provider "${claim}" is not known here.`);
    return row.id;
  }
}

/** The unique constraint (or unique index) a database error violated, else null. */
function uniqueViolationOf(error: unknown): string | null {
  if (!(error instanceof UniqueConstraintViolationException)) return null;
  // MikroORM copies the driver error's fields, pg's `constraint` among them.
  const { constraint } = error as { constraint?: unknown };
  return typeof constraint === 'string' ? constraint : '';
}

function globalIdOf(type: string, value: string): number | null {
  try {
    const decoded = fromGlobalId(value);
    return decoded.type === type ? decoded.id : null;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
