import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, App as AntApp, Button, Card, Checkbox, Form, Input, Progress, Radio, Space, Typography } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { DockingEvent } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { acknowledgedBase, recordExport } from '../../db/bundleExport';
import { exportInWorker } from '../../db/exportInWorker';
import type { BundleTarget } from '../../db/bundleLog';
import { saveBundle } from '../../platform/saveFile';
import { passphraseProblem } from './passphrase';
import { localTime } from './localTime';

/**
 * 导出数据包: for the central platform (a delta since its last acknowledged
 * export, or everything) or for another laptop, optionally encrypted.
 */
export const ExportPanel = ({ event }: { event: DockingEvent }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [target, setTarget] = useState<Exclude<BundleTarget, 'backup'>>('platform');
  const [kind, setKind] = useState<'delta' | 'full'>('delta');
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [progress, setProgress] = useState<number>();
  const base = useLiveQuery(() => acknowledgedBase(db, event.id, target), [db, event.id, target]);
  const problem = encrypt ? passphraseProblem(passphrase, confirmation) : undefined;

  const run = async () => {
    setProgress(0);
    try {
      const bundle = await exportInWorker(db, {
        eventId: event.id,
        target,
        kind,
        ...(encrypt ? { passphrase } : {}),
        onProgress: (done, total) => setProgress(Math.round((done / Math.max(1, total)) * 100)),
      });
      const saved = await saveBundle(bundle.fileName, bundle.data);
      if ('canceled' in saved) return;
      await recordExport(db, bundle.log, saved.path.split(/[\\/]/).pop() ?? bundle.fileName);
      const records = Object.values(bundle.log.counts).reduce((n, c) => n + (c ?? 0), 0);
      message.success(`已导出${bundle.log.kind === 'full' ? '全量' : '增量'}数据包（${records} 条记录）：${saved.path}`);
      setPassphrase('');
      setConfirmation('');
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <Card title="导出数据包">
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label="导出给">
          <Radio.Group value={target} onChange={(e) => setTarget(e.target.value as 'platform' | 'laptop')} data-testid="export-target">
            <Radio.Button value="platform">中心平台</Radio.Button>
            <Radio.Button value="laptop">本场其他电脑</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label="范围"
          extra={
            kind === 'delta'
              ? base
                ? `自 ${localTime(base.createdAt)} 导出并已确认接收的数据包之后的变化`
                : '尚无已确认接收的导出，本次将导出全部数据'
              : '本活动的全部数据（含已删除记录的标记）'
          }
        >
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as 'delta' | 'full')} data-testid="export-kind">
            <Radio value="delta">增量</Radio>
            <Radio value="full">全量</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item extra="数据包含参会人的手机号和邮箱等个人信息；离开本机（U 盘、聊天软件）时请加密，并通过其他渠道告知口令。">
          <Checkbox checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} data-testid="export-encrypt">
            用口令加密
          </Checkbox>
        </Form.Item>
        {encrypt && (
          <Space wrap>
            <Form.Item label="口令" style={{ marginBottom: 8 }}>
              <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-testid="export-passphrase" style={{ width: 240 }} />
            </Form.Item>
            <Form.Item label="再次输入" style={{ marginBottom: 8 }}>
              <Input.Password value={confirmation} onChange={(e) => setConfirmation(e.target.value)} data-testid="export-passphrase-confirm" style={{ width: 240 }} />
            </Form.Item>
          </Space>
        )}
        {encrypt && passphrase !== '' && problem && <Alert type="warning" showIcon title={problem} style={{ marginBottom: 12 }} />}
        {progress !== undefined && <Progress percent={progress} size="small" style={{ marginBottom: 12 }} />}
        <Button type="primary" icon={<ExportOutlined />} disabled={problem !== undefined} loading={progress !== undefined} onClick={() => void run()} data-testid="export-run">
          导出
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          中心平台确认收到后，请在下方“导出记录”中标记“已接收”；下次增量导出将从该数据包之后开始。
        </Typography.Paragraph>
      </Form>
    </Card>
  );
};
