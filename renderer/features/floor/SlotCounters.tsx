import { Space, Typography } from 'antd';
import type { SlotBoard } from '@shared/floor';
import { MEETING_STATES } from '@shared/model';

const COLOURS: Record<(typeof MEETING_STATES)[number], string> = {
  待开始: 'rgba(0, 0, 0, 0.65)',
  进行中: '#1677ff',
  已完成: '#52c41a',
  未到场: '#ff4d4f',
  已取消: '#8c8c8c',
};

/** The 本轮 slot's meetings by the state they show, and how many expected people are not here yet. */
export const SlotCounters = ({ board }: { board: SlotBoard }) => (
  <Space size={22} wrap align="center" data-testid="floor-counters">
    <Typography.Text type="secondary">{board.slot.label}</Typography.Text>
    {MEETING_STATES.map((state) => (
      <div key={state} data-testid={`floor-count-${state}`}>
        <Typography.Text type="secondary">{state}</Typography.Text>
        <div style={{ fontSize: 20, fontWeight: 600, color: COLOURS[state] }}>{board.counts[state]}</div>
      </div>
    ))}
    <div data-testid="floor-count-absent">
      <Typography.Text type="secondary">未签到</Typography.Text>
      <div style={{ fontSize: 20, fontWeight: 600, color: board.notCheckedIn > 0 ? '#fa8c16' : undefined }}>{board.notCheckedIn}</div>
    </div>
  </Space>
);
