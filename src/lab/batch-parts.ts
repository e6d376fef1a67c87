/** Pieces of markup the batch views share: the progress line with its cancel button, and status text. */
import { html, nothing } from 'lit';
import { t } from '../i18n/index.ts';
import type { RunController } from '../app/run-controller.ts';
import '../i18n/parts/lab.ts';

/** "Running: 23 of 50 runs done.", "Cancelled after 23 of 50 runs.", and so on. */
/** What the progress line reads of a batch's run controller (whatever its value type). */
type BatchProgress = Pick<RunController<unknown>, 'status' | 'done' | 'total' | 'failure' | 'running'>;

export function batchStatusText(batch: BatchProgress): string {
  const counts = { done: batch.done, total: batch.total };
  const message = batch.failure?.message ?? '';
  switch (batch.status) {
    case 'idle':
      return '';
    case 'running':
      return t('lab.batch.running', counts);
    case 'done':
      return t('lab.batch.done', counts);
    case 'cancelled':
      return t('lab.batch.cancelled', counts);
    case 'invalid':
      return t('lab.batch.invalid', { message });
    case 'failed':
      return t('lab.batch.failed', { message });
  }
}

/** Progress bar, status and Cancel button of a batch. */
export function renderProgress(batch: BatchProgress, onCancel: () => void) {
  const text = batchStatusText(batch);
  return html`<div class="progress">
    ${batch.status === 'running' || batch.status === 'cancelled' || batch.status === 'done'
      ? html`<progress max=${Math.max(1, batch.total)} .value=${batch.done} aria-label=${t('lab.batch.progress', { done: batch.done, total: batch.total })}></progress>`
      : nothing}
    <span class="status ${batch.status === 'invalid' || batch.status === 'failed' ? 'error' : ''}" role="status" aria-live="polite">${text}</span>
    ${batch.running ? html`<button type="button" class="cancel" @click=${onCancel}>${t('lab.batch.cancel')}</button>` : nothing}
  </div>`;
}
