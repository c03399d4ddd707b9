import { create, type StateCreator } from 'zustand';
import type { BadgeLayout } from './badges';

/** 打印: the system print dialog; 导出 PDF: a file through the save dialog (in the browser both are its print dialog). */
export type PrintTarget = 'printer' | 'pdf';

/**
 * How this desk prints, chosen once in any print menu and kept for every
 * printout of the session. PDF first, as before printers were offered.
 */
export type PrintPrefs = {
  target: PrintTarget;
  badgeLayout: BadgeLayout;
  setTarget(target: PrintTarget): void;
  setBadgeLayout(layout: BadgeLayout): void;
};

export const printPrefsState: StateCreator<PrintPrefs> = (set) => ({
  target: 'pdf',
  badgeLayout: 'sheet',
  setTarget: (target) => set({ target }),
  setBadgeLayout: (badgeLayout) => set({ badgeLayout }),
});

export const usePrintPrefs = create<PrintPrefs>()(printPrefsState);
