import { Type, type Platform, type TransformContext } from '@mikro-orm/core';
import { clientDataKeyRing } from './key-ring';

/**
 * A text column stored only as ciphertext (see KeyRing), plaintext in the entity. `context` names
 * the column (e.g. `client.origin_country`) and is authenticated with every value.
 *
 * Encryption uses a random IV, so the same text never encrypts the same way twice. MikroORM
 * detects changes by comparing database values (the snapshot taken at load against the one taken
 * at flush), so this type keeps the loaded ciphertext as the snapshot (`ensureComparable` false)
 * and compares by plaintext (`compareValues`): an entity loaded and flushed unchanged is not
 * rewritten.
 */
export class EncryptedText extends Type<string | null, string | null> {
  constructor(readonly context: string) {
    super();
  }

  override convertToDatabaseValue(value: string | null | undefined, _platform?: Platform, transform?: TransformContext): string | null {
    if (value == null) return null;
    // A fresh ciphertext never equals the stored one, so a condition on it would silently match nothing.
    if (transform?.mode === 'query') throw new Error(`${this.context} is stored encrypted and cannot be used in a query condition`);
    return clientDataKeyRing().encrypt(value, this.context);
  }

  override convertToJSValue(value: string | null | undefined): string | null {
    if (value == null) return null;
    return clientDataKeyRing().decrypt(value, this.context);
  }

  /** The loaded ciphertext is snapshot as it is, instead of being encrypted once more at load. */
  override ensureComparable(): boolean {
    return false;
  }

  override compareAsType(): string {
    return 'string';
  }

  /** Equal when both decrypt to the same text; anything undecryptable counts as changed (and is rewritten). */
  override compareValues(a: string | null, b: string | null): boolean {
    if (a === b) return true;
    if (a == null || b == null) return false;
    try {
      const ring = clientDataKeyRing();
      return ring.decrypt(a, this.context) === ring.decrypt(b, this.context);
    } catch {
      return false;
    }
  }

  override getColumnType(): string {
    return 'text';
  }
}
