import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, Role, type Viewer } from '../core/auth/viewer';
import { withSettings } from '../core/database/tenant-settings';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { fail, problem, succeed, type Failure, type Problem, type Success } from '../core/result';
import { Provider } from '../providers/provider.entity';
import { Agency } from '../tenancy/agency.entity';
import { AGENCY_SCOPES, ApiKey, MAX_API_KEY_NAME_LENGTH, PROVIDER_SCOPES, type ApiKeyScope } from './api-key.entity';
import type { ApiKeyErrorCode } from './api-key.errors';

/** hub_<10 hex prefix>_<43 base64url secret>: the prefix finds the row, the secret proves possession. */
const KEY_FORMAT = /^hub_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;

/** A key with its new secret: the full key, returned once and never stored. */
export interface IssuedApiKey {
  apiKey: ApiKey;
  secret: string;
}

/**
 * The outcome of a command on an existing key. A failure names the key when it exists (a revoked
 * key answers ALREADY_REVOKED with the key, so the caller sees when it was revoked).
 */
export type ApiKeyResult<T> = Success<T> | (Failure<ApiKeyErrorCode> & { apiKey: ApiKey | null });

const failWith = (apiKey: ApiKey | null, found: Problem<ApiKeyErrorCode>): Failure<ApiKeyErrorCode> & { apiKey: ApiKey | null } => ({ ...fail([found]), apiKey });

export interface ApiKeyCreateInput {
  name: string;
  /** Exactly one of the two: the tenant the key acts for. */
  providerId: number | null;
  agencyId: number | null;
  scopes: ApiKeyScope[];
  trustedDocumentsOnly: boolean;
}

/**
 * API keys for providers' and agencies' third-party systems. Managing them is for admins only.
 * `authenticate` is the one method without a viewer: it is how a request gets one.
 */
export class ApiKeyService {
  constructor(private readonly em: EntityManager) {}

  list(viewer: Viewer, providerId: number | null, page: PageRequest) {
    requireRole(viewer, Role.ADMIN);
    const where = providerId == null ? {} : { provider: providerId };
    return findPage(this.em, ApiKey, where, { keys: [{ property: 'id', type: 'integer' }], direction: 'desc' }, page);
  }

  count(viewer: Viewer, providerId: number | null): Promise<number> {
    requireRole(viewer, Role.ADMIN);
    return this.em.count(ApiKey, providerId == null ? {} : { provider: providerId });
  }

  async create(viewer: Viewer, input: ApiKeyCreateInput): Promise<ApiKeyResult<IssuedApiKey>> {
    requireRole(viewer, Role.ADMIN);
    const name = input.name.trim();
    const problems: Problem<ApiKeyErrorCode>[] = [];
    if (name.length === 0 || name.length > MAX_API_KEY_NAME_LENGTH) {
      problems.push(problem('INVALID', 'name', `Give the key a name of 1 to ${MAX_API_KEY_NAME_LENGTH} characters.`));
    }
    // Which scopes fit depends on the tenant: without exactly one, that is the problem to name first.
    const oneTenant = (input.providerId === null) !== (input.agencyId === null);
    if (!oneTenant) problems.unshift(problem('INVALID', null, 'Name exactly one tenant for the key: a provider or an agency.'));
    if (input.scopes.length === 0) problems.push(problem('INVALID', 'scopes', 'Give the key at least one scope.'));
    else if (oneTenant) {
      const forProvider = input.providerId !== null;
      const fitting = forProvider ? PROVIDER_SCOPES : AGENCY_SCOPES;
      if (input.scopes.some((scope) => !fitting.includes(scope))) {
        problems.push(problem('INVALID', 'scopes', `${forProvider ? 'A provider' : 'An agency'} key takes only these scopes: ${fitting.join(', ')}.`));
      }
    }
    if (oneTenant && input.providerId !== null && !(await this.em.findOne(Provider, input.providerId))) {
      problems.push(problem('NOT_FOUND', 'provider', 'No such provider.'));
    } else if (oneTenant && input.agencyId !== null && !(await this.em.findOne(Agency, input.agencyId))) {
      problems.push(problem('NOT_FOUND', 'agency', 'No such agency.'));
    }
    if (problems.length > 0) return { ...fail(problems), apiKey: null };

    const { prefix, secret, hash } = newSecret();
    const apiKey = Object.assign(new ApiKey(), {
      name,
      provider: input.providerId === null ? null : this.em.getReference(Provider, input.providerId, { wrapped: true }),
      agency: input.agencyId === null ? null : this.em.getReference(Agency, input.agencyId, { wrapped: true }),
      scopes: [...new Set(input.scopes)],
      trustedDocumentsOnly: input.trustedDocumentsOnly,
      prefix,
      secretHash: hash,
    });
    await this.em.persistAndFlush(apiKey);
    return succeed({ apiKey, secret });
  }

