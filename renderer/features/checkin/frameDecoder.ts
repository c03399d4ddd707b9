import jsQR from 'jsqr';

/** Reads one camera frame; the text of a QR code in it, or undefined. Injected so tests can stand in for jsQR. */
export type FrameDecoder = (image: ImageData) => string | undefined;

/**
 * jsQR on the frame as the camera gives it: badges are printed dark on
 * light, so the inverted pass (which doubles the cost per frame) is skipped.
 */
export const jsqrDecoder: FrameDecoder = (image) => jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;

/** Takes the video's current frame into ImageData; undefined until the camera delivers frames. */
export type FrameGrabber = (video: HTMLVideoElement) => ImageData | undefined;

/**
 * Draws the frame scaled down to at most 640 px wide: a badge held at the
 * desk fills enough of the picture, and jsQR's time grows with the pixels.
 */
export const canvasGrabber = (): FrameGrabber => {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return (video) => {
    if (!context || video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) return undefined;
    const scale = Math.min(1, 640 / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  };
};

/** The organiser's reason why the camera could not start. */
export const cameraProblem = (error: unknown): string => {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return '摄像头权限被拒绝：请在系统或浏览器设置中允许对接台使用摄像头，或改用扫码枪';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return '未找到摄像头：请连接摄像头，或改用扫码枪、手动搜索';
  if (name === 'NotReadableError') return '摄像头正被其他程序占用：请关闭视频会议等程序后重试';
  return `无法打开摄像头：${error instanceof Error ? error.message : String(error)}`;
};
