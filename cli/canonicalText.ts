import { canonicalJson } from '../shared/sync/canonicalJson';

const indent = (depth: number) => '  '.repeat(depth);

const pretty = (value: unknown, depth: number): string => {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${indent(depth + 1)}${pretty(item, depth + 1)}`).join(',\n')}\n${indent(depth)}]`;
  }
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return '{}';
  const source = value as Record<string, unknown>;
  return `{\n${keys.map((key) => `${indent(depth + 1)}${JSON.stringify(key)}: ${pretty(source[key], depth + 1)}`).join(',\n')}\n${indent(depth)}}`;
};

/**
 * Canonical JSON (shared/sync/canonicalJson: keys sorted at every depth,
 * undefined left out) laid out two spaces deep for people and diffs. Printed
 * by hand rather than by JSON.stringify, which would put integer-like keys
 * first and so break the sorted order.
 */
export const canonicalText = (value: unknown): string => `${pretty(JSON.parse(canonicalJson(value)), 0)}\n`;
