/** Pieces of markup the batch views share: the progress line with its cancel button, and status text. */
import { html, nothing } from 'lit';
import type { BatchController } from './batch-controller.ts';

/** "Running: 23 of 50 runs", "Cancelled after 23 of 50 runs.", and so on. */
export function batchStatusText(batch: BatchController, unit: string): string {
  switch (batch.state) {
    case 'idle':
      return '';
    case 'running':
      return `Running: ${batch.done} of ${batch.total} ${unit} done.`;
    case 'done':
      return `Done: ${batch.total} ${unit}.`;
    case 'cancelled':
      return `Cancelled after ${batch.done} of ${batch.total} ${unit}.`;
    case 'invalid':
      return `These settings cannot run: ${batch.message}`;
    case 'failed':
      return `The simulation failed: ${batch.message} Press Run to try again.`;
  }
}

/** Progress bar, status and Cancel button of a batch. */
export function renderProgress(batch: BatchController, unit: string, onCancel: () => void) {
  const text = batchStatusText(batch, unit);
  return html`<div class="progress">
    ${batch.state === 'running' || batch.state === 'cancelled' || batch.state === 'done'
      ? html`<progress max=${Math.max(1, batch.total)} .value=${batch.done} aria-label=${`Progress: ${batch.done} of ${batch.total} ${unit}`}></progress>`
      : nothing}
    <span class="status ${batch.state === 'invalid' || batch.state === 'failed' ? 'error' : ''}" role="status" aria-live="polite">${text}</span>
    ${batch.running ? html`<button type="button" class="cancel" @click=${onCancel}>Cancel</button>` : nothing}
  </div>`;
}
