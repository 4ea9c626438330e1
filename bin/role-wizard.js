#!/usr/bin/env node
// The published entry point: run the bundle built by `npm run build` (run on install).
// CommonJS (bin/package.json says so; the path stays that of earlier versions, which npx may
// have linked), as is the bundle: Node's ES module loader would add milliseconds to every start.
'use strict';
try {
  require.resolve('../dist/cli.cjs');
} catch {
  process.stderr.write('role-wizard: the build is missing; run `npm run build` in the project folder.\n');
  process.exit(1);
}
require('../dist/cli.cjs');
