import { Tag } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { rowState, type RowState } from './bulkRows';
import type { PairStates } from './pairs';

const STATE_COLORS: Record<RowState, string> = { 已邀请: 'blue', 不合适: 'default', 已推荐: 'green', 待处理: 'orange' };
const STATES: RowState[] = ['待处理', '已推荐', '已邀请', '不合适'];

/** The 状态 column both reviews share, filterable, read live from the pairs' verdicts and requests. */
export const stateColumn = <R extends { key: string }>(states: PairStates): ColumnType<R> => ({
  title: '状态',
  key: 'state',
  width: 96,
  filters: STATES.map((s) => ({ text: s, value: s })),
  onFilter: (value, r) => rowState(r, states) === value,
  render: (_, r) => {
    const s = rowState(r, states);
    return (
      <Tag color={STATE_COLORS[s]} data-testid="review-state">
        {s}
      </Tag>
    );
  },
});
