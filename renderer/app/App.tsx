import { App as AntApp, ConfigProvider, Layout, Menu, Spin, Typography } from 'antd';
import {
  ApartmentOutlined,
  BarChartOutlined,
  BulbOutlined,
  CalendarOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  ScheduleOutlined,
  SwapOutlined,
  TeamOutlined,
  TableOutlined,
} from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useStore } from 'zustand';
import type { DockingEvent } from '@shared/model';
import type { DeskDatabase } from '../db/database';
import { CheckInPage } from '../features/checkin/CheckInPage';
import { EventSettings } from '../features/event/EventSettings';
import { FloorPage } from '../features/floor/FloorPage';
import { MatchingPage } from '../features/matching/MatchingPage';
import { MatchingSessionProvider } from '../features/matching/MatchingSession';
import { OutcomesPage } from '../features/outcomes/OutcomesPage';
import { achievementsConfig } from '../features/registry/kinds/achievements';
import { needsConfig } from '../features/registry/kinds/needs';
import { organisationsConfig } from '../features/registry/kinds/organisations';
import { participantsConfig } from '../features/registry/kinds/participants';
import { RegistryPage } from '../features/registry/RegistryPage';
import { ResultsPage } from '../features/results/ResultsPage';
import { useRegistryData } from '../features/registry/useRegistryData';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { SyncPage } from '../features/sync/SyncPage';
import { Welcome } from '../features/welcome/Welcome';
import { BackupContext, useAutoBackup } from '../sync/useAutoBackup';
import { AntdStyleAnchor } from './AntdStyleAnchor';
import { DeskContext, useDesk } from './DeskContext';
import { EventSwitcher } from './EventSwitcher';
import { useNavigation, type Page } from './navigation';
import { useActiveEvent } from './useActiveEvent';
import { useBundleDrop } from './useBundleDrop';
import { useMenuCommands } from './useMenuCommands';
import { useWarmMirrors } from './useWarmMirrors';

dayjs.locale('zh-cn');

const MENU: { key: Page; icon: React.ReactNode; label: string }[] = [
  { key: 'event', icon: <CalendarOutlined />, label: '活动设置' },
  { key: 'organisations', icon: <ApartmentOutlined />, label: '参会机构' },
  { key: 'participants', icon: <TeamOutlined />, label: '参会人' },
  { key: 'needs', icon: <BulbOutlined />, label: '技术需求' },
  { key: 'achievements', icon: <ExperimentOutlined />, label: '科技成果' },
  { key: 'matching', icon: <NodeIndexOutlined />, label: '精准对接' },
  { key: 'schedule', icon: <ScheduleOutlined />, label: '洽谈排期' },
  { key: 'checkin', icon: <IdcardOutlined />, label: '签到' },
  { key: 'floor', icon: <TableOutlined />, label: '现场' },
  { key: 'outcomes', icon: <FileDoneOutlined />, label: '对接成果' },
  { key: 'results', icon: <BarChartOutlined />, label: '成果统计' },
  { key: 'sync', icon: <SwapOutlined />, label: '数据交换' },
];

const Workspace = ({ event }: { event: DockingEvent }) => {
  const page = useStore(useNavigation, (s) => s.page);
  const data = useRegistryData(event);
  useWarmMirrors(event.id);
  if (!data) return <Spin style={{ margin: 48 }} description="正在读取数据…" />;
  switch (page) {
    case 'event':
      return <EventSettings event={event} data={data} />;
    case 'organisations':
      return <RegistryPage config={organisationsConfig} data={data} />;
    case 'participants':
      return <RegistryPage config={participantsConfig} data={data} />;
    case 'needs':
      return <RegistryPage config={needsConfig} data={data} />;
    case 'achievements':
      return <RegistryPage config={achievementsConfig} data={data} />;
    case 'matching':
      return <MatchingPage data={data} />;
    case 'schedule':
      return <SchedulePage data={data} />;
    case 'checkin':
      return <CheckInPage data={data} />;
    case 'floor':
      return <FloorPage data={data} />;
    case 'outcomes':
      return <OutcomesPage data={data} />;
    case 'results':
      return <ResultsPage data={data} />;
    case 'sync':
      return <SyncPage data={data} />;
  }
};

const Shell = () => {
  const db = useDesk();
  const event = useActiveEvent();
  const page = useStore(useNavigation, (s) => s.page);
  const backups = useAutoBackup(db, event?.id);
  useMenuCommands(backups, Boolean(event));
  useBundleDrop();
  if (event === undefined) return <Spin fullscreen />;
  if (event === null) return <Welcome />;
  return (
    <BackupContext.Provider value={backups}>
      <Layout style={{ height: '100%' }}>
        <Layout.Sider width={184} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <div style={{ padding: '16px 20px', fontSize: 18, fontWeight: 600 }}>对接台</div>
          <Menu
            mode="inline"
            selectedKeys={[page]}
            items={MENU.map((m) => ({ ...m, 'data-testid': `nav-${m.key}` }))}
            onClick={(e) => useNavigation.getState().go(e.key as Page)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '0 24px', display: 'flex', alignItems: 'center', gap: 16 }}>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="event-title">
              {event.name}
            </Typography.Text>
            <Typography.Text type="secondary">
              {event.startDate === event.endDate ? event.startDate : `${event.startDate} 至 ${event.endDate}`} · {event.venue}
            </Typography.Text>
            <span style={{ flex: 1 }} />
            <EventSwitcher active={event} />
          </Layout.Header>
          <Layout.Content style={{ padding: 24, overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
            <MatchingSessionProvider key={event.id} event={event}>
              <Workspace event={event} />
            </MatchingSessionProvider>
          </Layout.Content>
        </Layout>
      </Layout>
    </BackupContext.Provider>
  );
};

/** The app root: Chinese locale, the database for every feature, antd's message context. */
export const App = ({ db }: { db: DeskDatabase }) => (
  <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f6feb', borderRadius: 6 } }}>
    <AntApp style={{ height: '100%' }}>
      <DeskContext.Provider value={db}>
        <Shell />
        <AntdStyleAnchor />
      </DeskContext.Provider>
    </AntApp>
  </ConfigProvider>
);
