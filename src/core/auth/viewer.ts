/** Roles of the hub (issue: "Who may see what"). A token's unknown roles are ignored: least privilege. */
export enum Role {
  MANAGER = 'MANAGER',
  COORDINATOR = 'COORDINATOR',
  PROVIDER_STAFF = 'PROVIDER_STAFF',
  INTEGRATION = 'INTEGRATION',
  DATA_PROTECTION_OFFICER = 'DATA_PROTECTION_OFFICER',
  ADMIN = 'ADMIN',
}

/**
 * Who is asking. Without credentials: the public audience (partner portals), which sees the
 * published catalogue and nothing else. With a verified token: a user, with the roles, agency or
 * provider its claims carry.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      /** The token's `sub`: stable across e-mail changes. */
      subject: string;
      email: string | null;
      roles: readonly Role[];
      agency: string | null;
      provider: string | null;
    }
  | {
      kind: 'integration';
      /** Primary key of the API key: audit trails name the key, not a person. */
      apiKeyId: number;
      /** Primary key of the provider the key acts for. */
      providerId: number;
      scopes: readonly string[];
    };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });
