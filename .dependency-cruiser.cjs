/**
 * Import rules of src/, checked in CI (`npm run lint:imports`). Core is the thin shared layer and
 * knows no domain; domains form no cycles; only the composition root (src/app/) sees them all,
 * and the production start-up never loads the demo seed.
 */
const DOMAIN = '^src/(?!(core|app|migrations|types)(/|$))[^/]+(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-domain',
      comment: 'src/core takes the modules as parameters (see src/core/module.ts); it must not import a domain, the composition root or the migrations.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^(src/(?!core/)|seeds/)' },
    },
    {
      name: 'domains-import-no-app',
      comment: 'The composition root lists the domains; a domain importing it would be a cycle in disguise.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '^src/app/' },
    },
    {
      name: 'no-cycles-between-domains',
      comment: 'Domain folders form a hierarchy: a cycle between two of them (through any files) means one concept lives in the wrong folder.',
      severity: 'error',
      scope: 'folder',
      from: { path: DOMAIN },
      to: { path: DOMAIN, circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'Type-only imports are erased at compile time and may go both ways (a context type and what it holds).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'services-speak-the-domain',
      comment: 'Services return Result with domain codes; GraphQL shapes are the resolvers\' business.',
      severity: 'error',
      from: { path: '\\.service\\.ts$' },
      to: { path: '(^src/core/graphql/|type-graphql|^graphql$)' },
    },
    {
      name: 'vocabulary-imports-only-core',
      comment: 'The shared words sit below every domain.',
      severity: 'error',
      from: { path: '^src/vocabulary/' },
      to: { path: '^src/(?!core/|vocabulary/)' },
    },
    {
      name: 'demo-seed-only-in-commands',
      comment: 'The demo generators are development data: only the seed command and the demo start-up (loaded on SEED_DEMO) import them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/app/(commands/seed|demo-seed)\\.ts$' },
      to: { path: '^seeds/' },
    },
    {
      name: 'demo-seed-loaded-only-on-demand',
      comment: 'main.ts may load the demo seed only with a dynamic import, when SEED_DEMO asks for it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/app/demo-seed\\.ts$', dynamic: false },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^dist/' },
  },
};
