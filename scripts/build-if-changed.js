#!/usr/bin/env node
'use strict';
/**
 * Compiles with `tsc -p tsconfig.build.json` (and the partner portal's browser code, `tsc -p
 * portal/tsconfig.json`) only when something they compile changed since the last successful build: `npm start`, `npm run token`, `seed`, `migrate`… call it instead of
 * compiling every time (a full compile takes seconds, this check milliseconds).
 *
 * "Changed": a file or folder under a build's `include` (src/, seeds/, test/bench/, portal/…) or one of
 * the tsconfig files, package.json or package-lock.json is newer than `dist/.build-stamp`.
 * Folders count too, so an added, removed or renamed file triggers a build. The stamp carries the
 * time the last successful build *started*: a file saved during a build is compiled next time. A
 * failed build writes no stamp, so the next call compiles again (and fails the same way).
 *
 * `--force` compiles regardless. Messages go to stderr: `npm run -s token` prints only the token.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const PROJECTS = ['tsconfig.build.json', 'portal/tsconfig.json'];
const STAMP = path.join(root, 'dist', '.build-stamp');

/** The folders and files the builds read (their `include`, their tsconfig chains, the dependency set). */
function inputs() {
  const found = new Set(['package.json', 'package-lock.json']);
  for (const project of PROJECTS) {
    let include = [];
    for (let config = project; config; ) {
      found.add(config);
      const parsed = JSON.parse(stripComments(fs.readFileSync(path.join(root, config), 'utf8')));
      if (include.length === 0 && Array.isArray(parsed.include)) include = parsed.include.map((entry) => path.join(path.dirname(config), entry));
      config = typeof parsed.extends === 'string' && parsed.extends.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(config), parsed.extends)) : null;
    }
    for (const entry of include) found.add(entry);
  }
  return [...found].map((entry) => path.join(root, entry));
}

/** tsconfig files may carry `//` comments (on lines of their own here); JSON does not. */
function stripComments(text) {
  return text.replace(/^\s*\/\/.*$/gm, '');
}

/** The first path under `entry` (itself included) modified after `since`, or null. */
function newerThan(entry, since) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return null;
  }
  if (stat.mtimeMs > since) return entry;
  if (!stat.isDirectory()) return null;
  for (const child of fs.readdirSync(entry)) {
    if (child === 'node_modules' || child === '.git') continue;
    const changed = newerThan(path.join(entry, child), since);
    if (changed) return changed;
  }
  return null;
}

function reasonToBuild() {
  if (process.argv.includes('--force')) return 'forced';
  let since;
  try {
    since = fs.statSync(STAMP).mtimeMs;
  } catch {
    return 'no earlier build';
  }
  try {
    for (const entry of inputs()) {
      const changed = newerThan(entry, since);
      if (changed) return `${path.relative(root, changed) || '.'} changed`;
    }
  } catch (error) {
    return `could not compare (${error.message})`;
  }
  return null;
}

const reason = reasonToBuild();
if (reason === null) process.exit(0);

const started = new Date();
process.stderr.write(`Compiling (${reason})…\n`);
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
for (const project of PROJECTS) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
fs.mkdirSync(path.dirname(STAMP), { recursive: true });
fs.writeFileSync(STAMP, `${started.toISOString()}\n`);
fs.utimesSync(STAMP, started, started);
