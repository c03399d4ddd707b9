import { useLiveQuery } from 'dexie-react-hooks';
import { App as AntApp, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { SYNC_KINDS } from '@shared/sync/kinds';
import { useDesk } from '../../app/DeskContext';
import { resolveConflict, type OpenConflict } from '../../db/conflicts';
import { deskClock } from '../../db/deskClock';
import { deviceName } from '../../db/deviceKeys';
import { fieldLabel, recordTitle, stampText, valueText } from './conflictDisplay';

/** Device names for stamps: the laptops seen in imports, and this one. */
const useDeviceNames = (): ReadonlyMap<string, string> => {
  const db = useDesk();
  return (
    useLiveQuery(async () => {
      const names = new Map((await db.devices.toArray()).map((d) => [d.id, d.name]));
      names.set((await deskClock(db)).deviceId, `${await deviceName(db)}（本机）`);
      return names;
    }, [db]) ?? new Map()
  );
};

const ConflictItem = ({ conflict, names }: { conflict: OpenConflict; names: ReadonlyMap<string, string> }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const pick = async (value: unknown, label: string) => {
    const result = await resolveConflict(db, { kind: conflict.kind, id: conflict.record.id, field: conflict.field, winner: conflict.winner }, { value });
    if (result.ok) message.success(`已采用${label}`);
    else message.error(result.issues.map((i) => i.message).join('；'));
  };
  return (
    <List.Item data-testid="conflict-item">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{SYNC_KINDS[conflict.kind].label}</Tag>
          <Typography.Text strong>{recordTitle(conflict.kind, conflict.record)}</Typography.Text>
          <Typography.Text type="secondary">字段：{fieldLabel(conflict.kind, conflict.field)}</Typography.Text>
        </Space>
        <Space align="start" wrap style={{ width: '100%' }}>
          <Card size="small" style={{ minWidth: 260, borderColor: '#1f6feb' }} title={<Tag color="blue">当前值</Tag>} extra={<Typography.Text type="secondary">{stampText(conflict.winner.stamp, names)}</Typography.Text>}>
            <Typography.Paragraph style={{ margin: 0 }}>{valueText(conflict.field, conflict.winner.value)}</Typography.Paragraph>
            <Button size="small" style={{ marginTop: 8 }} onClick={() => void pick(conflict.winner.value, '当前值')} data-testid="conflict-keep">
              保留当前值
            </Button>
          </Card>
          {conflict.others.map((other) => (
            <Card key={other.stamp} size="small" style={{ minWidth: 260 }} title={<Tag color="orange">另一台电脑的值</Tag>} extra={<Typography.Text type="secondary">{stampText(other.stamp, names)}</Typography.Text>}>
              <Typography.Paragraph style={{ margin: 0 }}>{valueText(conflict.field, other.value)}</Typography.Paragraph>
              <Button size="small" type="primary" style={{ marginTop: 8 }} onClick={() => void pick(other.value, '另一台电脑的值')} data-testid="conflict-take">
                采用此值
              </Button>
            </Card>
          ))}
        </Space>
      </Space>
    </List.Item>
  );
};

/**
 * 冲突: fields two laptops changed without seeing each other's edit. The newer
 * value is in use; the organiser confirms it or takes the other, and the
 * choice travels to every laptop with the next bundle.
 */
export const ConflictsPanel = ({ conflicts }: { conflicts: readonly OpenConflict[] | undefined }) => {
  const names = useDeviceNames();
  return (
    <Card title="待处理冲突" data-testid="conflicts">
      {conflicts && conflicts.length === 0 ? (
        <Empty description="没有冲突：各电脑的修改已全部合并" />
      ) : (
        <List loading={conflicts === undefined} dataSource={conflicts ?? []} rowKey={(c) => `${c.kind}:${c.record.id}:${c.field}`} renderItem={(c) => <ConflictItem conflict={c} names={names} />} />
      )}
    </Card>
  );
};
