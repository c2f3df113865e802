import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireRole, Role, type Viewer } from '../core/auth/viewer';
import type { PageRequest } from '../core/relay/connection';
import { findPage } from '../core/relay/entity-page';
import { fail, problem, succeed, type Problem, type Result } from '../core/result';
import { MAX_TRUSTED_DOCUMENT_NAME_LENGTH, TrustedDocument } from './trusted-document.entity';
import type { TrustedDocumentErrorCode } from './trusted-document.errors';

/** The most tokens a document to register may have (graphql-js's `maxTokens`). */
export const MAX_TRUSTED_DOCUMENT_TOKENS = 10_000;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Why a text is no valid document of the schema, or null. Given by the caller, which holds the
 * schema (the resolver: the request's own schema).
 */
export type DocumentCheck = (text: string) => string | null;

/** Registering trusted documents is for admins. */
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
  async register(viewer: Viewer, input: { name: string; body: string }, check: DocumentCheck): Promise<Result<TrustedDocument, TrustedDocumentErrorCode>> {
    requireRole(viewer, Role.ADMIN);
    const name = input.name.trim();
    const problems: Problem<TrustedDocumentErrorCode>[] = [];
    if (name.length === 0 || name.length > MAX_TRUSTED_DOCUMENT_NAME_LENGTH) {
      problems.push(problem('INVALID', 'name', `Give the document a name of 1 to ${MAX_TRUSTED_DOCUMENT_NAME_LENGTH} characters.`));
    }
    const invalid = check(input.body);
    if (invalid !== null) problems.push(problem('INVALID', 'document', invalid));
    if (problems.length > 0) return fail(problems);

    const sha256 = sha256Hex(input.body);
    const known = await this.em.findOne(TrustedDocument, { sha256 });
    if (known) return succeed(known);
    const trustedDocument = Object.assign(new TrustedDocument(), { sha256, name, body: input.body });
    await this.em.persistAndFlush(trustedDocument);
    return succeed(trustedDocument);
  }
}
