import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { ConfigError, loadConfig } from '../../src/core/config';
import { KeyRing, KeyRingError, keyRingFor, loadLocalKeyRing } from '../../src/core/crypto/key-ring';

const CONTEXT = 'client.origin_country';
const oldKey = { id: 'old', key: randomBytes(32) };
const newKey = { id: 'new_2', key: randomBytes(32) };

/** Replaces one character of a base64url part, keeping it valid base64url. */
function alterPart(stored: string, part: number): string {
  const parts = stored.split(':');
  const text = parts[part];
  parts[part] = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
  return parts.join(':');
}

function problemsOf(spec: string): string[] {
  try {
    KeyRing.parse(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(KeyRingError);
    return (error as KeyRingError).problems;
  }
  throw new Error('the spec was accepted');
}

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('key ring', () => {
  const ring = new KeyRing([oldKey]);

  it('round-trips text, including empty and non-ASCII text', () => {
    for (const text of ['Syrien', '', 'Diabetes; braucht Übersetzung ins Tigrinya (ትግርኛ) 🙂']) {
      const stored = ring.encrypt(text, CONTEXT);
      expect(stored).toMatch(/^v1:old:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]*$/);
      expect(ring.decrypt(stored, CONTEXT)).toBe(text);
    }
  });

  it('encrypts the same text differently every time (random IV)', () => {
    const stored = new Set(Array.from({ length: 20 }, () => ring.encrypt('Afghanistan', CONTEXT)));
    expect(stored.size).toBe(20);
    expect(new Set([...stored].map((value) => value.split(':')[2])).size).toBe(20);
  });

  it('refuses altered IV, tag or ciphertext', () => {
    const stored = ring.encrypt('Eritrea', CONTEXT);
    for (const part of [2, 3, 4]) {
      expect(() => ring.decrypt(alterPart(stored, part), CONTEXT)).toThrow('Cannot decrypt client.origin_country: authentication failed');
    }
  });

  it('refuses a value moved to another column (the context is authenticated)', () => {
    const stored = ring.encrypt('Eritrea', CONTEXT);
    expect(() => ring.decrypt(stored, 'client.health_needs')).toThrow(/authentication failed/);
  });

  it('refuses unknown key ids and malformed values without showing key material', () => {
    const foreign = new KeyRing([{ id: 'other', key: randomBytes(32) }]).encrypt('Irak', CONTEXT);
    expect(() => ring.decrypt(foreign, CONTEXT)).toThrow('Cannot decrypt client.origin_country: unknown key id "other" (the key ring holds old)');
    const stored = ring.encrypt('Irak', CONTEXT);
    const [, , iv, tag, data] = stored.split(':');
    for (const malformed of ['Irak', 'v2:old:a:b:c', `v1:old:${iv}:${tag}`, `v1:old:${iv}:${tag}:${data}:x`, `v1:old:${iv}:${tag}:${data}+`, `v1:old:${iv.slice(2)}:${tag}:${data}`, `v1:old:${iv}:${tag.slice(2)}:${data}`]) {
      expect(() => ring.decrypt(malformed, CONTEXT)).toThrow('Cannot decrypt client.origin_country: not a v1 ciphertext');
    }
    try {
      ring.decrypt(alterPart(stored, 4), CONTEXT);
    } catch (error) {
      expect((error as Error).message).not.toContain(oldKey.key.toString('base64'));
      expect((error as Error).message).not.toContain('Irak');
    }
  });

  it('encrypts with the first key and still decrypts with the others', () => {
    const written = ring.encrypt('Türkei', CONTEXT);
    const rotated = new KeyRing([newKey, oldKey]);
    expect(rotated.currentKeyId).toBe('new_2');
    expect(rotated.decrypt(written, CONTEXT)).toBe('Türkei');
    expect(rotated.needsRotation(written)).toBe(true);
    const rewritten = rotated.encrypt('Türkei', CONTEXT);
    expect(rewritten.startsWith('v1:new_2:')).toBe(true);
    expect(rotated.needsRotation(rewritten)).toBe(false);
    expect(() => ring.decrypt(rewritten, CONTEXT)).toThrow(/unknown key id "new_2"/);
  });

  it('keeps key bytes out of logs and JSON', () => {
    const shown = `${inspect(ring, { depth: 5, showHidden: true })}${JSON.stringify(ring)}`;
    expect(shown).not.toContain(oldKey.key.toString('base64'));
    expect(shown).not.toMatch(/<Buffer/);
  });
});

