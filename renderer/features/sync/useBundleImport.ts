import { useCallback, useEffect, useRef, useState } from 'react';
import { App as AntApp } from 'antd';
import type { ImportProgress } from '../../db/importProgress';
import { openImportSession, planTotals, type CommitSummary, type ImportSession, type PreviewSummary } from '../../db/importSession';
import { useDesk } from '../../app/DeskContext';

/** The steps of one import: the file, the passphrase if it is encrypted, the preview, the merge. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress?: ImportProgress }
  | { step: 'passphrase'; fileName: string; bytes: Uint8Array; error?: string }
  | { step: 'preview'; fileName: string; bytes: Uint8Array; preview: PreviewSummary }
  | { step: 'committing'; fileName: string; preview: PreviewSummary; progress?: ImportProgress }
  | { step: 'done'; fileName: string; summary: CommitSummary; preview: PreviewSummary }
  | { step: 'failed'; fileName: string; message: string };

const PASSPHRASE_CODES = new Set(['PASSPHRASE_REQUIRED', 'WRONG_PASSPHRASE']);

/**
 * Drives an import from bytes to a committed merge. Nothing is written until
 * `commit`; an encrypted bundle asks for its passphrase (again, when wrong)
 * instead of failing.
 */
export const useBundleImport = () => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  // One session (a worker holding the bundle's records) per file, closed when it is done or abandoned.
  const session = useRef<ImportSession>(undefined);
  const closeSession = useCallback(() => {
    session.current?.close();
    session.current = undefined;
  }, []);
  useEffect(() => closeSession, [closeSession]);
  // A report that arrives after its step ended (or after the file was abandoned) changes nothing.
  const showProgress = useCallback(
    (step: 'reading' | 'committing') => (progress: ImportProgress) => setState((s) => (s.step === step ? { ...s, progress } : s)),
    [],
  );

  const read = useCallback(
    async (fileName: string, bytes: Uint8Array, passphrase?: string) => {
      setState({ step: 'reading', fileName });
      session.current ??= openImportSession(db);
      const result = await session.current.preview(bytes, passphrase, showProgress('reading'));
      if (result.ok) setState({ step: 'preview', fileName, bytes, preview: result.value });
      else if (PASSPHRASE_CODES.has(result.error.code))
        setState({ step: 'passphrase', fileName, bytes, ...(result.error.code === 'WRONG_PASSPHRASE' ? { error: result.error.message } : {}) });
      else setState({ step: 'failed', fileName, message: result.error.message });
    },
    [db, showProgress],
  );

  const commit = useCallback(async () => {
    if (state.step !== 'preview') return;
    const { fileName, preview } = state;
    setState({ step: 'committing', fileName, preview });
    try {
      const result = (await session.current?.commit(showProgress('committing'))) ?? { ok: false as const, error: { code: 'NOT_PREVIEWED', message: '请重新选择数据包' } };
      closeSession();
      if (!result.ok) {
        setState({ step: 'failed', fileName, message: result.error.message });
        return;
      }
      const { added, changed } = planTotals(result.value.plan);
      message.success(`已导入“${preview.manifest.eventName ?? fileName}”：新增 ${added} 条，更新 ${changed} 条`);
      setState({ step: 'done', fileName, summary: result.value, preview });
    } catch (error) {
      setState({ step: 'failed', fileName, message: `导入失败，数据未作任何修改：${error instanceof Error ? error.message : String(error)}` });
    }
  }, [closeSession, message, showProgress, state]);

  const reset = useCallback(() => {
    closeSession();
    setState({ step: 'idle' });
  }, [closeSession]);

  return { state, read, commit, reset };
};
