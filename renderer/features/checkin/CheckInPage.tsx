import { useCallback, useRef } from 'react';
import { Button, Card, Space, type InputRef } from 'antd';
import { ScanOutlined, UserAddOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { RegistryData } from '../registry/useRegistryData';
import { BadgePrintMenu } from './BadgePrintMenu';
import { CameraScanModal } from './CameraScanModal';
import { CountersBar } from './CountersBar';
import { ResultPanel } from './ResultCard';
import { SearchPanel } from './SearchPanel';
import { useCheckInUi } from './store';
import { useBadgeScanner } from './useBadgeScanner';
import { useDeskActions } from './useDeskActions';
import { useDeskShortcuts } from './useDeskShortcuts';
import { WalkInDrawer } from './WalkInDrawer';

/**
 * 签到: the registration desk. Built for a queue: the search box has the
 * focus on arrival and after every check-in, a USB scanner works wherever
 * the focus is, and each check-in shows the person's card and agenda.
 */
export const CheckInPage = ({ data }: { data: RegistryData }) => {
  const inputRef = useRef<InputRef>(null);
  const walkInOpen = useStore(useCheckInUi, (s) => s.walkInOpen);
  const cameraOpen = useStore(useCheckInUi, (s) => s.cameraOpen);
  const { setWalkInOpen, setCameraOpen, show } = useCheckInUi.getState();
  // After a write the live query re-renders the page; focus once that is painted.
  const focusSearch = useCallback(() => setTimeout(() => inputRef.current?.focus(), 0), []);
  const actions = useDeskActions(data.event.id, focusSearch);
  // A drawer's fields take typing; the camera has its own path.
  useBadgeScanner((code) => void actions.checkInBadge(code), !walkInOpen && !cameraOpen);
  useDeskShortcuts();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="checkin-page">
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
          <CountersBar participants={data.lists.participants} />
          <span style={{ flex: 1 }} />
          <Space wrap>
            <Button icon={<ScanOutlined />} onClick={() => setCameraOpen(true)} data-testid="open-camera">
              扫码 (F4)
            </Button>
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setWalkInOpen(true)} data-testid="open-walkin">
              现场注册 (F2)
            </Button>
            <BadgePrintMenu data={data} />
          </Space>
        </div>
      </Card>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 460px', minWidth: 0 }}>
          <SearchPanel data={data} inputRef={inputRef} onCheckIn={(p) => void actions.checkInPerson(p.id)} />
        </div>
        <div style={{ flex: '1 1 520px', minWidth: 0 }}>
          <ResultPanel data={data} actions={actions} />
        </div>
      </div>
      <WalkInDrawer
        data={data}
        open={walkInOpen}
        onClose={() => {
          setWalkInOpen(false);
          focusSearch();
        }}
        onRegistered={({ participant, createdOrganisation }) => {
          setWalkInOpen(false);
          show(participant.id, { kind: 'success', text: `${participant.name} 已注册并签到，胸卡码 ${participant.badgeCode}${createdOrganisation ? '（已新建单位）' : ''}` });
          focusSearch();
        }}
      />
      <CameraScanModal
        open={cameraOpen}
        onClose={() => {
          setCameraOpen(false);
          focusSearch();
        }}
        onCode={(code) => {
          setCameraOpen(false);
          void actions.checkInBadge(code);
        }}
      />
    </Space>
  );
};
