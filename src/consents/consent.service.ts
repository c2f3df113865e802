import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, AuditPurpose } from '../audit/audit.enums';
import type { AuditLog } from '../audit/audit-log';
import { userRefOf, type ClientService } from '../caseloads/client.service';
import type { Viewer } from '../core/auth/viewer';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import { Provider, type ProviderKind } from '../providers/provider.entity';
import { Consent } from './consent.entity';

const EARLIEST_CONSENT = Date.UTC(2000, 0, 1);

export interface ConsentInput {
  clientId: number;
  purpose: AuditPurpose;
  recipientProviderId: number | null;
  recipientProviderKind: ProviderKind | null;
  textVersion: string;
  givenAt: Date;
}

/**
 * Whether the client has an active consent for `purpose` that covers `providerId`: one naming
 * that provider, or its kind. Referrals call this before any data leaves the agency.
 */
export async function hasActiveConsent(em: EntityManager, clientId: number, purpose: AuditPurpose, providerId: number): Promise<boolean> {
  const [row] = await em.execute<Array<{ covered: boolean }>>(
    `select exists (
       select 1 from consent c join provider p on p.id = ?
       where c.client_id = ? and c.purpose = ? and c.withdrawn_at is null and c.given_at <= now()
         and (c.recipient_provider_id = p.id or c.recipient_provider_kind = p.kind)
     ) as covered`,
    [providerId, clientId, purpose],
  );
  return row.covered;
}

/** The consent ledger: record and withdraw; entries are never edited or deleted. */
export class ConsentService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly clients: ClientService,
    private readonly audit: AuditLog,
    private readonly purpose: AuditPurpose,
  ) {}

  async record(input: ConsentInput): Promise<{ consent: Consent | null; userErrors: UserError[] }> {
    const userErrors: UserError[] = [];
    const client = await this.clients.find(this.viewer, input.clientId);
    if (!client) userErrors.push(userError(['input', 'client'], UserErrorCode.NOT_FOUND, 'No such client in your caseload.'));
    if ((input.recipientProviderId === null) === (input.recipientProviderKind === null)) {
      userErrors.push(userError(['input'], UserErrorCode.INVALID, 'Name one recipient: a provider or a kind of provider.'));
    } else if (input.recipientProviderId !== null && !(await this.em.findOne(Provider, input.recipientProviderId))) {
      userErrors.push(userError(['input', 'recipientProvider'], UserErrorCode.NOT_FOUND, 'No such provider.'));
    }
    const textVersion = input.textVersion.trim();
    if (textVersion.length === 0 || textVersion.length > 50) userErrors.push(userError(['input', 'textVersion'], UserErrorCode.INVALID, 'Name the version of the consent text (1–50 characters).'));
    if (input.givenAt.getTime() > Date.now() + 60_000) userErrors.push(userError(['input', 'givenAt'], UserErrorCode.INVALID, 'Consent is recorded after it was given.'));
    // Not NaN and not ages ago: consents are recorded for current work, never for a past century.
    else if (!(input.givenAt.getTime() >= EARLIEST_CONSENT)) userErrors.push(userError(['input', 'givenAt'], UserErrorCode.INVALID, 'Check the date of the consent.'));
    if (userErrors.length > 0 || !client) return { consent: null, userErrors };

    const consent = Object.assign(new Consent(), {
      client,
      purpose: input.purpose,
      recipientProvider: input.recipientProviderId === null ? null : this.em.getReference(Provider, input.recipientProviderId, { wrapped: true }),
      recipientProviderKind: input.recipientProviderKind,
      textVersion,
      givenAt: input.givenAt,
      recordedBy: userRefOf(this.em, this.viewer),
    });
    await this.em.persistAndFlush(consent);
    this.audit.record({ action: AuditAction.CREATE, purpose: this.purpose, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['consents'] });
    return { consent, userErrors: [] };
  }

  async withdraw(consentId: number): Promise<{ consent: Consent | null; userErrors: UserError[] }> {
    const consent = await this.em.findOne(Consent, consentId);
    const client = consent && (await this.clients.find(this.viewer, consent.client.id));
    if (!consent || !client) return { consent: null, userErrors: [userError(['input', 'consent'], UserErrorCode.NOT_FOUND, 'No such consent in your caseload.')] };
    if (consent.withdrawnAt) return { consent, userErrors: [userError(['input', 'consent'], UserErrorCode.INVALID, 'The consent was withdrawn before.')] };
    Object.assign(consent, { withdrawnAt: new Date(), withdrawnBy: userRefOf(this.em, this.viewer) });
    await this.em.flush();
    this.audit.record({ action: AuditAction.UPDATE, purpose: this.purpose, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['consents.withdrawnAt'] });
    return { consent, userErrors: [] };
  }

}
