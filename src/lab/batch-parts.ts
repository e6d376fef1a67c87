/** Pieces of markup the batch views share: the progress line with its cancel button, and status text. */
import { html, nothing } from 'lit';
import { t } from '../i18n/index.ts';
import type { BatchController } from './batch-controller.ts';
import '../i18n/parts/lab.ts';

/** "Running: 23 of 50 runs done.", "Cancelled after 23 of 50 runs.", and so on. */
export function batchStatusText(batch: BatchController): string {
  const counts = { done: batch.done, total: batch.total };
  switch (batch.state) {
    case 'idle':
      return '';
    case 'running':
      return t('lab.batch.running', counts);
    case 'done':
      return t('lab.batch.done', counts);
    case 'cancelled':
      return t('lab.batch.cancelled', counts);
    case 'invalid':
      return t('lab.batch.invalid', { message: batch.message });
    case 'failed':
      return t('lab.batch.failed', { message: batch.message });
  }
}

/** Progress bar, status and Cancel button of a batch. */
export function renderProgress(batch: BatchController, onCancel: () => void) {
  const text = batchStatusText(batch);
  return html`<div class="progress">
    ${batch.state === 'running' || batch.state === 'cancelled' || batch.state === 'done'
      ? html`<progress max=${Math.max(1, batch.total)} .value=${batch.done} aria-label=${t('lab.batch.progress', { done: batch.done, total: batch.total })}></progress>`
      : nothing}
    <span class="status ${batch.state === 'invalid' || batch.state === 'failed' ? 'error' : ''}" role="status" aria-live="polite">${text}</span>
    ${batch.running ? html`<button type="button" class="cancel" @click=${onCancel}>${t('lab.batch.cancel')}</button>` : nothing}
  </div>`;
}
