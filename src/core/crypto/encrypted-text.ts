import { Type, type Configuration, type MetadataStorage, type Platform, type TransformContext } from '@mikro-orm/core';
import type { KeyRing } from './key-ring';

/**
 * The key ring of each ORM (see `attachKeyRing`), by the ORM's Configuration: its platform and
 * every fork of its EntityManager share that object, another ORM never does. Two ORMs in one
 * process (the API and the owner's, or a test's) may so encrypt under different rings.
 */
const rings = new WeakMap<Configuration, KeyRing>();

/**
 * The ORM each EncryptedText belongs to. MikroORM hands convertToDatabaseValue and
 * convertToJSValue the platform they run for, but calls compareValues with the two values only:
 * there the type instance itself has to say whose ring applies.
 */
const owners = new WeakMap<EncryptedText, Configuration>();

/**
 * A text column stored only as ciphertext (see KeyRing), plaintext in the entity. `context` names
 * the column (e.g. `client.origin_country`) and is authenticated with every value. The keys are
 * those of the ORM the value is converted for (`attachKeyRing`, called by `createOrm`); an ORM
 * without a ring refuses to read or write these columns.
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

  override convertToDatabaseValue(value: string | null | undefined, platform?: Platform, transform?: TransformContext): string | null {
    if (value == null) return null;
    // A fresh ciphertext never equals the stored one, so a condition on it would silently match nothing.
    if (transform?.mode === 'query') throw new Error(`${this.context} is stored encrypted and cannot be used in a query condition`);
    return ringOf(platform?.getConfig(), this.context).encrypt(value, this.context);
  }

  override convertToJSValue(value: string | null | undefined, platform?: Platform): string | null {
    if (value == null) return null;
    return ringOf(platform?.getConfig(), this.context).decrypt(value, this.context);
  }

  /** The loaded ciphertext is snapshot as it is, instead of being encrypted once more at load. */
  override ensureComparable(): boolean {
    return false;
  }

  override compareAsType(): string {
    return 'string';
  }

  /**
   * Equal when both decrypt, under the ring of the ORM this property belongs to, to the same
   * text; anything undecryptable counts as changed (and is rewritten).
   */
  override compareValues(a: string | null, b: string | null): boolean {
    if (a === b) return true;
    if (a == null || b == null) return false;
    const ring = ringOf(owners.get(this), this.context);
    try {
      return ring.decrypt(a, this.context) === ring.decrypt(b, this.context);
    } catch {
      return false;
    }
  }

  override getColumnType(): string {
    return 'text';
  }
}

/**
 * Makes `ring` the key ring of `orm`'s encrypted columns. Each EncryptedText property of its
 * metadata gets an instance of its own, owned by this ORM, for compareValues. (MikroORM 6.6
 * already copies the decorators' metadata for every ORM it discovers, but a type instance shared
 * between two ORMs would make one of them compare under the other's ring.) A property object
 * shared with another ORM, which no instance could tell apart, is refused.
 */
export function attachKeyRing(orm: { config: Configuration; getMetadata(): MetadataStorage }, ring: KeyRing): void {
  const { config } = orm;
  const attached = rings.get(config);
  if (attached && attached !== ring) throw new Error('This ORM has a key ring already');
  rings.set(config, ring);
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    for (const prop of meta.props) {
      const type = prop.customType;
      if (!(type instanceof EncryptedText)) continue;
      const owner = owners.get(type);
      if (owner === config) continue;
      if (owner) throw new Error(`${meta.className}.${prop.name} is shared with another ORM, so its encrypted values cannot tell their key rings apart`);
      const own = new EncryptedText(type.context);
      own.platform = config.getPlatform();
      own.meta = meta;
      own.prop = prop;
      owners.set(own, config);
      prop.customType = own;
    }
  }
}

/** The key ring of the ORM `platform` belongs to (`em.getPlatform()`), e.g. for rows written as raw SQL. */
export function keyRingOf(platform: Platform): KeyRing {
  return ringOf(platform.getConfig(), 'the encrypted columns');
}

function ringOf(config: Configuration | undefined, subject: string): KeyRing {
  const ring = config && rings.get(config);
  if (!ring) throw new Error(`No client data key ring for ${subject}: its ORM was created without one (createOrm's keyRing)`);
  return ring;
}
