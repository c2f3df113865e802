import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, Role, type Viewer } from '../core/auth/viewer';
import { withSettings } from '../core/database/tenant-settings';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { Provider } from '../providers/provider.entity';
import { Agency } from '../tenancy/agency.entity';
import { AGENCY_SCOPES, ApiKey, PROVIDER_SCOPES, type ApiKeyScope } from './api-key.entity';

/** hub_<10 hex prefix>_<43 base64url secret>: the prefix finds the row, the secret proves possession. */
const KEY_FORMAT = /^hub_([0-9a-f]{10})_([A-Za-z0-9_-]{43})$/;
const MAX_NAME_LENGTH = 100;

export interface ApiKeySecretResult {
  apiKey: ApiKey | null;
  /** The full key, returned once; never stored. */
  secret: string | null;
  userErrors: UserError[];
}

export interface ApiKeyCreateInput {
  name: string;
  /** Exactly one of the two: the tenant the key acts for. */
  providerId: number | null;
  agencyId: number | null;
  scopes: ApiKeyScope[];
  trustedDocumentsOnly: boolean;
}

/** API keys for providers' third-party systems. Managing them is for admins only. */
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

  async create(viewer: Viewer, input: ApiKeyCreateInput): Promise<ApiKeySecretResult> {
    requireRole(viewer, Role.ADMIN);
    const name = input.name.trim();
    const userErrors: UserError[] = [];
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      userErrors.push(userError(['input', 'name'], UserErrorCode.INVALID, `Give the key a name of 1 to ${MAX_NAME_LENGTH} characters.`));
    }
    // Which scopes fit depends on the tenant: without exactly one, that is the problem to name first.
    const oneTenant = (input.providerId === null) !== (input.agencyId === null);
    if (!oneTenant) userErrors.unshift(userError(['input'], UserErrorCode.INVALID, 'Name exactly one tenant for the key: a provider or an agency.'));
    if (input.scopes.length === 0) userErrors.push(userError(['input', 'scopes'], UserErrorCode.INVALID, 'Give the key at least one scope.'));
    else if (oneTenant) {
      const forProvider = input.providerId !== null;
      const fitting = forProvider ? PROVIDER_SCOPES : AGENCY_SCOPES;
      if (input.scopes.some((scope) => !fitting.includes(scope))) {
        userErrors.push(userError(['input', 'scopes'], UserErrorCode.INVALID, `${forProvider ? 'A provider' : 'An agency'} key takes only these scopes: ${fitting.join(', ')}.`));
      }
    }
    if (oneTenant && input.providerId !== null && !(await this.em.findOne(Provider, input.providerId))) {
      userErrors.push(userError(['input', 'provider'], UserErrorCode.NOT_FOUND, 'No such provider.'));
    } else if (oneTenant && input.agencyId !== null && !(await this.em.findOne(Agency, input.agencyId))) {
      userErrors.push(userError(['input', 'agency'], UserErrorCode.NOT_FOUND, 'No such agency.'));
    }
    if (userErrors.length > 0) return { apiKey: null, secret: null, userErrors };

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
    return { apiKey, secret, userErrors: [] };
  }

  /** A new secret under a new prefix; the old one stops working at once. */
  async rotate(viewer: Viewer, apiKeyId: number): Promise<ApiKeySecretResult> {
    requireRole(viewer, Role.ADMIN);
    const apiKey = await this.em.findOne(ApiKey, apiKeyId);
    if (!apiKey) return { apiKey: null, secret: null, userErrors: [userError(['input', 'apiKey'], UserErrorCode.NOT_FOUND, 'No such API key.')] };
    if (apiKey.revokedAt) {
      return { apiKey, secret: null, userErrors: [userError(['input', 'apiKey'], UserErrorCode.ALREADY_REVOKED, 'A revoked key cannot be rotated.')] };
    }
    const { prefix, secret, hash } = newSecret();
    Object.assign(apiKey, { prefix, secretHash: hash, issuedAt: new Date() });
    await this.em.flush();
    return { apiKey, secret, userErrors: [] };
  }

  async revoke(viewer: Viewer, apiKeyId: number): Promise<{ apiKey: ApiKey | null; userErrors: UserError[] }> {
    requireRole(viewer, Role.ADMIN);
    const apiKey = await this.em.findOne(ApiKey, apiKeyId);
    if (!apiKey) return { apiKey: null, userErrors: [userError(['input', 'apiKey'], UserErrorCode.NOT_FOUND, 'No such API key.')] };
    if (apiKey.revokedAt) return { apiKey, userErrors: [userError(['input', 'apiKey'], UserErrorCode.ALREADY_REVOKED, 'The key was revoked before.')] };
    apiKey.revokedAt = new Date();
    await this.em.flush();
    return { apiKey, userErrors: [] };
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
