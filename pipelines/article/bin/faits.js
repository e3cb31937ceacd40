#!/usr/bin/env node
// The `faits` executable of the published package: the built command line (src/bin.ts → dist/bin.js). A file of
// its own, committed, so that `pnpm install` in the workspace can link it before anything is built.
import '../dist/bin.js';
