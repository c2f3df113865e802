// graphql-ws exposes `use/ws` through package.json "exports", which this project's `node`
// module resolution does not read; Node itself does. This points TypeScript at its types.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
