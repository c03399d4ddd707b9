import { useState } from 'react';
import { App as AntApp, Button, Dropdown, Modal } from 'antd';
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DockingEvent } from '@shared/model';
import { createEvent, setActiveEvent } from '../db/events';
import { EventForm } from '../features/event/EventForm';
import { useDesk } from './DeskContext';

/** Switch between the fairs stored on this laptop, or set up a new one. */
export const EventSwitcher = ({ active }: { active: DockingEvent }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const events = useLiveQuery(() => db.events.orderBy('startDate').reverse().filter((e) => !e.deleted).toArray(), [db], []);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          selectedKeys: [active.id],
          items: [
            ...events.map((e) => ({ key: e.id, label: `${e.name}（${e.startDate}）` })),
            { type: 'divider' as const },
            { key: 'new', icon: <PlusOutlined />, label: '新建活动' },
          ],
          onClick: async ({ key }) => {
            if (key === 'new') setCreating(true);
            else await setActiveEvent(db, key);
          },
        }}
      >
        <Button type="text" size="small" data-testid="event-switcher">
          切换活动 <DownOutlined />
        </Button>
      </Dropdown>
      <Modal open={creating} title="新建活动" footer={null} width={880} onCancel={() => setCreating(false)} destroyOnHidden>
        <EventForm
          submitLabel="创建活动"
          onCancel={() => setCreating(false)}
          onSubmit={async (draft) => {
            const r = await createEvent(db, draft);
            if (!r.ok) return r.issues;
            message.success(`已创建并切换到活动“${r.value.name}”`);
            setCreating(false);
            return [];
          }}
        />
      </Modal>
    </>
  );
};