describe('KeyRing.parse (CLIENT_DATA_KEYS)', () => {
  const encoded = (key: Buffer) => key.toString('base64');

  it('reads the keys, the first one current', () => {
    // Standard or URL-safe base64, spaces around entries allowed.
    const ring = KeyRing.parse(` new_2:${encoded(newKey.key)} , old:${oldKey.key.toString('base64url')}`);
    expect(ring.currentKeyId).toBe('new_2');
    expect(ring.decrypt(new KeyRing([oldKey]).encrypt('Syrien', CONTEXT), CONTEXT)).toBe('Syrien');
  });

  it('names every problem at once, never a key value', () => {
    const short = randomBytes(16).toString('base64');
    const problems = problemsOf(`a:${short},a:${encoded(newKey.key)},a:${encoded(oldKey.key)},b@d:${encoded(oldKey.key)},${encoded(oldKey.key)},c:not*base64,,`);
    expect(problems).toEqual([
      'key 5 has no id: write it as <id>:<base64 of 32 bytes>',
      'key "c" is not base64',
      'key 7 is empty',
      'key 8 is empty',
      'key "a" must be 32 bytes (got 16)',
      'key id "a" is used more than once',
      'key 4 has an invalid id: use 1 to 32 of A-Z a-z 0-9 _ -',
    ]);
    for (const secret of [short, encoded(newKey.key), encoded(oldKey.key)]) expect(problems.join('\n')).not.toContain(secret);
  });

  it('refuses an empty value and over-long ids', () => {
    expect(problemsOf('  ')).toEqual([expect.stringMatching(/^no key given/)]);
    expect(problemsOf(`${'k'.repeat(33)}:${encoded(oldKey.key)}`)).toEqual(['key 1 has an invalid id: use 1 to 32 of A-Z a-z 0-9 _ -']);
    expect(() => new KeyRing([])).toThrow(/the key ring holds no key/);
  });

  it('is validated with the configuration, required in production', () => {
    expect(loadConfig({ CLIENT_DATA_KEYS: `k1:${encoded(oldKey.key)}` }).clientDataKeys).toBe(`k1:${encoded(oldKey.key)}`);
    const error = configError({ CLIENT_DATA_KEYS: `k1:${encoded(oldKey.key)},k1:${randomBytes(8).toString('base64')}` });
    expect(error.problems).toEqual(['CLIENT_DATA_KEYS: key id "k1" is used more than once', 'CLIENT_DATA_KEYS: key "k1" must be 32 bytes (got 8)']);
    expect(error.message).not.toContain(encoded(oldKey.key));
    expect(configError({ NODE_ENV: 'production' }).problems).toContain('CLIENT_DATA_KEYS is required when NODE_ENV=production (the local key is for development)');
  });
});

describe('the local development key', () => {
  it('is made once, private to its owner, and reused', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hub-keys-'));
    const dataDir = path.join(folder, 'data');
    try {
      // Concurrent first starts must agree on one key.
      const rings = await Promise.all(Array.from({ length: 8 }, () => loadLocalKeyRing(dataDir)));
      const stored = rings[0].encrypt('Syrien', CONTEXT);
      for (const ring of rings) expect(ring.decrypt(stored, CONTEXT)).toBe('Syrien');
      const again = await keyRingFor({ clientDataKeys: undefined, dataDir });
      expect(again.currentKeyId).toBe(rings[0].currentKeyId);
      expect(again.decrypt(stored, CONTEXT)).toBe('Syrien');
      const file = path.join(dataDir, 'keys', 'client-data-keys');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      // The data folder itself stays as any new folder: the embedded PostgreSQL's user must reach its own.
      mkdirSync(path.join(folder, 'reference'));
      expect(statSync(dataDir).mode).toBe(statSync(path.join(folder, 'reference')).mode);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives way to CLIENT_DATA_KEYS', async () => {
    const ring = await keyRingFor({ clientDataKeys: `prod:${oldKey.key.toString('base64')}`, dataDir: '/nonexistent' });
    expect(ring.currentKeyId).toBe('prod');
  });
});
