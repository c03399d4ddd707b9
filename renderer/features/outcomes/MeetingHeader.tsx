import { useMemo } from 'react';
import { Typography } from 'antd';
import type { Meeting, MeetingRequest } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { registryView } from '../schedule/view';
import { sideText, slotText, tableText } from './labels';

/** The meeting an outcome is for, as the organiser finds it on the floor: when and where, who, about what. */
export const MeetingHeader = ({ data, meeting, request }: { data: RegistryData; meeting: Meeting; request: MeetingRequest | undefined }) => {
  const view = useMemo(
    () =>
      registryView(data, request ? [request] : [], [meeting]),
    [data, meeting, request],
  );
  const shown = view.meetings[0];
  if (!shown) return null;
  return (
    <div style={{ background: '#f6f8fa', borderRadius: 8, padding: '12px 16px', marginBottom: 16 }} data-testid="outcome-meeting">
      <Typography.Text strong style={{ fontSize: 16 }}>
        {slotText(view.slots.find((s) => s.id === meeting.slotId))} · {tableText(view.tables.find((t) => t.id === meeting.tableId))}
      </Typography.Text>
      <div style={{ marginTop: 6 }}>
        {sideText(shown.people[0])}
        <Typography.Text type="secondary"> ↔ </Typography.Text>
        {sideText(shown.people[1])}
      </div>
      {shown.topic && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
          洽谈主题：{shown.topic}
        </Typography.Text>
      )}
    </div>
  );
};
