import { Button, Dropdown, type ButtonProps } from 'antd';
import { CheckOutlined, DownOutlined, SendOutlined } from '@ant-design/icons';
import { REQUEST_PRIORITIES, type RequestPriority } from '@shared/model';

const PRIORITY_HINTS: Record<RequestPriority, string> = { 必须: '排期时必须安排', 优先: '尽量安排', 一般: '有空档时安排' };

export const priorityItems = REQUEST_PRIORITIES.map((p) => ({ key: p, label: `${p}（${PRIORITY_HINTS[p]}）`, 'data-testid': `priority-${p}` }));

type Props = {
  invited: boolean;
  onInvite: (priority: RequestPriority) => void;
  label?: string;
  busy?: boolean;
} & Pick<ButtonProps, 'size' | 'type' | 'disabled'>;

/** 邀请洽谈: the organiser picks how firmly the meeting must be scheduled. */
export const InviteButton = ({ invited, onInvite, label = '邀请洽谈', busy, size, type = 'primary', disabled }: Props) =>
  invited ? (
    <Button size={size} disabled icon={<CheckOutlined />} data-testid="invited">
      已邀请
    </Button>
  ) : (
    <Dropdown
      trigger={['click']}
      disabled={disabled}
      menu={{
        items: priorityItems,
        onClick: ({ key }) => {
          const priority = REQUEST_PRIORITIES.find((p) => p === key);
          if (priority) onInvite(priority);
        },
      }}
    >
      <Button size={size} type={type} loading={busy} disabled={disabled} icon={<SendOutlined />} data-testid="invite">
        {label} <DownOutlined />
      </Button>
    </Dropdown>
  );
