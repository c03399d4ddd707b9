import { useCallback, useState } from 'react';
import { App as AntApp } from 'antd';
import type { PrintJob } from '@shared/bridge';
import { getBridge } from '../../../platform/bridge';
import { nextFrame } from '../../../app/nextFrame';

/**
 * Sends a printout through the bridge (PDF in Electron, the print dialog in
 * the browser) and says how it went; `busy` drives the button's spinner.
 */
export const usePrintJob = () => {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const print = useCallback(
    async (noun: string, job: () => PrintJob) => {
      setBusy(true);
      try {
        await nextFrame();
        const result = await getBridge()['print:toPdf'](job());
        if (!result.ok) message.error(`打印失败：${result.error.message}`);
        else if (!('canceled' in result.value)) message.success(`已生成${noun}：${result.value.path}`);
      } catch (e) {
        message.error(`打印失败：${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setBusy(false);
      }
    },
    [message],
  );
  return { print, busy };
};
