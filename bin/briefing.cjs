#!/usr/bin/env node
// Entry point of the `briefing` CLI: runs the bundle built by `npm install` (prepare).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('briefing: the CLI is not built yet. Run "npm install" (or "npm run build") in the project folder first.\n');
  process.exit(2);
}
require(bundle);