  /** A new secret under a new prefix; the old one stops working at once. */
  async rotate(viewer: Viewer, apiKeyId: number): Promise<ApiKeyResult<IssuedApiKey>> {
    requireRole(viewer, Role.ADMIN);
    const apiKey = await this.em.findOne(ApiKey, apiKeyId);
    if (!apiKey) return failWith(null, problem('NOT_FOUND', 'apiKey', 'No such API key.'));
    if (apiKey.revokedAt) return failWith(apiKey, problem('ALREADY_REVOKED', 'apiKey', 'A revoked key cannot be rotated.'));
    const { prefix, secret, hash } = newSecret();
    Object.assign(apiKey, { prefix, secretHash: hash, issuedAt: new Date() });
    await this.em.flush();
    return succeed({ apiKey, secret });
  }

  async revoke(viewer: Viewer, apiKeyId: number): Promise<ApiKeyResult<ApiKey>> {
    requireRole(viewer, Role.ADMIN);
    const apiKey = await this.em.findOne(ApiKey, apiKeyId);
    if (!apiKey) return failWith(null, problem('NOT_FOUND', 'apiKey', 'No such API key.'));
    if (apiKey.revokedAt) return failWith(apiKey, problem('ALREADY_REVOKED', 'apiKey', 'The key was revoked before.'));
    apiKey.revokedAt = new Date();
    await this.em.flush();
    return succeed(apiKey);
  }

  /**
   * The viewer a presented key stands for, or null when it is unknown, wrong or revoked.
   * Records the use, at most once a minute per key.
   */
  async authenticate(presented: string): Promise<Viewer | null> {
    const match = KEY_FORMAT.exec(presented);
    if (!match) return null;
    // RLS lets a presented key's prefix reach its own row, and nothing else.
    return withSettings(this.em, { 'hub.api_key_prefix': match[1] }, async (tx) => {
      type Row = { id: number; provider_id: number | null; agency_id: number | null; scopes: string[]; secret_hash: Buffer; revoked_at: Date | null; trusted_documents_only: boolean };
      const [row] = await tx.execute<Row[]>('select id, provider_id, agency_id, scopes, secret_hash, revoked_at, trusted_documents_only from api_key where prefix = ?', [match[1]]);
      if (!row || row.revoked_at || !timingSafeEqual(sha256(match[2]), row.secret_hash)) return null;
      await tx.execute(
        `update api_key set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [row.id],
      );
      return {
        kind: 'integration',
        apiKeyId: row.id,
        providerId: row.provider_id,
        agencyId: row.agency_id,
        scopes: row.scopes,
        trustedDocumentsOnly: row.trusted_documents_only,
      } satisfies Viewer;
    });
  }
}


function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function newSecret(): { prefix: string; secret: string; hash: Buffer } {
  const prefix = randomBytes(5).toString('hex');
  const secretPart = randomBytes(32).toString('base64url');
  return { prefix, secret: `hub_${prefix}_${secretPart}`, hash: sha256(secretPart) };
}
