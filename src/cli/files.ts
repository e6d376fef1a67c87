/**
 * The CLI's file access, with every failure a one-line UsageError (exit code 2): `--params` reads
 * only a regular file up to MAX_PARAMS_FILE_BYTES (a device such as /dev/zero or a pipe is refused
 * from its metadata, without opening it, so nothing blocks), and `--out` is checked before the
 * run (its folder exists, it is not a folder) and written with the reason of any failure.
 */
import { readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { clip, jsonShapeProblem } from '../../models/index.ts';
import { UsageError } from './args.ts';

/** Largest `--params` file read: a custom city of 10,000 neighborhoods, indented, is about 1.5 MB. */
export const MAX_PARAMS_FILE_BYTES = 4 * 1024 * 1024;

/** The parsed JSON of a `--params` file. */
export function readParamsFile(path: string): unknown {
  const name = `--params file "${clip(path)}"`;
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new UsageError(`Cannot read ${name}: it is ${kindOf(stats)}, not a regular file. Give a JSON file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${name}: ${reason(error)}.`);
  }
  if (size > MAX_PARAMS_FILE_BYTES) {
    throw new UsageError(`Cannot read ${name}: it is ${size.toLocaleString('en-US')} bytes, and a parameters file may have at most ${MAX_PARAMS_FILE_BYTES.toLocaleString('en-US')} (4 MB).`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${name}: ${reason(error)}.`);
  }
  const problem = jsonShapeProblem(text, MAX_PARAMS_FILE_BYTES);
  if (problem) {
    throw new UsageError(problem.kind === 'too-deep' ? `${name} nests lists or objects more than ${problem.limit} levels deep; it must be an object of parameters.` : `${name} grew past ${MAX_PARAMS_FILE_BYTES.toLocaleString('en-US')} characters while being read.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not valid JSON: ${clip((error as Error).message)}`);
  }
}

/** Refuses an `--out` path that cannot be written, before any work is done. */
export function checkOutputPath(path: string): void {
  const name = `--out "${clip(path)}"`;
  const folder = dirname(resolve(path));
  try {
    if (!statSync(folder).isDirectory()) throw new UsageError(`Cannot write ${name}: ${clip(folder)} is not a folder.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot write ${name}: its folder ${clip(folder)} does not exist (${reason(error)}). Create it first.`);
  }
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`Cannot write ${name}: it is a folder. Give a file name, e.g. ${clip(path.replace(/\/?$/, '/run.json'))}.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Not there yet: fine, it will be created.
  }
}

/** Writes `text` to the `--out` file. */
export function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`Cannot write --out "${clip(path)}": ${reason(error)}.`);
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** A system error as a short phrase: "no such file or folder", "permission denied", … */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a folder';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'ENOSPC': return 'no space left on the device';
    case 'EROFS': return 'the file system is read-only';
    default: return clip((error as Error).message?.split('\n')[0] ?? String(error));
  }
}
