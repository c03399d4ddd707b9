import { useLiveQuery } from 'dexie-react-hooks';
import { Badge, Space, Tabs, Typography } from 'antd';
import type { RegistryData } from '../registry/useRegistryData';
import { useDesk } from '../../app/DeskContext';
import { readConflicts } from '../../db/conflicts';
import { BackupsPanel } from './BackupsPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { FairChecksCard } from './FairChecksCard';
import { EverythingXlsxButton } from './EverythingXlsxButton';
import { DeviceNameField } from './DeviceNameField';
import { ExportHistory } from './ExportHistory';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { usePendingBundle, type SyncTab } from './pendingBundle';

/** 数据交换: bundles to and from the central platform and the fair's other laptops, conflicts, backups. */
export const SyncPage = ({ data }: { data: RegistryData }) => {
  const db = useDesk();
  const { event } = data;
  const tab = usePendingBundle((s) => s.tab);
  // Read once for the tab's count and the list: every write re-reads them.
  const conflicts = useLiveQuery(() => readConflicts(db, event.id), [db, event.id]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="sync-page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          数据交换
        </Typography.Title>
        <Space wrap>
          <DeviceNameField />
          <EverythingXlsxButton data={data} />
        </Space>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => usePendingBundle.getState().showTab(key as SyncTab)}
        items={[
          {
            key: 'export',
            label: '导出',
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <ExportPanel event={event} />
                <ExportHistory eventId={event.id} />
              </Space>
            ),
          },
          { key: 'import', label: '导入', children: <ImportPanel /> },
          {
            key: 'conflicts',
            label: (
              <Badge count={conflicts?.length ?? 0} size="small" offset={[8, 0]}>
                冲突
              </Badge>
            ),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <FairChecksCard eventId={event.id} />
                <ConflictsPanel conflicts={conflicts} />
              </Space>
            ),
          },
          { key: 'backups', label: '备份', children: <BackupsPanel eventId={event.id} /> },
        ]}
      />
    </Space>
  );
};
