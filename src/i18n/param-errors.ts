/**
 * The model's refusals in the page's language: a ParamError (or an `invalid` reply from the
 * worker) carries its kind and values, and the catalogue words it (`paramError.<kind>`, see
 * ./en/errors.ts). Without a kind, or for a kind the catalogue lacks, the model's English stays.
 */
import { hasMessage, t, type MessageValue } from './index.ts';

/** What a ParamError or an invalid reply holds. */
export interface ParamRefusal {
  field: string;
  message: string;
  kind?: string | undefined;
  values?: Readonly<Record<string, string | number>> | undefined;
}

/** The refusal's message in the active locale. */
export function paramErrorText(error: ParamRefusal): string {
  const key = `paramError.${error.kind}`;
  if (!error.kind || !hasMessage(key)) return error.message;
  const values: Record<string, MessageValue> = { ...error.values };
  const path = String(error.values?.path ?? error.field);
  if ('unit' in values) {
    // The unit as the settings show it, in brackets; none for unitless parameters.
    const unitKey = `param.${path}.unit`;
    const unit = hasMessage(unitKey) ? t(unitKey) : String(values.unit ?? '');
    values.unit = unit ? ` (${unit})` : '';
  }
  if (typeof values.policy === 'string') {
    const optionKey = `param.deployment.policy.option.${values.policy}`;
    if (hasMessage(optionKey)) values.policy = t(optionKey);
  }
  return t(key, values);
}

/** An outcome with an `invalid` refusal worded in the active locale; any other outcome as is. */
export function localizeRefusal<T>(outcome: T): T {
  if (outcome !== null && typeof outcome === 'object' && (outcome as { status?: unknown }).status === 'invalid' && 'kind' in outcome) {
    return { ...outcome, message: paramErrorText(outcome as unknown as ParamRefusal) };
  }
  return outcome;
}
