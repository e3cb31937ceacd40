#!/usr/bin/env node
/** The `faits` executable: runs the command line and exits with its status (see USAGE in cli.ts). */
import { main } from './cli.ts';

// `faits extract a.txt | head`: the reader closing the pipe ends the output, it is not a crash. (Batch mode sees
// the same error through its own writer and reports E_OUTPUT_UNWRITABLE.)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
