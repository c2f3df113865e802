/** Jest runs against a real PostgreSQL: embedded by default, DATABASE_URL's server when set. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is its own CI step (npm run typecheck); tests only transpile.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  fakeTimers: { doNotFake: ['nextTick'] },
  maxWorkers: 2,
};
