import { ConfigError, loadConfig } from '../../src/core/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, introspection: true, seedDemo: true, portal: true });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad variable at once', () => {
    expect.assertions(2);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_DEMO: 'maybe' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.map((p) => p.split(' ')[0])).toEqual(['DATABASE_URL', 'PORT', 'LOG_LEVEL', 'SEED_DEMO']);
    }
  });

  it('turns introspection off and requires a database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_APP_URL is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', MIGRATE_ON_START: 'true' })).toThrow(/DATABASE_URL \(the owner, for migrations\) is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/hub' })).toThrow(/AUTH_ISSUER is required/);
    // The API itself needs only the app role's credentials.
    const production = {
      NODE_ENV: 'production',
      DATABASE_APP_URL: 'postgres://hub_app:secret@db/hub',
      CLIENT_DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
      AUTH_ISSUER: 'https://id.example.test/realms/integration',
      AUTH_JWKS_URL: 'https://id.example.test/realms/integration/protocol/openid-connect/certs',
    };
    expect(loadConfig(production).introspection).toBe(false);
    // The example portal is off in production unless asked for.
    expect(loadConfig(production).portal).toBe(false);
    expect(loadConfig({ ...production, PORTAL_ENABLED: 'true' }).portal).toBe(true);
    expect(() => loadConfig({ PORTAL_ENABLED: 'sometimes' })).toThrow(/PORTAL_ENABLED must be true or false/);
    // Webhook endpoints are https-only in production, whatever the variable says.
    expect(loadConfig({ ...production, WEBHOOK_REQUIRE_HTTPS: 'false' }).webhooks.requireHttps).toBe(true);
  });

  it('reads the webhook settings, with the Standard Webhooks style retry schedule by default', () => {
    const defaults = loadConfig({}).webhooks;
    expect(defaults).toEqual({ requireHttps: false, allowPrivateAddresses: false, timeoutMs: 10_000, retryScheduleSeconds: [5, 300, 1800, 7200, 18000, 36000, 36000], pollIntervalMs: 1000 });
    expect(loadConfig({ WEBHOOK_RETRY_SCHEDULE_SECONDS: '0, 1,2' }).webhooks.retryScheduleSeconds).toEqual([0, 1, 2]);
    expect(() => loadConfig({ WEBHOOK_RETRY_SCHEDULE_SECONDS: '5,soon' })).toThrow(/WEBHOOK_RETRY_SCHEDULE_SECONDS must be/);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'maybe' })).toThrow(/WEBHOOK_ALLOW_PRIVATE must be true or false/);
  });

  it('refuses half-configured token verification', () => {
    // An issuer alone is verified through its discovery document; it must be a URL for that.
    expect(loadConfig({ AUTH_ISSUER: 'https://id.example.test' }).auth.jwksUrl).toBeUndefined();
    expect(() => loadConfig({ AUTH_ISSUER: 'id.example.test' })).toThrow(/AUTH_ISSUER must be an http\(s\) URL/);
    expect(() => loadConfig({ AUTH_JWKS_FILE: 'jwks.json' })).toThrow(/need AUTH_ISSUER/);
  });
});
