import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
// Standard or URL-safe alphabet: keys are pasted from `openssl rand -base64 32` and the like.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface DataKey {
  id: string;
  key: Buffer;
}

/** Every problem of a key ring at once; the messages name keys by id or position, never by value. */
export class KeyRingError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid key ring:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'KeyRingError';
  }
}

/**
 * The keys that protect special categories of personal data at rest (AES-256-GCM). The first key
 * encrypts; the others only decrypt, so data written under an old key stays readable until
 * `npm run keys:rotate` has re-encrypted it. A ciphertext reads `v1:<key id>:<iv>:<tag>:<data>`
 * (base64url), and its context (e.g. `client.origin_country`) is authenticated with it, so a value
 * copied into another column fails to decrypt instead of showing up there.
 */
export class KeyRing {
  // Private (#) fields: util.inspect, loggers and JSON.stringify never see key bytes.
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #current: string;

  constructor(keys: ReadonlyArray<DataKey>) {
    const problems = ringProblems(keys.map((key, index) => ({ ...key, position: index + 1 })));
    if (problems.length > 0) throw new KeyRingError(problems);
    this.#keys = new Map(keys.map(({ id, key }) => [id, Buffer.from(key)]));
    this.#current = keys[0].id;
  }

  /** `id1:<base64 of 32 bytes>,id2:<base64>`: the format of CLIENT_DATA_KEYS; the first key is current. */
  static parse(spec: string): KeyRing {
    const problems: string[] = [];
    const candidates: Candidate[] = [];
    const entries = spec.split(',').map((entry) => entry.trim());
    if (entries.length === 1 && entries[0] === '') {
      throw new KeyRingError(['no key given: write <id>:<base64 of 32 bytes>, the current key first, separated by commas']);
    }
    entries.forEach((entry, index) => {
      const position = index + 1;
      const separator = entry.indexOf(':');
      if (entry === '') problems.push(`key ${position} is empty`);
      else if (separator <= 0) problems.push(`key ${position} has no id: write it as <id>:<base64 of 32 bytes>`);
      else {
        const id = entry.slice(0, separator);
        const encoded = entry.slice(separator + 1);
        const key = BASE64.test(encoded) ? Buffer.from(encoded, 'base64') : undefined;
        if (!key) problems.push(`key ${keyName(id, position)} is not base64`);
        candidates.push({ id, key, position });
      }
    });
    problems.push(...ringProblems(candidates, problems.length > 0));
    if (problems.length > 0) throw new KeyRingError(problems);
    return new KeyRing(candidates as DataKey[]);
  }

  get currentKeyId(): string {
    return this.#current;
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#keys.get(this.#current)!, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${FORMAT}:${this.#current}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${data.toString('base64url')}`;
  }

  decrypt(stored: string, context: string): string {
    const parts = stored.split(':');
    const fail = (reason: string) => new Error(`Cannot decrypt ${context}: ${reason}`);
    if (parts.length !== 5 || parts[0] !== FORMAT || !parts.slice(2).every((part) => BASE64URL.test(part))) {
      throw fail(`not a ${FORMAT} ciphertext`);
    }
    const [, keyId, ivText, tagText, dataText] = parts;
    const key = this.#keys.get(keyId);
    if (!key) throw fail(`unknown key id "${KEY_ID.test(keyId) ? keyId : '?'}" (the key ring holds ${[...this.#keys.keys()].join(', ')})`);
    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw fail(`not a ${FORMAT} ciphertext`);
    try {
      const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(Buffer.from(dataText, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw fail('authentication failed (wrong key, another column, or altered data)');
    }
  }

  /** Written under another key than the current one (or not a ciphertext of the current key at all). */
  needsRotation(stored: string): boolean {
    return !stored.startsWith(`${FORMAT}:${this.#current}:`);
  }
}

/** A key as read; `key` is absent when its text was already reported as not base64. */
interface Candidate {
  id: string;
  key: Buffer | undefined;
  position: number;
}

function ringProblems(candidates: Candidate[], othersReported = false): string[] {
  const problems: string[] = [];
  if (candidates.length === 0 && !othersReported) problems.push('the key ring holds no key');
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id, key, position } of candidates) {
    if (!KEY_ID.test(id)) problems.push(`key ${position} has an invalid id: use 1 to 32 of A-Z a-z 0-9 _ -`);
    else if (seen.has(id) && !duplicates.has(id)) problems.push(`key id "${id}" is used more than once`);
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
    if (key && key.length !== KEY_BYTES) problems.push(`key ${keyName(id, position)} must be ${KEY_BYTES} bytes (got ${key.length})`);
  }
  return problems;
}

/** A key by its id when that id is valid; by position otherwise, as a malformed id may be a pasted key. */
function keyName(id: string, position: number): string {
  return KEY_ID.test(id) ? `"${id}"` : String(position);
}

/**
 * Development and tests only: one generated key kept in the data folder, readable only by its
 * owner, reused across restarts so the local database stays readable.
 */
export async function loadLocalKeyRing(dataDir: string): Promise<KeyRing> {
  const file = path.join(dataDir, 'keys', 'client-data-keys');
  try {
    return KeyRing.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Only the keys folder is private: the embedded PostgreSQL, running as its own user, needs to
  // reach its folder next to it.
  await mkdir(dataDir, { recursive: true });
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written in full under a private name, then linked into place: link fails if another process
  // was first, and no reader ever sees a half-written key. Whoever loses reads the winner's key.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, `local-${Date.now().toString(36)}:${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  } finally {
    await unlink(draft);
  }
  return KeyRing.parse(await readFile(file, 'utf8'));
}

/**
 * The configured keys (CLIENT_DATA_KEYS), else the local development key. Takes the two settings
 * rather than the Config, which imports this module to validate CLIENT_DATA_KEYS.
 */
export async function keyRingFor(settings: { clientDataKeys: string | undefined; dataDir: string }): Promise<KeyRing> {
  return settings.clientDataKeys ? KeyRing.parse(settings.clientDataKeys) : loadLocalKeyRing(settings.dataDir);
}
