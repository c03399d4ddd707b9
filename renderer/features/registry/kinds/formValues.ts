import type { FormValues } from '../types';

/**
 * Form values → draft input: a cleared optional input (empty text, null
 * number) means "absent", so it is dropped rather than stored as "".
 * Required inputs keep their "" so that the schema says "…不能为空".
 */
export const cleanValues = (values: FormValues, required: readonly string[] = []): FormValues => {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'string' && v.trim() === '' && !required.includes(k)) continue;
    out[k] = v;
  }
  for (const k of required) if (!(k in out)) out[k] = '';
  return out;
};

export const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
