import { useMemo } from 'react';
import { Progress, Space, Typography } from 'antd';
import { countCheckIns, type Tally } from '@shared/checkin';
import { PARTICIPANT_ROLES, type Participant } from '@shared/model';

const percent = (t: Tally) => (t.expected === 0 ? 0 : Math.round((t.arrived / t.expected) * 100));

/** 已签到 / 应到, overall and per role; recounted from the live registry after every check-in. */
export const CountersBar = ({ participants }: { participants: readonly Participant[] }) => {
  const counters = useMemo(() => countCheckIns(participants), [participants]);
  return (
    <Space size={28} wrap align="center" data-testid="checkin-counters">
      <Space size={12} align="center">
        <Progress type="circle" size={52} percent={percent(counters.overall)} />
        <div>
          <Typography.Text type="secondary">已签到 / 应到</Typography.Text>
          <div style={{ fontSize: 26, fontWeight: 600, lineHeight: 1.1 }} data-testid="counter-overall">
            {counters.overall.arrived} <span style={{ fontSize: 16, color: '#888' }}>/ {counters.overall.expected}</span>
          </div>
        </div>
      </Space>
      {PARTICIPANT_ROLES.map((role) => {
        const t = counters.byRole[role];
        return (
          <div key={role} data-testid={`counter-${role}`}>
            <Typography.Text type="secondary">{role}</Typography.Text>
            <div style={{ fontSize: 18, fontWeight: 600 }}>
              {t.arrived} <span style={{ fontSize: 13, color: '#888' }}>/ {t.expected}</span>
            </div>
          </div>
        );
      })}
    </Space>
  );
};
