import { useDeferredValue, useMemo } from 'react';
import { Input, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { MatchLookups } from './lookups';
import type { PairStates } from './pairs';
import { peopleColumns } from './peopleColumns';
import { meetingsOf, peopleRows, type PeopleRow } from './peopleRows';
import { ReviewToolbar } from './ReviewToolbar';
import { useMatchingUi, type BulkResults, type BulkTarget } from './store';
import type { PairActions } from './usePairs';
import { usePeopleSearch } from './usePeopleSearch';
import { useReviewBatch } from './useReviewBatch';

const BASIS: Record<BulkTarget, string> = { achievements: '推荐成果', experts: '推荐专家' };

type Props = { results: Partial<Record<BulkTarget, BulkResults>>; lookups: MatchLookups; states: PairStates; actions: PairActions };

/**
 * 按参会人 (建议洽谈): the bulk runs turned into who should meet whom, each
 * enterprise person with the achievement holders and experts they should
 * meet, on the best topic of each pair. Inviting goes the same way as 按需求:
 * one request per row, for the row's topic.
 */
export const PeopleReview = ({ results, lookups, states, actions }: Props) => {
  const selection = useStore(useMatchingUi, (s) => s.peopleSelection);
  const query = useStore(useMatchingUi, (s) => s.peopleQuery);
  const ui = useMatchingUi.getState();
  const batch = useReviewBatch(actions, () => ui.setPeopleSelection([]));
  const rows = useMemo(() => peopleRows(meetingsOf(results, lookups.lists)), [results, lookups.lists]);
  // The box echoes each keystroke at once; the table follows when React has time.
  const shown = usePeopleSearch(rows, lookups, useDeferredValue(query));
  const columns = useMemo(() => peopleColumns(lookups, states), [lookups, states]);

  const selected = new Set(selection);
  // Picked rows hidden by the search still count: the organiser may gather a batch over several searches.
  const picked = rows.filter((r) => selected.has(r.key));
  const groups = new Set(rows.map((r) => r.fromId)).size;
  const basis = (['achievements', 'experts'] as const).filter((t) => results[t]).map((t) => BASIS[t]);

  return (
    <>
      <ReviewToolbar
        picked={picked}
        batch={batch}
        start={
          <>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="搜索姓名或单位（支持拼音）"
              value={query}
              onChange={(e) => ui.setPeopleQuery(e.target.value)}
              style={{ width: 240 }}
              data-testid="people-search"
            />
            <Typography.Text type="secondary" data-testid="people-count">
              {groups} 位需求方，共 {rows.length} 组建议洽谈
              {shown.length !== rows.length ? `，找到 ${shown.length} 组` : ''}
              {picked.length > 0 ? `，已选 ${picked.length} 组` : ''}（依据{basis.join('、')}）
            </Typography.Text>
          </>
        }
      />
      <Table<PeopleRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={shown}
        tableLayout="fixed"
        locale={{ emptyText: query ? `没有找到与“${query}”相关的参会人` : '没有可建议的洽谈：需求和成果都要有联系人，才知道该请谁来谈' }}
        pagination={{ defaultPageSize: 50, pageSizeOptions: [20, 50, 100], showSizeChanger: true, showTotal: (total) => `共 ${total} 组` }}
        rowSelection={{
          selectedRowKeys: selection,
          preserveSelectedRowKeys: true,
          onChange: (keys) => ui.setPeopleSelection(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: states.invited.has(r.key) }),
        }}
        data-testid="people-table"
      />
    </>
  );
};
