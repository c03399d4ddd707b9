import { useMemo, useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { IdcardOutlined, LogoutOutlined, PrinterOutlined, UndoOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { checkInClock, sameLocalDay } from '@shared/checkin';
import type { Participant } from '@shared/model';
import { OutcomeDrawer } from '../outcomes/OutcomeDrawer';
import type { RegistryData } from '../registry/useRegistryData';
import { agendasHtml } from '../schedule/print/agendas';
import { localDate, personAgenda, type AgendaLine } from './personAgenda';
import { badgeCardOf, badgesJob } from './print/badges';
import { PrintOptionsButton } from './print/PrintOptions';
import { usePrintPrefs } from './print/printPrefs';
import { usePrintJob } from './print/usePrintJob';
import { useCheckInUi } from './store';
import type { DeskActions } from './useDeskActions';
import { usePersonSchedule } from './usePersonSchedule';

const STATE_COLOR = { 未签到: 'orange', 已签到: 'green', 已离场: 'default' } as const;

const arrivalText = (p: Participant): string => {
  if (p.checkIn.state === '未签到' || !p.checkIn.at) return '—';
  return checkInClock(p.checkIn.at, !sameLocalDay(p.checkIn.at, Date.now()));
};

/** The person just checked in (or refused): who they are, when they came, and where they meet today. */
const PersonCard = ({ person, data, actions }: { person: Participant; data: RegistryData; actions: DeskActions }) => {
  const view = usePersonSchedule(data, person.id);
  const lines = useMemo(() => (view ? personAgenda(view, person.id, localDate(new Date())) : []), [view, person.id]);
  const { print, busy } = usePrintJob();
  const target = useStore(usePrintPrefs, (s) => s.target);
  const [outcomeFor, setOutcomeFor] = useState<string | null>(null);
  const organisation = person.organisationId ? data.organisations.get(person.organisationId)?.name : undefined;
  const printAgenda = () => {
    if (!view) return;
    void print('个人洽谈日程', () => ({ html: agendasHtml(view, [person.id]), pageSize: 'A4', suggestedName: `${person.name}-个人洽谈日程` }));
  };
  const printBadge = () =>
    void print('胸卡', () => badgesJob(data.event.name, [badgeCardOf(person, data.organisations)], usePrintPrefs.getState().badgeLayout, `${person.name}-胸卡`));

  return (
    <Card
      data-testid="checkin-card"
      title={
        <Space size={12}>
          <span style={{ fontSize: 24 }} data-testid="card-name">
            {person.name}
          </span>
          <Tag color={STATE_COLOR[person.checkIn.state]} data-testid="card-state">
            {person.checkIn.state}
          </Tag>
        </Space>
      }
    >
      {/* Under the name, not beside it: beside it the buttons covered the name and its state on a laptop screen. */}
      <Space wrap style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Button icon={<PrinterOutlined />} onClick={printAgenda} loading={busy} disabled={!view || lines.length === 0} title={lines.length === 0 ? '暂无洽谈安排' : undefined} data-testid="print-agenda">
            {target === 'printer' ? '打印日程' : '日程 PDF'}
          </Button>
          <PrintOptionsButton testId="print-agenda-options" disabled={busy} />
        </Space.Compact>
        <Space.Compact>
          <Button icon={<IdcardOutlined />} onClick={printBadge} loading={busy} data-testid="print-badge">
            {target === 'printer' ? '打印胸卡' : '胸卡 PDF'}
          </Button>
          <PrintOptionsButton badges testId="print-badge-options" disabled={busy} />
        </Space.Compact>
        {person.checkIn.state === '已签到' && (
          <Button icon={<LogoutOutlined />} onClick={() => void actions.leave(person.id)} data-testid="mark-left">
            离场
          </Button>
        )}
        {person.checkIn.state !== '未签到' && (
          <Button danger icon={<UndoOutlined />} onClick={() => void actions.undo(person.id)} data-testid="undo-checkin">
            撤销签到
          </Button>
        )}
      </Space>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="单位">{organisation ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="签到时间">
          <span data-testid="card-time">{arrivalText(person)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="角色">{person.roles.map((r) => <Tag key={r}>{r}</Tag>)}</Descriptions.Item>
        <Descriptions.Item label="胸卡码">
          <Typography.Text code>{person.badgeCode}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        洽谈日程{lines.length > 0 ? `（${lines.length} 场）` : ''}
      </Typography.Title>
      <Table<AgendaLine>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={lines}
        loading={!view}
        locale={{ emptyText: '暂无洽谈安排' }}
        data-testid="card-agenda"
        columns={[
          { title: '时间', dataIndex: 'time', width: 112 },
          { title: '桌号', dataIndex: 'table', width: 108, render: (t: string) => <strong>{t}</strong> },
          {
            title: '洽谈对象',
            dataIndex: 'counterpart',
            width: 128,
            // The organisation under the name: in a column of its own, a half-width card cut both to a few characters.
            render: (name: string, line) => (
              <>
                <div>{name}</div>
                <Typography.Text type="secondary" ellipsis={{ tooltip: line.organisation }} style={{ maxWidth: 112, fontSize: 12 }}>
                  {line.organisation}
                </Typography.Text>
              </>
            ),
          },
          { title: '主题', dataIndex: 'topic', ellipsis: { showTitle: true } },
          {
            title: '成果',
            width: 92,
            render: (_, line) => (
              <Button size="small" disabled={line.state === '未到场'} onClick={() => setOutcomeFor(line.id)} data-testid="card-outcome">
                记录成果
              </Button>
            ),
          },
        ]}
      />
      <OutcomeDrawer data={data} meetingId={outcomeFor} onClose={() => setOutcomeFor(null)} />
    </Card>
  );
};

/** The right half of the desk: what the last action did, and to whom. */
export const ResultPanel = ({ data, actions }: { data: RegistryData; actions: DeskActions }) => {
  const shownId = useStore(useCheckInUi, (s) => s.shownId);
  const notice = useStore(useCheckInUi, (s) => s.notice);
  const person = shownId ? data.participants.get(shownId) : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {notice && (
        <Alert
          type={notice.kind}
          showIcon
          title={<span style={{ fontSize: 18 }}>{notice.text}</span>}
          data-testid={notice.kind === 'error' ? 'checkin-error' : 'checkin-success'}
        />
      )}
      {person ? (
        <PersonCard person={person} data={data} actions={actions} />
      ) : (
        !notice && <Empty description="搜索或扫描胸卡后，这里显示签到结果和当天的洽谈日程" style={{ marginTop: 48 }} />
      )}
    </Space>
  );
};
