import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Alert, Modal, Typography } from 'antd';
import { asBadgeCode } from '@shared/checkin';
import { cameraProblem, canvasGrabber, jsqrDecoder, type FrameDecoder, type FrameGrabber } from './frameDecoder';

/** How often a frame is decoded: fast enough to feel instant, slow enough to leave the desk responsive. */
export const SCAN_INTERVAL_MS = 150;

type Props = {
  open: boolean;
  onClose: () => void;
  /** A decoded badge code: the modal closes and the desk checks the person in. */
  onCode: (code: string) => void;
  decoder?: FrameDecoder;
  grabber?: () => FrameGrabber;
};

/**
 * 扫码 with the laptop's camera, for desks without a USB scanner: the video
 * is shown so the person can aim their badge, and a frame is decoded every
 * `SCAN_INTERVAL_MS`. The camera is released as soon as the modal closes.
 */
export const CameraScanModal = ({ open, onClose, onCode, decoder = jsqrDecoder, grabber = canvasGrabber }: Props) => {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notBadge, setNotBadge] = useState(false);
  const found = useEffectEvent((text: string) => {
    const code = asBadgeCode(text);
    if (!code) {
      setNotBadge(true);
      return false;
    }
    onCode(code);
    return true;
  });

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      if (timer !== undefined) clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera API', 'NotFoundError');
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'user', width: { ideal: 1280 } }, audio: false });
      if (stopped) return stop();
      const video = videoRef.current;
      if (!video) return;
      video.srcObject = stream;
      await video.play();
      const grab = grabber();
      timer = setInterval(() => {
        const frame = grab(video);
        const text = frame ? decoder(frame) : undefined;
        if (text !== undefined && found(text)) stop();
      }, SCAN_INTERVAL_MS);
    };
    start().catch((e: unknown) => {
      if (!stopped) setProblem(cameraProblem(e));
    });
    return () => {
      stop();
      setProblem(null);
      setNotBadge(false);
    };
  }, [open, decoder, grabber]);

  return (
    <Modal open={open} title="扫码签到" footer={null} onCancel={onClose} destroyOnHidden width={560} data-testid="camera-modal">
      {problem ? (
        <Alert type="error" showIcon title={problem} data-testid="camera-problem" />
      ) : (
        <>
          <video ref={videoRef} muted playsInline style={{ width: '100%', borderRadius: 8, background: '#111', transform: 'scaleX(-1)' }} data-testid="camera-video" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            请将胸卡或日程单上的二维码对准摄像头
          </Typography.Paragraph>
          {notBadge && <Alert type="warning" showIcon title="这个二维码不是对接台的胸卡码" style={{ marginTop: 8 }} />}
        </>
      )}
    </Modal>
  );
};
