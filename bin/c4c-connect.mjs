#!/usr/bin/env node
// The command line: a built bundle of electron/cli (npm run build makes it).
import '../out/cli/index.mjs';
