#!/usr/bin/env node
// Runs the built CLI; `npm run build` (or `npm start`) produces out/main/cli.js.
require('../out/main/cli.js');
