import { Button, Empty, Flex } from 'antd';
import { useStore } from 'zustand';
import type { MatchLookups } from './lookups';
import { NeedReview } from './NeedReview';
import type { PairStates } from './pairs';
import { PeopleReview } from './PeopleReview';
import { useMatchingUi } from './store';
import type { PairActions } from './usePairs';

type Props = { lookups: MatchLookups; states: PairStates; actions: PairActions };

/**
 * The bulk run's review, 按需求 (the latest run's suggestions per need) or
 * 按参会人 (who should meet whom, from every run so far); until a run has
 * finished, its progress or the way to start one.
 */
export const BulkReview = ({ lookups, states, actions }: Props) => {
  const job = useStore(useMatchingUi, (s) => s.bulk);
  const results = useStore(useMatchingUi, (s) => s.bulkResults);
  const mode = useStore(useMatchingUi, (s) => s.reviewMode);
  const latest = job.phase === 'done' ? results[job.target] : undefined;

  if (job.phase !== 'done' || !latest) {
    const running = job.phase === 'running';
    return (
      <Empty style={{ marginTop: 64 }} description={running ? `正在生成推荐：已完成 ${job.progress.done} / ${job.progress.total} 项需求` : '还没有生成推荐'} data-testid="bulk-empty">
        <Button type="primary" onClick={() => useMatchingUi.getState().setBulkOpen(true)}>
          {running ? '查看进度' : '为所有需求生成推荐'}
        </Button>
      </Empty>
    );
  }

  return (
    <Flex vertical gap={12} style={{ height: '100%', minHeight: 0 }} data-testid="bulk-review">
      {mode === 'byNeed' ? (
        <NeedReview target={job.target} results={latest} lookups={lookups} states={states} actions={actions} />
      ) : (
        <PeopleReview results={results} lookups={lookups} states={states} actions={actions} />
      )}
    </Flex>
  );
};
