import { useCallback, useState } from 'react';
import { App as AntApp } from 'antd';
import type { PrintJob } from '@shared/bridge';
import { getBridge } from '../../../platform/bridge';
import { nextFrame } from '../../../app/nextFrame';
import { usePrintPrefs } from './printPrefs';

/**
 * Sends a printout through the bridge, to the printer (the system print
 * dialog) or to a PDF as the desk's 输出 option says at the moment of
 * printing, and says how it went; `busy` drives the button's spinner.
 */
export const usePrintJob = () => {
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const print = useCallback(
    async (noun: string, job: () => PrintJob) => {
      setBusy(true);
      try {
        await nextFrame();
        if (usePrintPrefs.getState().target === 'printer') {
          const result = await getBridge()['print:toPrinter'](job());
          if (!result.ok) message.error(`打印失败：${result.error.message}`);
          else if ('canceled' in result.value) message.info('已取消打印');
          else message.success(`已发送到打印机：${noun}`);
        } else {
          const result = await getBridge()['print:toPdf'](job());
          if (!result.ok) message.error(`打印失败：${result.error.message}`);
          else if (!('canceled' in result.value)) message.success(`已生成${noun}：${result.value.path}`);
        }
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
