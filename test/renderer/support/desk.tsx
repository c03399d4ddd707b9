import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { DockingEvent } from '@shared/model';
import { DeskContext } from '../../../renderer/app/DeskContext';
import type { DeskDatabase } from '../../../renderer/db/database';
import { useRegistryData, type RegistryData } from '../../../renderer/features/registry/useRegistryData';

const WithData = ({ event, children }: { event: DockingEvent; children: (data: RegistryData) => ReactNode }) => {
  const data = useRegistryData(event);
  return data ? children(data) : null;
};

/** Renders `children` with the event's live registry, inside the app's providers; returns an organiser at the keyboard. */
export const openDesk = async (db: DeskDatabase, eventId: string, children: (data: RegistryData) => ReactNode) => {
  const event = await db.events.get(eventId);
  if (!event) throw new Error('event');
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <DeskContext.Provider value={db}>
          <WithData event={event}>{children}</WithData>
        </DeskContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  return userEvent.setup();
};
