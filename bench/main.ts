/** `npm run bench`: prints the project's performance figures (never asserts them). */
import { runLabBench } from './lab.ts';
import { runModelBench } from './model.ts';
import { runPeopleBench } from './people.ts';
import { runUiBench } from './ui.ts';
import { runWorkerBench } from './workers.ts';

async function main(): Promise<void> {
  runModelBench();
  runPeopleBench();
  await runWorkerBench();
  await runUiBench();
  await runLabBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
