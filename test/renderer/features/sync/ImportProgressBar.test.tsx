import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../renderer/db/bundleExport';
import { localImportSession } from '../../../../renderer/db/importSession';
import { ImportFlow } from '../../../../renderer/features/sync/ImportPanel';
import { importProgressText } from '../../../../renderer/features/sync/ImportProgressBar';
import type { ImportStep, useBundleImport } from '../../../../renderer/features/sync/useBundleImport';
import { twoLaptops } from '../../db/laptops';
import { openDesk } from '../../support/desk';

const ignore = () => Promise.resolve();

/** The import flow as it stands at `state`, on laptop A. */
const showFlow = async (state: (preview: Extract<ImportStep, { step: 'preview' }>['preview']) => ImportStep) => {
  const { a, eventId } = await twoLaptops();
  const bundle = await exportBundle(a, { eventId, target: 'laptop', kind: 'full' });
  const preview = await localImportSession(a).preview(bundle.data);
  if (!preview.ok) throw new Error(preview.error.message);
  const importer: ReturnType<typeof useBundleImport> = { state: state(preview.value), read: ignore, commit: ignore, reset: () => undefined };
  await openDesk(a, eventId, () => <ImportFlow importer={importer} idle={null} />);
};

describe('the import progress bar', () => {
  it('names the kind being written and how many of its records are in', async () => {
    await showFlow((preview) => ({
      step: 'committing',
      fileName: 'fair.dockbundle',
      preview,
      progress: { stage: 'write', kind: 'participants', kindDone: 3000, kindTotal: 10_000, done: 4200, total: 25_000 },
    }));
    const bar = await screen.findByTestId('import-progress');
    expect(bar.textContent).toContain('正在写入：参会人 3,000 / 10,000');
    expect(bar.textContent).toContain('16%');
    expect(screen.getByTestId('import-preview')).toBeTruthy();
  });

  it('names the step of the preview', async () => {
    await showFlow(() => ({ step: 'reading', fileName: 'fair.dockbundle', progress: { stage: 'readLocal' } }));
    expect((await screen.findByTestId('import-progress')).textContent).toContain('正在读取本机数据…');
    expect(importProgressText({ stage: 'decrypt' })).toBe('正在解密…');
  });
});
