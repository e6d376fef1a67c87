/**
 * The headless CLI: `npm run sim -- --preset biased-history --runs 10 --format csv`.
 * Every error goes to stderr with exit code 2 and a message that says what to fix.
 */
import { ModelInvariantError, ParamError } from '../../models/index.ts';
import { UsageError } from './args.ts';
import { RunFailure, runCliParallel } from './parallel.ts';

async function main(): Promise<void> {
  // A closed pipe (e.g. `| head`) is a normal way for a reader to stop, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    // Replicates and sweeps run on worker threads (sim-worker.mjs, built next to this bundle).
    await runCliParallel(process.argv.slice(2), (text) => process.stdout.write(text));
  } catch (error) {
    if (error instanceof ParamError) process.stderr.write(`Invalid parameter: ${error.message}\n`);
    else if (error instanceof UsageError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof ModelInvariantError) process.stderr.write(`Model error: ${error.message}\n`);
    else if (error instanceof RunFailure) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  }
}

void main();
