import { Button, Space, Tooltip, Typography } from 'antd';
import { DragOutlined, LockOutlined, ProfileOutlined, UnlockOutlined } from '@ant-design/icons';
import type { MeetingView } from '../view';
import { LOCKED_REASON } from './moveRules';

type Props = {
  meeting: MeetingView | undefined;
  /** Where it is now, e.g. “桌12 · 5月20日 上午 第1轮 09:00–09:20”. */
  place: string;
  onToggleLock(id: string): void;
  onMove(id: string): void;
  onOpen: ((id: string) => void) | undefined;
};

/**
 * The selected card's actions: the path that needs no dragging (keyboard,
 * touchpads, screen readers), with the same lock rule as the drag.
 */
export const SelectionBar = ({ meeting, place, onToggleLock, onMove, onOpen }: Props) => {
  if (!meeting)
    return (
      <Typography.Text type="secondary" data-testid="selection-hint" style={{ fontSize: 12 }}>
        点击洽谈卡片后可锁定、移动（键盘：L 锁定/解锁，M 移动）；也可把卡片拖到空格
      </Typography.Text>
    );
  const [a, b] = meeting.people;
  return (
    <Space size={8} data-testid="selection-bar" wrap>
      <Typography.Text strong>
        {a.name} ↔ {b.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {place}
      </Typography.Text>
      <Button size="small" data-testid="lock-toggle" icon={meeting.locked ? <UnlockOutlined /> : <LockOutlined />} onClick={() => onToggleLock(meeting.id)}>
        {meeting.locked ? '解锁' : '锁定'}
      </Button>
      <Tooltip title={meeting.locked ? LOCKED_REASON : undefined}>
        <Button size="small" data-testid="move-open" icon={<DragOutlined />} disabled={meeting.locked} onClick={() => onMove(meeting.id)}>
          移动到…
        </Button>
      </Tooltip>
      {onOpen && (
        <Button size="small" data-testid="open-meeting" icon={<ProfileOutlined />} onClick={() => onOpen(meeting.id)}>
          详情
        </Button>
      )}
    </Space>
  );
};
