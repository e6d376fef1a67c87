/**
 * `npm run bench`: prints the project's performance figures (never asserts them).
 * `npm run bench -- model ui` runs only the named parts (model, people, workers, ui, lab).
 */
import { runLabBench } from './lab.ts';
import { printUrnOnce, runModelBench, URN_ONCE_ENV } from './model.ts';
import { runPeopleBench } from './people.ts';
import { runUiBench } from './ui.ts';
import { runWorkerBench } from './workers.ts';

const PARTS: Record<string, () => void | Promise<void>> = {
  model: runModelBench,
  people: runPeopleBench,
  workers: runWorkerBench,
  ui: runUiBench,
  lab: runLabBench,
};

async function main(): Promise<void> {
  // A child of the model part, measuring the urn once in a fresh process.
  if (process.env[URN_ONCE_ENV] === '1') return printUrnOnce();
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    console.error(`Unknown bench part ${unknown.join(', ')}: choose from ${Object.keys(PARTS).join(', ')}.`);
    process.exit(2);
  }
  for (const [name, run] of Object.entries(PARTS)) {
    if (asked.length === 0 || asked.includes(name)) await run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
