import { describe, expect, it } from 'vitest';
import { makeQr, qrSvg } from '../../../../../renderer/features/schedule/print/qrSvg';
import { darkModulesOfSvg, referenceModules } from '../printHelpers';

describe('qrSvg', () => {
  it('draws exactly the modules of the badge code, with a quiet zone, scalable', () => {
    const svg = qrSvg('ZW01').value;
    const reference = referenceModules('ZW01', 'Alphanumeric');
    expect(reference.size).toBe(21);
    expect(svg).toContain(`viewBox="0 0 ${reference.size + 8} ${reference.size + 8}"`);
    expect(svg).not.toMatch(/width="\d+px"/);
    expect(darkModulesOfSvg(svg)).toEqual(reference.dark);
    expect(darkModulesOfSvg(qrSvg('ZW02').value)).not.toEqual(reference.dark);
  });

  it('stores a 16-character badge code in alphanumeric mode, one version smaller than bytes', () => {
    expect(makeQr('ABCDEFGH12345678').getModuleCount()).toBe(21);
    expect(referenceModules('ABCDEFGH12345678', 'Byte').size).toBe(25);
  });

  it('encodes text outside the badge alphabet as UTF-8 bytes', () => {
    const utf8 = String.fromCharCode(...new TextEncoder().encode('张a'));
    expect(darkModulesOfSvg(qrSvg('张a').value)).toEqual(referenceModules(utf8, 'Byte').dark);
  });
});
