import { Badge, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import type { RegistryData } from '../registry/useRegistryData';
import { AgendaView } from './AgendaView';
import { RequestsList } from './requests/RequestsList';
import { ScheduleBoard } from './ScheduleBoard';
import { useScheduleUi, type ScheduleTab } from './store';
import { UnplacedList } from './UnplacedList';
import { useScheduleModel } from './useScheduleModel';

/** 洽谈排期: requests, the grid with 自动排期, personal agendas, and what could not be placed. */
export const SchedulePage = ({ data }: { data: RegistryData }) => {
  const tab = useStore(useScheduleUi, (s) => s.tab);
  const scope = useStore(useScheduleUi, (s) => s.scope);
  const setTab = useStore(useScheduleUi, (s) => s.setTab);
  const model = useScheduleModel(data, scope);
  if (!model) return <Spin style={{ margin: 48 }} description="正在读取排期…" />;
  const pending = model.requests.filter((r) => r.state === '待确认').length;
  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as ScheduleTab)}
      style={{ flex: 1, minHeight: 0 }}
      className="fill-tabs"
      destroyOnHidden
      items={[
        {
          key: 'requests',
          label: (
            <span data-testid="tab-requests">
              约谈申请 <Badge count={pending} size="small" title={`${pending} 项待确认`} />
            </span>
          ),
          children: <RequestsList event={data.event} />,
        },
        { key: 'grid', label: <span data-testid="tab-grid">排期表</span>, children: <ScheduleBoard model={model} /> },
        { key: 'agenda', label: <span data-testid="tab-agenda">个人日程</span>, children: <AgendaView model={model} data={data} /> },
        {
          key: 'unplaced',
          label: (
            <span data-testid="tab-unplaced">
              未排入 <Badge count={model.unplacedCount} size="small" color="orange" overflowCount={9999} />
            </span>
          ),
          children: <UnplacedList model={model} />,
        },
      ]}
    />
  );
};
