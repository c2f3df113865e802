// Lets a child process run the TypeScript sources directly (`node -r ./test/support/ts-register.js
// src/app/main.ts`): each .ts file is transpiled on require, without type checking (tsconfig has
// isolatedModules, so file-by-file transpiling is exact). Unlike Jest's module system, this goes
// through Node's own require, which OpenTelemetry's instrumentations patch.
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
