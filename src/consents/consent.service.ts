import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../audit/audit.enums';
import type { AuditRecorder } from '../audit/audit-log';
import { findWorkableClient } from '../caseloads/client.policy';
import { userIdOf, type Viewer } from '../core/auth/viewer';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { Provider, type ProviderKind } from '../providers/provider.entity';
import { User } from '../tenancy/user.entity';
import { Consent } from './consent.entity';
import { consentWithdrawn } from './consent-events';
import type { ConsentPurpose } from './consent.enums';
import type { ConsentErrorCode } from './consent.errors';

/** No consent in the ledger was given before this day. */
const EARLIEST_CONSENT = Date.UTC(2000, 0, 1);
/** How far a consent's `givenAt` may lie ahead of the server's clock (clocks differ a little). */
export const CONSENT_CLOCK_SKEW_MS = 60_000;
/** The length of a consent text's version, as the column holds it. */
export const MAX_TEXT_VERSION = 50;

export interface ConsentInput {
  clientId: number;
  purpose: ConsentPurpose;
  recipientProviderId: number | null;
  recipientProviderKind: ProviderKind | null;
  textVersion: string;
  givenAt: Date;
}

/**
 * Whether the client has an active consent for `purpose` that covers `providerId`: one naming
 * that provider, or its kind. Referrals call this before any data leaves the agency.
 */
export async function hasActiveConsent(em: EntityManager, clientId: number, purpose: ConsentPurpose, providerId: number): Promise<boolean> {
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

const userRef = (em: EntityManager, viewer: Viewer) => {
  const userId = userIdOf(viewer);
  return userId === null ? null : em.getReference(User, userId, { wrapped: true });
};

/**
 * The consent ledger: record and withdraw; entries are never edited or deleted. Every change is
 * audited under the operation's purpose; a client or consent outside the viewer's caseload answers
 * like a missing one.
 */
export class ConsentService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditRecorder,
  ) {}

  async record(viewer: Viewer, input: ConsentInput): Promise<Result<Consent, ConsentErrorCode>> {
    const problems: Problem<ConsentErrorCode>[] = [];
    const client = await findWorkableClient(this.em, viewer, input.clientId);
    if (!client) problems.push(problem('NOT_FOUND', 'client', 'No such client in your caseload.'));
    if ((input.recipientProviderId === null) === (input.recipientProviderKind === null)) {
      problems.push(problem('INVALID', null, 'Name one recipient: a provider or a kind of provider.'));
    } else if (input.recipientProviderId !== null && !(await this.em.findOne(Provider, input.recipientProviderId))) {
      problems.push(problem('NOT_FOUND', 'recipientProvider', 'No such provider.'));
    }
    const textVersion = input.textVersion.trim();
    if (textVersion.length === 0 || textVersion.length > MAX_TEXT_VERSION) {
      problems.push(problem('INVALID', 'textVersion', `Name the version of the consent text (1–${MAX_TEXT_VERSION} characters).`));
    }
    if (input.givenAt.getTime() > Date.now() + CONSENT_CLOCK_SKEW_MS) problems.push(problem('INVALID', 'givenAt', 'Consent is recorded after it was given.'));
    // Not NaN and not ages ago: consents are recorded for current work, never for a past century.
    else if (!(input.givenAt.getTime() >= EARLIEST_CONSENT)) problems.push(problem('INVALID', 'givenAt', 'Check the date of the consent.'));
    if (problems.length > 0 || !client) return fail(problems);

    const consent = Object.assign(new Consent(), {
      client,
      purpose: input.purpose,
      recipientProvider: input.recipientProviderId === null ? null : this.em.getReference(Provider, input.recipientProviderId, { wrapped: true }),
      recipientProviderKind: input.recipientProviderKind,
      textVersion,
      givenAt: input.givenAt,
      recordedBy: userRef(this.em, viewer),
    });
    await this.em.persistAndFlush(consent);
    this.audit.record({ action: AuditAction.CREATE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['consents'] });
    return succeed(consent);
  }

  async withdraw(viewer: Viewer, consentId: number): Promise<Result<Consent, ConsentErrorCode>> {
    const consent = await this.em.findOne(Consent, consentId);
    const client = consent && (await findWorkableClient(this.em, viewer, consent.client.id));
    if (!consent || !client) return fail([problem('NOT_FOUND', 'consent', 'No such consent in your caseload.')]);
    if (consent.withdrawnAt) return fail([problem('INVALID', 'consent', 'The consent was withdrawn before.')]);
    Object.assign(consent, { withdrawnAt: new Date(), withdrawnBy: userRef(this.em, viewer) });
    await this.em.flush();
    await consentWithdrawn(this.em, viewer, this.audit, consent);
    this.audit.record({ action: AuditAction.UPDATE, subjectType: 'Client', subjectId: client.id, agencyId: client.agency.id, fields: ['consents.withdrawnAt'] });
    return succeed(consent);
  }
}
