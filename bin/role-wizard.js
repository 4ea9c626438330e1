#!/usr/bin/env node
// The published entry point: run the bundle built by `npm run build` (run on install).
import('../dist/cli.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('role-wizard: the build is missing; run `npm run build` in the project folder.\n');
    process.exit(1);
  }
  throw error;
});
