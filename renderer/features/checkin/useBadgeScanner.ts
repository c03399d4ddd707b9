import { useEffect, useEffectEvent } from 'react';
import { EMPTY_SCAN, feedScanKey } from '@shared/checkin';

/**
 * Listens for a keyboard-wedge scanner anywhere on the page: keys are read in
 * the capture phase on `window`, before any input sees them, so a scan works
 * with the focus on a button, the page or the search box alike. The Enter
 * that ends a scan is swallowed, so the search box does not act on it too.
 * Keys are timed by `event.timeStamp` (when the key arrived), not by when the
 * handler runs, so a busy main thread does not split a scan.
 */
export const useBadgeScanner = (onScan: (code: string) => void, enabled = true): void => {
  const scanned = useEffectEvent(onScan);
  useEffect(() => {
    if (!enabled) return;
    let buffer = EMPTY_SCAN;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) {
        buffer = EMPTY_SCAN;
        return;
      }
      const step = feedScanKey(buffer, e.key, e.timeStamp);
      buffer = step.buffer;
      if (step.code) {
        e.preventDefault();
        e.stopPropagation();
        scanned(step.code);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [enabled]);
};
