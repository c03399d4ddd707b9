import { useMemo, useState } from 'react';
import { Button, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { OutcomeDrawer } from '../outcomes/OutcomeDrawer';
import type { RegistryData } from '../registry/useRegistryData';
import { PrintMenu } from './print/PrintMenu';
import { useScheduleUi } from './store';
import type { ScheduleModel } from './useScheduleModel';
import type { MeetingView } from './view';

type AgendaRow = { key: string; time: string; table: string; counterpart: string; organisation: string; topic: string; meeting: MeetingView };

/** 个人日程: one person's day, in time order, with what they will print. */
export const AgendaView = ({ model, data }: { model: ScheduleModel; data: RegistryData }) => {
  const [outcomeFor, setOutcomeFor] = useState<string | null>(null);
  const personId = useStore(useScheduleUi, (s) => s.personId);
  const setPerson = useStore(useScheduleUi, (s) => s.setPerson);
  const { view } = model;
  const options = useMemo(() => {
    const busy = new Map<string, number>();
    for (const m of view.meetings) for (const p of m.people) busy.set(p.id, (busy.get(p.id) ?? 0) + 1);
    return model.records.participants.map((p) => ({ value: p.id, label: `${p.name}${busy.has(p.id) ? `（${busy.get(p.id)}场）` : '（无洽谈）'}`, search: p.name }));
  }, [model.records.participants, view.meetings]);

  const rows = useMemo((): AgendaRow[] => {
    if (!personId) return [];
    const slots = new Map(view.slots.map((s) => [s.id, s]));
    const tables = new Map(view.tables.map((t) => [t.id, t]));
    return view.meetings
      .filter((m) => m.people.some((p) => p.id === personId))
      .map((m) => {
        const other = m.people[0].id === personId ? m.people[1] : m.people[0];
        const slot = slots.get(m.slotId);
        const table = tables.get(m.tableId);
        return {
          key: m.id,
          time: slot ? `${slot.date.slice(5)} ${slot.start}–${slot.end}` : m.slotId,
          table: table ? `${table.number}号桌${table.zone ? `（${table.zone}）` : ''}` : m.tableId,
          counterpart: other.name,
          organisation: other.organisation ?? '',
          topic: m.topic,
          meeting: m,
        };
      });
  }, [personId, view]);

  const breaks = personId ? (model.breaks.byParticipant[personId] ?? 0) : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          showSearch={{ optionFilterProp: 'search' }}
          placeholder="选择参会人（输入姓名）"
          style={{ width: 320 }}
          value={personId ?? undefined}
          onChange={(id: string) => setPerson(id)}
          options={options}
          allowClear
          onClear={() => setPerson(null)}
          data-testid="agenda-person"
        />
        {personId && <PrintMenu view={view} participantIds={[personId]} />}
        {personId && <Typography.Text type="secondary">共 {rows.length} 场洽谈，空档 {breaks} 个</Typography.Text>}
      </Space>
      {!personId ? (
        <Empty description="选择一位参会人，查看并打印其洽谈日程" />
      ) : (
        <Table<AgendaRow>
          size="small"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: '此人还没有排入洽谈' }}
          data-testid="agenda-table"
          columns={[
            { title: '时间', dataIndex: 'time', width: 150 },
            { title: '桌号', dataIndex: 'table', width: 120 },
            { title: '洽谈对象', dataIndex: 'counterpart', width: 120 },
            { title: '单位', dataIndex: 'organisation', ellipsis: true },
            { title: '洽谈主题', dataIndex: 'topic', ellipsis: true },
            {
              title: '状态',
              width: 110,
              render: (_, row) => (
                <Space size={4}>
                  <Tag>{row.meeting.state}</Tag>
                  {row.meeting.locked && <LockOutlined title="已锁定" />}
                </Space>
              ),
            },
            {
              title: '成果',
              width: 100,
              render: (_, row) => (
                <Button
                  size="small"
                  disabled={row.meeting.state === '未到场' || row.meeting.state === '已取消'}
                  onClick={() => setOutcomeFor(row.meeting.id)}
                  data-testid="agenda-outcome"
                >
                  记录成果
                </Button>
              ),
            },
          ]}
        />
      )}
      <OutcomeDrawer data={data} meetingId={outcomeFor} onClose={() => setOutcomeFor(null)} />
    </Space>
  );
};
