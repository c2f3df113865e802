import type { MikroORM } from '@mikro-orm/postgresql';
import type { TrustedDocumentStore } from '../core/graphql/trusted-documents';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const KEPT = 1_000;

/**
 * Trusted documents for the request path. A registered document never changes (its key is its
 * hash), so hits are kept in the process; misses are not, so a new registration works at once.
 */
export class DatabaseTrustedDocumentStore implements TrustedDocumentStore {
  private readonly known = new Map<string, string>();

  constructor(private readonly orm: MikroORM) {}

  async find(sha256: string): Promise<string | undefined> {
    if (!SHA256_HEX.test(sha256)) return undefined;
    const hit = this.known.get(sha256);
    if (hit !== undefined) return hit;
    const [row] = await this.orm.em.fork().getConnection().execute<Array<{ body: string }>>('select body from trusted_document where sha256 = ?', [sha256]);
    if (!row) return undefined;
    if (this.known.size >= KEPT) this.known.clear();
    this.known.set(sha256, row.body);
    return row.body;
  }
}
