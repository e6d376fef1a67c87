/** `npm run bench`: prints the project's performance figures (never asserts them). */
import { runModelBench } from './model.ts';

async function main(): Promise<void> {
  runModelBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
