import { App as AntApp, Card, Descriptions, Statistic, Row, Col } from 'antd';
import { deriveSlots, type DockingEvent } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { updateEvent } from '../../db/events';
import type { RegistryData } from '../registry/useRegistryData';
import { EventForm } from './EventForm';

/** 活动设置: the fair's facts at a glance, and the form that edits them. */
export const EventSettings = ({ event, data }: { event: DockingEvent; data: RegistryData }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const slots = deriveSlots(event);
  return (
    <div style={{ maxWidth: 960 }} data-testid="event-settings">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Card>
            <Statistic title="参会机构" value={data.lists.organisations.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title="参会人" value={data.lists.participants.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title="技术需求" value={data.lists.needs.length} />
          </Card>
        </Col>
        <Col span={6}>
          <Card>
            <Statistic title="科技成果" value={data.lists.achievements.length} />
          </Card>
        </Col>
      </Row>
      <Card title="场次与时段" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={1}
          items={event.sessions.map((s) => ({
            key: s.id,
            label: `${s.date} ${s.label}`,
            children: `${s.start}–${s.end}，${slots.filter((x) => x.sessionId === s.id).length} 轮`,
          }))}
        />
      </Card>
      <Card title="活动设置">
        <EventForm
          event={event}
          submitLabel="保存设置"
          onSubmit={async (draft) => {
            const r = await updateEvent(db, event.id, draft);
            if (r.ok) message.success('活动设置已保存');
            return r.ok ? [] : r.issues;
          }}
        />
      </Card>
    </div>
  );
};
