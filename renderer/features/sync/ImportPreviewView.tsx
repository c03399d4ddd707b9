import { Alert, Descriptions, Space, Table, Tag } from 'antd';
import { SYNC_KIND_NAMES, SYNC_KINDS, type SyncKind } from '@shared/sync/kinds';
import type { PreviewSummary } from '../../db/importSession';
import { localTime } from './localTime';

type Row = { kind: SyncKind; label: string; added: number; changed: number; unchanged: number; conflicted: number };

const TARGET: Record<string, string> = { platform: '中心平台', laptop: '其他电脑', backup: '自动备份' };

/** What an import would do, kind by kind, and what deserves a second look. */
export const ImportPreviewView = ({ preview }: { preview: PreviewSummary }) => {
  const { manifest, plan } = preview;
  const rows: Row[] = SYNC_KIND_NAMES.map((kind) => ({ kind, label: SYNC_KINDS[kind].label, ...plan.counts[kind] })).filter(
    (r) => r.added + r.changed + r.unchanged + r.conflicted > 0,
  );
  const { writes } = plan;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="import-preview">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="活动">{manifest.eventName ?? manifest.eventId}</Descriptions.Item>
        <Descriptions.Item label="来源设备">
          {manifest.device.name} {manifest.device.name !== manifest.device.id && <Tag>{manifest.device.id}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="类型">
          {manifest.kind === 'full' ? '全量' : '增量'}
          {manifest.target ? ` · ${TARGET[manifest.target] ?? manifest.target}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="导出时间">{localTime(manifest.createdAt)}</Descriptions.Item>
      </Descriptions>
      {!preview.localEventName && <Alert type="info" showIcon title={`本机还没有活动“${manifest.eventName ?? manifest.eventId}”，导入后将新增该活动`} />}
      {preview.localEventName && preview.localEventName !== manifest.eventName && (
        <Alert type="info" showIcon title={`将合并到本机的活动“${preview.localEventName}”`} />
      )}
      {preview.previouslyImportedAt && (
        <Alert type="success" showIcon title={`该数据包已于 ${localTime(preview.previouslyImportedAt)} 导入过${writes === 0 ? '，再次导入不会有任何变化' : ''}`} />
      )}
      {preview.newDevice && <Alert type="warning" showIcon title={`首次导入来自“${manifest.device.name}”的数据包：请确认它确实来自本次活动的工作电脑`} />}
      {preview.unknownFiles.length > 0 && (
        <Alert type="warning" showIcon title={`数据包含有本版本不认识的数据（${preview.unknownFiles.join('、')}），将不导入这部分；请升级对接台后再导入一次`} />
      )}
      {plan.newConflicts.length > 0 && (
        <Alert type="warning" showIcon title={`有 ${plan.newConflicts.length} 处两台电脑同时修改了同一字段：导入后较新的值生效，另一值保留在“冲突”中供您选择`} />
      )}
      <Table<Row>
        size="small"
        rowKey="kind"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '数据', dataIndex: 'label' },
          { title: '新增', dataIndex: 'added', align: 'right' },
          { title: '更新', dataIndex: 'changed', align: 'right' },
          { title: '无变化', dataIndex: 'unchanged', align: 'right' },
          { title: '冲突', dataIndex: 'conflicted', align: 'right', render: (n: number) => (n > 0 ? <Tag color="orange">{n}</Tag> : n) },
        ]}
      />
    </Space>
  );
};
