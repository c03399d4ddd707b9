import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Card, List } from 'antd';
import { fairChecks } from '@shared/sync/fairChecks';
import { useDesk } from '../../app/DeskContext';

/**
 * 合并后核对: duplicates and double bookings that several laptops can make
 * between them. Shown beside the conflicts, read from the stored fair (so it
 * also catches ones that came from a spreadsheet import); nothing shows when
 * the fair is clean.
 */
export const FairChecksCard = ({ eventId }: { eventId: string }) => {
  const db = useDesk();
  const checks = useLiveQuery(async () => {
    const [event, participants, meetings] = await Promise.all([
      db.events.get(eventId),
      db.participants.where('eventId').equals(eventId).toArray(),
      db.meetings.where('eventId').equals(eventId).toArray(),
    ]);
    return event ? fairChecks({ event, participants, meetings }) : [];
  }, [db, eventId]);
  if (!checks || checks.length === 0) return null;
  return (
    <Card title="合并后需核对" size="small" data-testid="fair-checks">
      <Alert type="warning" showIcon title="以下情况各台电脑单独看都没有问题，合并后才出现，请逐条核对处理" style={{ marginBottom: 8 }} />
      <List size="small" dataSource={checks} rowKey={(c) => `${c.kind}:${c.ids.join(',')}`} renderItem={(c) => <List.Item>{c.message}</List.Item>} />
    </Card>
  );
};
