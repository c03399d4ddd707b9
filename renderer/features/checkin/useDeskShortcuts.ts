import { useEffect } from 'react';
import { useCheckInUi } from './store';

/**
 * Function keys for the desk's two other paths, so the organiser's hands stay
 * on the keyboard: F2 现场注册, F4 扫码. Letters are out of the question: a
 * scanner types them.
 */
export const useDeskShortcuts = (): void => {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const ui = useCheckInUi.getState();
      if (ui.walkInOpen || ui.cameraOpen) return;
      if (e.key === 'F2') ui.setWalkInOpen(true);
      else if (e.key === 'F4') ui.setCameraOpen(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
