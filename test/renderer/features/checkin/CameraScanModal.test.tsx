import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { CameraScanModal } from '../../../../renderer/features/checkin/CameraScanModal';
import type { FrameDecoder, FrameGrabber } from '../../../../renderer/features/checkin/frameDecoder';

configure({ asyncUtilTimeout: 5_000 });

/** A camera that grants a stream whose one track records being stopped. */
const fakeCamera = (getUserMedia: () => Promise<MediaStream>) => {
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia: vi.fn(getUserMedia) } });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
};

const grantedStream = () => {
  const stop = vi.fn();
  const stream = { getTracks: () => [{ stop }] } as unknown as MediaStream;
  return { stream, stop };
};

/** Frames are opaque to the modal: whatever the grabber hands over goes to the decoder. */
const frame = { width: 1, height: 1, data: new Uint8ClampedArray(4) } as unknown as ImageData;
const grabber = (): FrameGrabber => () => frame;

const show = (decoder: FrameDecoder, onCode = vi.fn()) => {
  render(
    <AntApp>
      <CameraScanModal open onClose={() => undefined} onCode={onCode} decoder={decoder} grabber={grabber} />
    </AntApp>,
  );
  return onCode;
};

afterEach(() => vi.restoreAllMocks());

describe('扫码 with the camera', () => {
  it('decodes frames until a badge code appears, hands it over upper-cased, and releases the camera', async () => {
    const { stream, stop } = grantedStream();
    fakeCamera(async () => stream);
    const texts = [undefined, 'https://example.com/not-a-badge', ' ab23cd '];
    const decoder = vi.fn<FrameDecoder>(() => texts.shift());
    const onCode = show(decoder);
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('AB23CD'));
    expect(decoder).toHaveBeenCalledTimes(3);
    expect(decoder).toHaveBeenCalledWith(frame);
    expect(screen.getByText('这个二维码不是对接台的胸卡码')).toBeTruthy();
    expect(stop).toHaveBeenCalled();
  });

  it('says so when the camera permission is denied', async () => {
    fakeCamera(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    show(() => undefined);
    expect((await screen.findByTestId('camera-problem')).textContent).toContain('摄像头权限被拒绝');
  });

  it('says so when there is no camera', async () => {
    fakeCamera(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    show(() => undefined);
    expect((await screen.findByTestId('camera-problem')).textContent).toContain('未找到摄像头');
  });
});
