import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { App, Button, Input, Select, Space, Table, Typography } from 'antd';
import { useDesk } from '../../app/DeskContext';
import { placeRequest } from '../../db/meetings';
import type { Unplaced } from '@shared/scheduling/fair';
import { REASON_LABELS } from './reasonLabels';
import { useScheduleUi } from './store';
import type { ScheduleModel } from './useScheduleModel';


type Row = Unplaced & { key: string; from: string; to: string; topic: string; priority: string };

/** 未排入: every request in the plan without a meeting, why, and a one-click placement where a cell is free. */
export const UnplacedList = ({ model }: { model: ScheduleModel }) => {
  const db = useDesk();
  const { message } = App.useApp();
  const scope = useStore(useScheduleUi, (s) => s.scope);
  const [query, setQuery] = useState('');
  const [reason, setReason] = useState<Unplaced['reason'] | 'all'>('all');

  const rows = useMemo((): Row[] => {
    const requests = new Map(model.requests.map((r) => [r.id, r]));
    return model.unplaced.flatMap((u) => {
      const r = requests.get(u.requestId);
      if (!r) return [];
      return [{ ...u, key: u.requestId, from: model.person(r.fromId).name, to: model.person(r.toId).name, topic: model.topic(r), priority: r.priority }];
    });
  }, [model]);

  const visible = rows.filter((r) => (reason === 'all' || r.reason === reason) && (query === '' || `${r.from}${r.to}${r.topic}`.includes(query)));
  const place = async (row: Row) => {
    if (!row.freeCell) return;
    const result = await placeRequest(db, row.requestId, row.freeCell.slotId, row.freeCell.tableId, scope);
    if (result.ok) void message.success(`已排入：${row.from} 与 ${row.to}`);
    else void message.warning(result.issues.map((i) => i.message).join('；'));
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search placeholder="按姓名查找" allowClear onChange={(e) => setQuery(e.target.value.trim())} style={{ width: 240 }} />
        <Select
          value={reason}
          onChange={setReason}
          style={{ width: 200 }}
          options={[{ value: 'all', label: '全部原因' }, ...Object.entries(REASON_LABELS).map(([value, label]) => ({ value, label }))]}
          aria-label="原因"
        />
        <Typography.Text type="secondary">共 {rows.length} 项未排入</Typography.Text>
      </Space>
      <Table<Row>
        size="small"
        dataSource={visible}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: '所有约谈都已排入' }}
        data-testid="unplaced-table"
        columns={[
          { title: '发起方', dataIndex: 'from', width: 110 },
          { title: '约谈对象', dataIndex: 'to', width: 110 },
          { title: '优先级', dataIndex: 'priority', width: 80 },
          { title: '洽谈主题', dataIndex: 'topic', ellipsis: true },
          { title: '原因', dataIndex: 'message' },
          {
            title: '操作',
            width: 100,
            render: (_, row) => (row.freeCell ? <Button size="small" onClick={() => void place(row)} data-testid={`place-${row.requestId}`}>排入</Button> : null),
          },
        ]}
      />
    </Space>
  );
};
