import { useLiveQuery } from 'dexie-react-hooks';
import { Button, Card, Table, Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useDesk } from '../../app/DeskContext';
import { acknowledgeExport } from '../../db/bundleExport';
import type { BundleExport } from '../../db/bundleLog';
import { localTime } from './localTime';

const total = (e: BundleExport) => Object.values(e.counts).reduce((n, c) => n + (c ?? 0), 0);

/** 导出记录: what left this laptop, and which of it the platform confirmed. */
export const ExportHistory = ({ eventId }: { eventId: string }) => {
  const db = useDesk();
  const rows = useLiveQuery(async () => (await db.bundleExports.where('eventId').equals(eventId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [db, eventId]);
  return (
    <Card title="导出记录" size="small">
      <Table<BundleExport>
        size="small"
        rowKey="id"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未导出过数据包' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', render: localTime, width: 170 },
          { title: '给', dataIndex: 'target', render: (t: string) => (t === 'platform' ? '中心平台' : '其他电脑'), width: 90 },
          {
            title: '范围',
            dataIndex: 'kind',
            width: 90,
            render: (k: string, e) => (
              <>
                {k === 'full' ? '全量' : '增量'} {e.encrypted && <LockOutlined title="已加密" />}
              </>
            ),
          },
          { title: '记录数', key: 'n', align: 'right', width: 80, render: (_, e) => total(e) },
          { title: '文件', dataIndex: 'fileName', ellipsis: true },
          {
            title: '接收',
            key: 'ack',
            width: 150,
            render: (_, e) =>
              e.acknowledgedAt ? (
                <Tag color="green">已接收 {localTime(e.acknowledgedAt).slice(5, 16)}</Tag>
              ) : (
                <Button size="small" onClick={() => void acknowledgeExport(db, e.id)} data-testid={`export-ack-${e.id}`}>
                  标记已接收
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
};
