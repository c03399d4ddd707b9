import { Typography } from 'antd';
import type { FloorMoment, FloorStatus } from '@shared/floor';
import { clockFace, countdown, dayFace } from './format';

const statusText = (status: FloorStatus): string => {
  switch (status.kind) {
    case 'slot':
      return `${status.slot.label} ${status.slot.start}–${status.slot.end}`;
    case 'break':
      return `轮间休息 · 下一轮 ${status.next.label} ${status.next.start}`;
    case 'before':
      return `尚未开始 · 首轮 ${status.next.label}（${status.next.date.slice(5)} ${status.next.start}）`;
    case 'dayOver':
      return status.next ? `今日已结束 · 下一轮 ${status.next.date.slice(5)} ${status.next.start}` : '今日已结束';
    case 'fairOver':
      return '活动已结束';
  }
};

/** The fair's clock, where the day stands, and the seconds to the next change of slot. */
export const FloorClock = ({ now, moment, status }: { now: number; moment: FloorMoment; status: FloorStatus }) => (
  <div style={{ display: 'flex', alignItems: 'center', gap: 20, flexWrap: 'wrap' }}>
    <div>
      <div style={{ fontSize: 34, fontWeight: 700, lineHeight: 1.1, fontVariantNumeric: 'tabular-nums' }} data-testid="floor-clock">
        {clockFace(now)}
      </div>
      <Typography.Text type="secondary">{dayFace(now)}</Typography.Text>
    </div>
    <div>
      <div style={{ fontSize: 18, fontWeight: 600 }} data-testid="floor-status">
        {statusText(status)}
      </div>
      {moment.msToChange !== null && (
        <Typography.Text type="secondary">
          {moment.current !== null ? '距本轮结束' : '距下一轮开始'}{' '}
          <span style={{ fontSize: 18, fontWeight: 600, color: '#1677ff', fontVariantNumeric: 'tabular-nums' }} data-testid="floor-countdown">
            {countdown(moment.msToChange)}
          </span>
        </Typography.Text>
      )}
    </div>
  </div>
);
