import { useMemo, useRef, useState, type RefObject } from 'react';
import { App as AntApp, Drawer, Empty, Spin } from 'antd';
import type { Outcome } from '@shared/model';
import type { RegistryData } from '../registry/useRegistryData';
import { MeetingHeader } from './MeetingHeader';
import { OutcomeForm } from './OutcomeForm';
import { OutcomeHistory } from './OutcomeHistory';
import type { TopicTitles } from './outcomeFields';
import { useMeetingOutcome, type MeetingOutcome } from './useMeetingOutcome';
import { useThisDevice } from './useThisDevice';

export type OutcomeDrawerProps = {
  data: RegistryData;
  /** The meeting whose outcome to record or edit; null = closed. */
  meetingId: string | null;
  onClose(): void;
  /** After a save; the drawer then closes. */
  onSaved?(outcome: Outcome): void;
};

const useTitles = (data: RegistryData): TopicTitles =>
  useMemo(() => {
    const needs = new Map(data.lists.needs.map((n) => [n.id, n.title]));
    const achievements = new Map(data.lists.achievements.map((a) => [a.id, a.title]));
    return { need: (id) => needs.get(id), achievement: (id) => achievements.get(id) };
  }, [data.lists.needs, data.lists.achievements]);

type BodyProps = { data: RegistryData; dirtyRef: RefObject<() => boolean>; onSaved(o: Outcome): void };

/**
 * Mounted once the meeting is read, it keeps what the form was opened on
 * (`opened`): later saves elsewhere reach the form as `latest` and through
 * the conflict check, never by replacing what is being typed.
 */
const Loaded = ({ data, context, here, dirtyRef, onSaved }: BodyProps & { context: MeetingOutcome; here: string }) => {
  const titles = useTitles(data);
  const [opened] = useState(context);
  const { meeting } = context;
  if (!meeting) return <Empty description="该洽谈不存在或已被删除" />;
  return (
    <>
      <MeetingHeader data={data} meeting={meeting} request={context.request} />
      <OutcomeForm
        data={data}
        meeting={meeting}
        stored={opened.outcome}
        latest={context.outcome}
        operator={opened.operator}
        titles={titles}
        onSaved={onSaved}
        dirtyRef={dirtyRef}
      />
      <div style={{ marginTop: 24 }}>
        <OutcomeHistory history={context.history} here={here} titles={titles} />
      </div>
    </>
  );
};

const Body = ({ meetingId, ...props }: BodyProps & { meetingId: string }) => {
  const context = useMeetingOutcome(props.data.event.id, meetingId);
  const here = useThisDevice();
  if (context?.meetingId !== meetingId || here === undefined) return <Spin description="正在读取洽谈…" />;
  return <Loaded {...props} context={context} here={here} />;
};

/**
 * 记录对接成果: the outcome form of one meeting in a drawer, opened from the
 * 待记录 queue, the list of outcomes, the floor board and the agendas. Esc
 * closes it, asking first when something typed would be lost.
 */
export const OutcomeDrawer = ({ data, meetingId, onClose, onSaved }: OutcomeDrawerProps) => {
  const { modal } = AntApp.useApp();
  const dirty = useRef<() => boolean>(() => false);
  const asking = useRef(false);
  const close = () => {
    if (!dirty.current()) return onClose();
    if (asking.current) return;
    asking.current = true;
    modal.confirm({
      title: '放弃未保存的内容？',
      content: '关闭后，本次填写的内容不会保存。',
      okText: '放弃修改',
      okButtonProps: { danger: true },
      cancelText: '继续填写',
      onOk: () => {
        asking.current = false;
        onClose();
      },
      onCancel: () => {
        asking.current = false;
      },
    });
  };
  const saved = (outcome: Outcome) => {
    dirty.current = () => false;
    onSaved?.(outcome);
    onClose();
  };
  return (
    <Drawer open={meetingId !== null} title="记录对接成果" size={680} destroyOnHidden onClose={close} data-testid="outcome-drawer">
      {meetingId && <Body key={meetingId} data={data} meetingId={meetingId} dirtyRef={dirty} onSaved={saved} />}
    </Drawer>
  );
};
