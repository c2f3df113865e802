import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, Role, type Viewer } from '../core/auth/viewer';
import { UserErrorCode, userError, type UserError } from '../core/graphql/user-error';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { TrustedDocument } from './trusted-document.entity';

const MAX_NAME_LENGTH = 100;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Registering trusted documents is for admins; the text was checked against the schema by the caller. */
export class TrustedDocumentService {
  constructor(private readonly em: EntityManager) {}

  list(viewer: Viewer, page: PageRequest) {
    requireRole(viewer, Role.ADMIN);
    return findPage(this.em, TrustedDocument, {}, { keys: [{ property: 'id', type: 'integer' }], direction: 'desc' }, page);
  }

  count(viewer: Viewer): Promise<number> {
    requireRole(viewer, Role.ADMIN);
    return this.em.count(TrustedDocument, {});
  }

  /** Registers a document; the same text registered again answers with the first registration. */
  async register(viewer: Viewer, input: { name: string; body: string }): Promise<{ trustedDocument: TrustedDocument | null; userErrors: UserError[] }> {
    requireRole(viewer, Role.ADMIN);
    const name = input.name.trim();
    if (name.length === 0 || name.length > MAX_NAME_LENGTH) {
      return { trustedDocument: null, userErrors: [userError(['input', 'name'], UserErrorCode.INVALID, `Give the document a name of 1 to ${MAX_NAME_LENGTH} characters.`)] };
    }
    const sha256 = sha256Hex(input.body);
    const known = await this.em.findOne(TrustedDocument, { sha256 });
    if (known) return { trustedDocument: known, userErrors: [] };
    const trustedDocument = Object.assign(new TrustedDocument(), { sha256, name, body: input.body });
    await this.em.persistAndFlush(trustedDocument);
    return { trustedDocument, userErrors: [] };
  }
}
