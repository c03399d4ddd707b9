import { useMemo } from 'react';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useStore } from 'zustand';
import { isIntent, OUTCOME_RESULTS, type OutcomeResult } from '@shared/model';
import { stampTime } from '../../db/outcomes';
import { RESULT_COLOR } from './labels';
import { filterRecorded, type RecordedRow } from './rows';
import { useOutcomesUi } from './store';

const PAGE_SIZE = 50;

/** Totals of what is shown: the figures organisers quote during the day. */
const Summary = ({ rows }: { rows: readonly RecordedRow[] }) => {
  const intents = rows.filter((r) => isIntent(r.result)).length;
  const amount = rows.reduce((sum, r) => sum + (r.amountWan ?? 0), 0);
  return (
    <Typography.Text type="secondary" data-testid="recorded-summary">
      共 {rows.length} 条 · 达成意向及签约 {intents} 条 · 预估金额合计 {Math.round(amount * 100) / 100} 万元
    </Typography.Text>
  );
};

/** 已记录: every outcome of the fair, filtered by result and text; a click opens it for editing. */
export const OutcomeList = ({ rows, onOpen }: { rows: readonly RecordedRow[]; onOpen(meetingId: string): void }) => {
  const results = useStore(useOutcomesUi, (s) => s.results);
  const search = useStore(useOutcomesUi, (s) => s.search);
  const { setResults, setSearch } = useOutcomesUi.getState();
  const shown = useMemo(() => filterRecorded(rows, results, search), [rows, results, search]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap>
        <Select<OutcomeResult[]>
          mode="multiple"
          allowClear
          placeholder="全部对接结果"
          style={{ minWidth: 240 }}
          value={results}
          onChange={setResults}
          options={OUTCOME_RESULTS.map((r) => ({ value: r, label: r }))}
          data-testid="recorded-results"
        />
        <Input.Search
          allowClear
          placeholder="搜索姓名、单位、主题、下一步、联系人"
          style={{ width: 320 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="recorded-search"
        />
        <Summary rows={shown} />
      </Space>
      <Table<RecordedRow>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 1600 }}
        locale={{ emptyText: rows.length === 0 ? '还没有记录任何对接成果' : '没有符合条件的成果' }}
        onRow={(r) => ({ onClick: () => onOpen(r.meetingId), style: { cursor: 'pointer' } })}
        data-testid="recorded-list"
        columns={[
          { title: '时间', dataIndex: 'time', width: 180, sorter: (a, b) => a.order - b.order },
          { title: '桌号', dataIndex: 'table', width: 120 },
          {
            title: '洽谈双方',
            key: 'sides',
            width: 260,
            render: (_, r) => (
              <>
                <div>{r.sides[0]}</div>
                <div>{r.sides[1]}</div>
              </>
            ),
          },
          { title: '对接结果', dataIndex: 'result', width: 120, render: (r: OutcomeResult) => <Tag color={RESULT_COLOR[r]}>{r}</Tag> },
          { title: '合作方式', dataIndex: 'modes', width: 160, render: (m: string[]) => m.join('、') },
          { title: '预估金额（万元）', dataIndex: 'amountWan', width: 150, align: 'right', sorter: (a, b) => (a.amountWan ?? -1) - (b.amountWan ?? -1) },
          { title: '下一步安排', dataIndex: 'nextStep', width: 220, ellipsis: true },
          { title: '跟进日期', dataIndex: 'followUpDate', width: 110 },
          { title: '记录人', dataIndex: 'recorder', width: 100 },
          {
            title: '最后修改',
            dataIndex: 'updatedAt',
            width: 150,
            sorter: (a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0),
            render: (at: string, r) => `${stampTime(at)}${r.lastEditor && r.lastEditor !== r.recorder ? ` ${r.lastEditor}` : ''}`,
          },
        ]}
      />
    </Space>
  );
};
