import { describe, expect, it } from 'vitest';
import { cameraProblem, jsqrDecoder } from '../../../../renderer/features/checkin/frameDecoder';
import { makeQr } from '../../../../renderer/features/schedule/print/qrSvg';

/** The badge's QR code as a camera frame would carry it: black modules on white, 4 px each, with the quiet zone. */
const frameOf = (text: string): ImageData => {
  const qr = makeQr(text);
  const modules = qr.getModuleCount();
  const scale = 4;
  const size = (modules + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.floor(y / scale) - 4;
      const c = Math.floor(x / scale) - 4;
      if (r >= 0 && c >= 0 && r < modules && c < modules && qr.isDark(r, c)) data.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  return { data, width: size, height: size, colorSpace: 'srgb' } as ImageData;
};

describe('camera frame decoding', () => {
  it('reads back the badge code the app prints', () => {
    expect(jsqrDecoder(frameOf('6ZQYR7'))).toBe('6ZQYR7');
    expect(jsqrDecoder(frameOf('ABCDEFGH23456789'))).toBe('ABCDEFGH23456789');
  });

  it('finds nothing in a blank frame', () => {
    const blank = { data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64, colorSpace: 'srgb' } as ImageData;
    expect(jsqrDecoder(blank)).toBeUndefined();
  });

  it('explains camera failures in Chinese', () => {
    expect(cameraProblem(new DOMException('x', 'NotReadableError'))).toContain('被其他程序占用');
    expect(cameraProblem(new Error('boom'))).toBe('无法打开摄像头：boom');
  });
});
