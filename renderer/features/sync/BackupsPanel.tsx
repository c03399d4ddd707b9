import { useCallback, useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import type { BackupEntry } from '@shared/bridge';
import { parseBackupName, type BackupReason } from '@shared/sync/backupRotation';
import { getBridge } from '../../platform/bridge';
import { saveBundle } from '../../platform/saveFile';
import { useBackups } from '../../sync/useAutoBackup';
import { ImportFlow } from './ImportPanel';
import { useBundleImport } from './useBundleImport';
import { localTime } from './localTime';

const REASON: Record<BackupReason, { label: string; color: string }> = {
  auto: { label: '自动', color: 'default' },
  quit: { label: '退出时', color: 'blue' },
  manual: { label: '手动', color: 'green' },
};

type Row = BackupEntry & { at: Date; reason: BackupReason };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * 备份: the snapshots this laptop keeps of the fair (every five minutes while
 * something changed, and on closing). Any one can be merged back in — nothing
 * newer is lost, since a restore is a merge — or saved to a USB stick for a
 * replacement laptop.
 */
export const BackupsPanel = ({ eventId }: { eventId: string }) => {
  const { message } = AntApp.useApp();
  const backups = useBackups();
  const importer = useBundleImport();
  const [rows, setRows] = useState<Row[]>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Bumped to list the folder again (after a backup); the listing itself runs in the effect.
  const [listing, setListing] = useState(0);
  const refresh = useCallback(() => setListing((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    const list = getBridge()['backup:list'];
    void list().then((listed) => {
        if (!live) return;
        setProblem(listed.ok ? undefined : listed.error.message);
        setRows(
          listed.ok
            ? listed.value.flatMap((entry) => {
                const parsed = parseBackupName(entry.name);
                return parsed && parsed.eventId === eventId ? [{ ...entry, at: parsed.at, reason: parsed.reason }] : [];
              })
            : [],
        );
      });
    return () => {
      live = false;
    };
  }, [eventId, listing]);

  const backupNow = async () => {
    setBusy(true);
    const written = await backups?.backupNow('manual');
    setBusy(false);
    if (written) message.success(`已备份：${written.name}`);
    refresh();
  };

  const read = async (name: string) => {
    const file = await getBridge()['backup:read']({ name });
    if (!file.ok) throw new Error(file.error.message);
    return file.value.data;
  };

  const act = (action: () => Promise<void>) => async () => {
    try {
      await action();
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };

  const openFolder = async () => {
    const opened = await getBridge()['backup:openFolder']();
    if (!opened.ok) message.info(opened.error.message);
  };

  return (
    <Card
      title="自动备份"
      extra={
        <Space>
          <Button icon={<FolderOpenOutlined />} onClick={() => void openFolder()}>
            打开备份文件夹
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => void backupNow()} data-testid="backup-now">
            立即备份
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        有修改时每 5 分钟自动备份一次，关闭对接台时再备份一次；保留最近 12 份、48 小时内每小时 1 份、30 天内每天 1 份。恢复是合并：备份之后的新数据不会丢失。
      </Typography.Paragraph>
      {problem && <Alert type="warning" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Table<Row>
        size="small"
        rowKey="name"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        columns={[
          { title: '时间', dataIndex: 'at', render: localTime },
          { title: '方式', dataIndex: 'reason', render: (r: BackupReason) => <Tag color={REASON[r].color}>{REASON[r].label}</Tag> },
          { title: '大小', dataIndex: 'size', align: 'right', render: size },
          {
            title: '',
            key: 'actions',
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={act(async () => importer.read(row.name, await read(row.name)))} data-testid="backup-restore">
                  恢复
                </Button>
                <Button
                  size="small"
                  onClick={act(async () => {
                    const saved = await saveBundle(row.name, await read(row.name));
                    if (!('canceled' in saved)) message.success(`已另存到：${saved.path}`);
                  })}
                >
                  另存为
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Modal open={importer.state.step !== 'idle'} title="从备份恢复" footer={null} onCancel={importer.reset} width={760} destroyOnHidden>
        <ImportFlow importer={importer} idle={null} />
      </Modal>
    </Card>
  );
};
