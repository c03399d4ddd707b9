import { useState } from 'react';
import { Button, Empty, Space, Typography } from 'antd';
import { ExperimentOutlined, UploadOutlined } from '@ant-design/icons';
import { useDesk } from '../../app/DeskContext';
import { useNavigation } from '../../app/navigation';
import { ImportWizard } from '../import/ImportWizard';
import { useLoadDemo } from '../welcome/useLoadDemo';

const NAMES = { needs: '技术需求', achievements: '科技成果' } as const;

/** Nothing to match yet: import the 报名表, add records by hand, or explore the demo fair. */
export const NoRecords = ({ kind, eventId }: { kind: 'needs' | 'achievements'; eventId: string }) => {
  const db = useDesk();
  const [importing, setImporting] = useState(false);
  const { loading, loadDemo } = useLoadDemo();
  const name = NAMES[kind];
  return (
    <Empty
      style={{ marginTop: 64 }}
      data-testid={`no-${kind}`}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text>本活动还没有{name}，无法进行匹配</Typography.Text>
          <Typography.Text type="secondary">导入报名表中的{name}，或先用演示活动熟悉精准对接。</Typography.Text>
        </Space>
      }
    >
      <Space>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="matching-import">
          导入{name}
        </Button>
        <Button onClick={() => useNavigation.getState().go(kind)}>前往{name}列表</Button>
        <Button icon={<ExperimentOutlined />} loading={loading} onClick={loadDemo}>
          加载演示活动
        </Button>
      </Space>
      {importing && <ImportWizard open kind={kind} eventId={eventId} db={db} onClose={() => setImporting(false)} />}
    </Empty>
  );
};
