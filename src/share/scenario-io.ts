/**
 * Scenario files in the browser: save the settings on screen as a JSON download, and read a file
 * the user picks. Nothing is uploaded: the file is read in the page and checked like a link.
 */
import type { Params } from '../../models/index.ts';
import { downloadText } from '../app/download.ts';
import { exportFileName } from '../app/file-names.ts';
import { t } from '../i18n/index.ts';
import { MAX_SCENARIO_CHARS, parseScenarioFile, scenarioFileText, type ScenarioLoad } from './scenario-file.ts';

/** Scenario files are a few kilobytes (1.5 MB for the largest custom city); a file is refused before it is read past this. */
const MAX_FILE_BYTES = MAX_SCENARIO_CHARS;

/** Offers the settings as `runaway-<preset>-seed<seed>[-modified]-scenario.json`; returns the file name. */
export function saveScenarioFile(presetId: string, params: Params, seed: number, modified: boolean): string {
  const fileName = exportFileName({ presetId, seed, modified }, 'scenario', 'json');
  downloadText(scenarioFileText(presetId, params, seed), fileName, 'application/json');
  return fileName;
}

/** Reads and checks a file the user chose. */
export async function readScenarioFile(file: Blob): Promise<ScenarioLoad> {
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = Math.round(file.size / 1024 / 1024);
    return { ok: false, field: '(file)', message: t('share.file.tooLarge', { megabytes, button: t('share.menu.save') }) };
  }
  return parseScenarioFile(await file.text());
}

/** Asks the user for a file; resolves with its checked content, or null if they cancelled. */
export function pickScenarioFile(): Promise<ScenarioLoad | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      resolve(file ? readScenarioFile(file) : null);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}
