import { useMemo } from 'react';
import { Checkbox, Input, Segmented, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { MEETING_STATES, type Slot, type Table } from '@shared/model';
import type { BoardFilter, ShownSlots } from '@shared/floor';
import { useFloorUi, type BoardView } from './store';

type Props = { slots: readonly Slot[]; shown: ShownSlots; tables: readonly Table[] };

const STATE_OPTIONS: { value: BoardFilter['state']; label: string }[] = [{ value: null, label: '全部状态' }, ...[...MEETING_STATES, '空桌' as const].map((s) => ({ value: s, label: s }))];

const VIEW_NAMES: Record<BoardView, string> = { previous: '上一轮', current: '本轮', next: '下一轮' };

/** Which slot the board shows (本轮 / 下一轮, and 上一轮 for late outcomes), and the filters: zone, state, 只看未签到, a search. */
export const BoardToolbar = ({ slots, shown, tables }: Props) => {
  const view = useStore(useFloorUi, (s) => s.view);
  const filter = useStore(useFloorUi, (s) => s.filter);
  const { setView, setFilter } = useFloorUi.getState();
  const zones = useMemo(() => [...new Set(tables.flatMap((t) => (t.zone ? [t.zone] : [])))].sort(), [tables]);
  const views = (['previous', 'current', 'next'] as const).map((v) => {
    const index = shown[v];
    const slot = index === null ? undefined : slots[index];
    return { value: v, disabled: !slot, label: slot ? `${VIEW_NAMES[v]} · ${slot.label} ${slot.start}` : VIEW_NAMES[v] };
  });
  return (
    <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
      <Segmented<BoardView> options={views} value={view} onChange={setView} data-testid="floor-view" />
      <span style={{ flex: 1 }} />
      <Space wrap size={8}>
        {zones.length > 0 && (
          <Select<string | null>
            style={{ width: 130 }}
            value={filter.zone}
            onChange={(zone) => setFilter({ zone })}
            options={[{ value: null, label: '全部区域' }, ...zones.map((z) => ({ value: z, label: z }))]}
            data-testid="floor-filter-zone"
          />
        )}
        <Select<BoardFilter['state']>
          style={{ width: 120 }}
          value={filter.state}
          onChange={(state) => setFilter({ state })}
          options={STATE_OPTIONS}
          data-testid="floor-filter-state"
        />
        <Checkbox checked={filter.notCheckedInOnly} onChange={(e) => setFilter({ notCheckedInOnly: e.target.checked })} data-testid="floor-filter-absent">
          只看未签到
        </Checkbox>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder="桌号或姓名"
          style={{ width: 200 }}
          value={filter.query}
          onChange={(e) => setFilter({ query: e.target.value })}
          data-testid="floor-search"
        />
      </Space>
    </div>
  );
};
