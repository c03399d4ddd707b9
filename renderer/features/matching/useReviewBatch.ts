import { useState } from 'react';
import { App as AntApp } from 'antd';
import type { RequestPriority } from '@shared/model';
import { describeOutcome, type Pair } from './pairs';
import type { PairActions } from './usePairs';

/** What the last 批量邀请 did: 已创建 N 条…跳过 M 条重复, complete when nothing failed. */
export type BatchSummary = { text: string; complete: boolean };

export type ReviewBatch = {
  busy: boolean;
  summary: BatchSummary | undefined;
  closeSummary(): void;
  invite(pairs: readonly Pair[], priority: RequestPriority): Promise<void>;
  reject(pairs: readonly Pair[]): Promise<void>;
};

/**
 * A review table's batch actions, one at a time. Each clears the selection it
 * acted on; the invite summary stays until closed, since the next batch is
 * picked beside it.
 */
export const useReviewBatch = (actions: PairActions, clearSelection: () => void): ReviewBatch => {
  const { message } = AntApp.useApp();
  const [summary, setSummary] = useState<BatchSummary>();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      clearSelection();
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    summary,
    closeSummary: () => setSummary(undefined),
    invite: (pairs, priority) =>
      run(async () => {
        const outcome = await actions.invite(pairs, priority);
        setSummary({ text: describeOutcome(outcome), complete: outcome.problems.length === 0 });
      }),
    reject: (pairs) =>
      run(async () => {
        await actions.setVerdicts(pairs, '不合适');
        message.info(`已将 ${pairs.length} 条推荐标记为不合适`);
      }),
  };
};
