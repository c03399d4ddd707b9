import { useMemo } from 'react';
import { Button, Table, Typography } from 'antd';
import { CloseCircleOutlined } from '@ant-design/icons';
import type { ColumnType } from 'antd/es/table';
import { useStore } from 'zustand';
import { Clamp } from './Clamp';
import { reviewRows, type ReviewRow } from './bulkRows';
import { describeTarget, type MatchLookups } from './lookups';
import type { PairStates } from './pairs';
import { ReviewToolbar } from './ReviewToolbar';
import { stateColumn } from './reviewState';
import { useMatchingUi, type BulkResults, type BulkTarget } from './store';
import type { PairActions } from './usePairs';
import { useReviewBatch } from './useReviewBatch';

type Props = { target: BulkTarget; results: BulkResults; lookups: MatchLookups; states: PairStates; actions: PairActions };

/**
 * 按需求: the latest run's top-k per need, each with its score and main
 * reasons; the organiser ticks the good ones and invites them in batches, or
 * marks the poor ones 不合适 so later runs leave them out.
 */
export const NeedReview = ({ target, results, lookups, states, actions }: Props) => {
  const selection = useStore(useMatchingUi, (s) => s.bulkSelection);
  const batch = useReviewBatch(actions, () => useMatchingUi.getState().setBulkSelection([]));
  const rows = useMemo(() => reviewRows(results, target), [results, target]);

  const columns = useMemo((): ColumnType<ReviewRow>[] => {
    const needOf = (r: ReviewRow) => lookups.needs.get(r.needId);
    return [
      {
        title: '技术需求',
        key: 'need',
        width: 260,
        render: (_, r) => {
          const need = needOf(r);
          return (
            <div style={{ opacity: r.rank === 1 ? 1 : 0.55 }}>
              <Clamp strong={r.rank === 1} title={need?.title}>
                {need?.title ?? '（已删除的需求）'}
              </Clamp>
              <Clamp tone="secondary" size={12}>
                {need ? lookups.organisations.get(need.ownerId)?.name : ''}
              </Clamp>
            </div>
          );
        },
      },
      { title: '名次', dataIndex: 'rank', width: 64, align: 'center' },
      {
        title: target === 'achievements' ? '推荐成果' : '推荐专家',
        key: 'target',
        width: 280,
        render: (_, r) => {
          const d = describeTarget(target, r.targetId, lookups);
          return (
            <div>
              <Clamp title={d.title}>{d.title}</Clamp>
              <Clamp tone="secondary" size={12}>
                {d.owner}
              </Clamp>
            </div>
          );
        },
      },
      { title: '评分', key: 'score', width: 72, align: 'right', render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.suggestion.score.toFixed(2)}</span> },
      {
        title: '主要理由',
        key: 'reasons',
        render: (_, r) => (
          <Clamp lines={2} size={13} title={r.suggestion.reasons.join('\n')}>
            {r.suggestion.reasons.slice(0, 2).join('；')}
          </Clamp>
        ),
      },
      stateColumn<ReviewRow>(states),
    ];
  }, [lookups, states, target]);

  const picked = rows.filter((r) => selection.includes(r.key));
  return (
    <>
      <ReviewToolbar
        picked={picked}
        batch={batch}
        start={
          <Typography.Text type="secondary" data-testid="bulk-count">
            {Object.keys(results).length} 项需求，共 {rows.length} 条推荐{selection.length > 0 ? `，已选 ${picked.length} 条` : ''}
          </Typography.Text>
        }
      >
        <Button icon={<CloseCircleOutlined />} disabled={picked.length === 0 || batch.busy} onClick={() => void batch.reject(picked)} data-testid="bulk-reject">
          标记不合适
        </Button>
      </ReviewToolbar>
      <Table<ReviewRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        tableLayout="fixed"
        pagination={{ defaultPageSize: 50, pageSizeOptions: [20, 50, 100], showSizeChanger: true, showTotal: (total) => `共 ${total} 条` }}
        rowSelection={{
          selectedRowKeys: selection,
          onChange: (keys) => useMatchingUi.getState().setBulkSelection(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: states.invited.has(r.key) }),
        }}
        data-testid="bulk-table"
      />
    </>
  );
};
