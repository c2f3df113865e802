'use strict';
/**
 * `node -r ./test/support/transpile-require.cjs src/app/main.ts`: runs the hub's TypeScript without
 * a build, as Jest does (transpile only, no type check), so that tests can start real hub
 * processes from the sources they test. The options are tsconfig.json's that matter for emitting.
 */
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
