import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../cli/canonicalText';
import { canonicalJson } from '../../shared/sync/canonicalJson';

describe('canonicalText', () => {
  it('is canonical JSON laid out two spaces deep, keys sorted as strings even when they look like numbers', () => {
    const value = { b: [1, { z: null, a: 'x' }, []], a: {}, 10: 'ten', 2: 'two', gone: undefined };
    const text = canonicalText(value);
    expect(text).toBe(
      ['{', '  "10": "ten",', '  "2": "two",', '  "a": {},', '  "b": [', '    1,', '    {', '      "a": "x",', '      "z": null', '    },', '    []', '  ]', '}', ''].join('\n'),
    );
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(JSON.parse(canonicalJson(value))));
  });
});
