import { Button, Space, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { RequestState } from '@shared/model';
import type { RequestRow } from './requestRows';
import { STATE_VERBS } from './useStateChange';

type Props = {
  /** Selected rows still shown by the filters. */
  selected: readonly RequestRow[];
  /** Every 待确认 request of the event, for the shortcut. */
  pendingIds: readonly string[];
  busy: boolean;
  onChange: (ids: readonly string[], state: RequestState) => void;
  onClearSelection: () => void;
};

const ACTIONS: { state: RequestState; icon: ReactNode; testId: string; danger?: boolean }[] = [
  { state: '已接受', icon: <CheckOutlined />, testId: 'bulk-accept' },
  { state: '已拒绝', icon: <CloseOutlined />, testId: 'bulk-decline', danger: true },
  { state: '已取消', icon: <StopOutlined />, testId: 'bulk-cancel' },
  { state: '待确认', icon: <RollbackOutlined />, testId: 'bulk-reopen' },
];

/** Bulk actions on the selection; each button counts the rows it would actually change. */
export const RequestsToolbar = ({ selected, pendingIds, busy, onChange, onClearSelection }: Props) => (
  <Space wrap data-testid="requests-toolbar">
    <Typography.Text type="secondary" data-testid="selected-count">
      已选 {selected.length} 条
    </Typography.Text>
    {ACTIONS.map(({ state, icon, testId, danger }) => {
      const ids = selected.filter((r) => r.request.state !== state).map((r) => r.id);
      return (
        <Button key={state} icon={icon} danger={danger} disabled={busy || ids.length === 0} onClick={() => onChange(ids, state)} data-testid={testId}>
          {STATE_VERBS[state]}
          {ids.length > 0 ? ` ${ids.length}` : ''}
        </Button>
      );
    })}
    {selected.length > 0 && (
      <Button type="link" onClick={onClearSelection} data-testid="clear-selection">
        清除选择
      </Button>
    )}
    <Button type="primary" ghost disabled={busy || pendingIds.length === 0} onClick={() => onChange(pendingIds, '已接受')} data-testid="accept-all-pending">
      全部接受待确认{pendingIds.length > 0 ? ` ${pendingIds.length}` : ''}
    </Button>
  </Space>
);
