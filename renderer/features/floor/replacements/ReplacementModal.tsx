import { useState } from 'react';
import { Alert, App as AntApp, Button, Collapse, Empty, Modal, Space, Spin, Typography } from 'antd';
import { LATE_START_MINUTES, type ReplacementPlan } from '@shared/floor';
import { useDesk } from '../../../app/DeskContext';
import { applyReplacements } from '../../../db/floorReplan';
import type { RegistryData } from '../../registry/useRegistryData';
import { pairText, ProposalList } from './ProposalList';
import { fairNow, useReplacementPlan } from './useReplacementPlan';

type Props = { data: RegistryData; open: boolean; onClose(): void };

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

const Header = ({ plan }: { plan: ReplacementPlan }) => {
  const { open, freedSeats, stats } = plan;
  if (!open) return null;
  return (
    <div>
      <Typography.Title level={5} style={{ margin: 0 }} data-testid="replacement-headline">
        {open.slot.label}：空出 {freedSeats} 个座位 / 可补位 {stats.added} 场
      </Typography.Title>
      <Typography.Text type="secondary">
        {open.running
          ? `本轮 ${open.slot.start} 已开始，开始后 ${LATE_START_MINUTES} 分钟内替补仍可入座；本轮已在座的洽谈不动。`
          : `从 ${open.slot.start} 这一轮起安排；已开始、已结束和锁定的洽谈不动。`}
        {stats.added + stats.moved > 0 && ` 新增 ${stats.added} 场 · 调整 ${stats.moved} 场 · 空档 ${signed(stats.breakChange)}`}
      </Typography.Text>
    </div>
  );
};

/** Wishes of checked-in people that get no seat, and why: collapsed, for when someone asks. */
const Unoffered = ({ plan }: { plan: ReplacementPlan }) =>
  plan.unoffered.length === 0 ? null : (
    <Collapse
      size="small"
      items={[
        {
          key: 'unoffered',
          label: `未能补位的约谈（${plan.unoffered.length}）`,
          children: (
            <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="replacement-unoffered">
              {plan.unoffered.map((u) => (
                <div key={u.requestId}>
                  {pairText(u.people)}
                  {u.pending && '（待确认）'}
                  <Typography.Text type="secondary">：{u.reason}</Typography.Text>
                </div>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );

const Dropped = ({ plan }: { plan: ReplacementPlan }) =>
  plan.dropped.length === 0 ? null : (
    <Alert
      type="warning"
      showIcon
      title="以下洽谈已不符合安排规则，补位不会移除它们，请在排期表中处理"
      description={plan.dropped.map((d) => (
        <div key={d.requestId}>
          {pairText(d.people)}（{d.at.slot} {d.at.table}）：{d.message}
        </div>
      ))}
    />
  );

/** One opening of the modal: its own round of proposals and ticks, gone when it closes. */
const ReplacementBody = ({ data, onClose }: Omit<Props, 'open'>) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [round, setRound] = useState(0);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [refusal, setRefusal] = useState<string>();
  const [saving, setSaving] = useState(false);
  const answer = useReplacementPlan(data, round);
  const plan = answer?.phase === 'ready' ? answer.plan : undefined;
  const chosen = plan ? plan.proposals.filter((p) => !unticked.has(p.key)).map((p) => p.choice) : [];

  const regenerate = () => {
    setUnticked(new Set());
    setRefusal(undefined);
    setRound((r) => r + 1);
  };

  const confirm = async () => {
    if (answer?.phase !== 'ready') return;
    setSaving(true);
    const result = await applyReplacements(db, data.event.id, chosen, answer.basis, await fairNow(db, data.event.id)).finally(() => setSaving(false));
    if (!result.ok) {
      setRefusal(result.issues.map((i) => i.message).join('；'));
      return;
    }
    const { created, moved, accepted } = result.value;
    const parts = [`新增 ${created.length} 场`, ...(moved.length > 0 ? [`调整 ${moved.length} 场`] : []), ...(accepted > 0 ? [`接受约谈申请 ${accepted} 项`] : [])];
    void message.success(`已确认补位：${parts.join('，')}。请通知相关参会人`);
    onClose();
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="replacement-modal">
      {!answer && (
        <div style={{ textAlign: 'center', padding: 32 }}>
          <Spin />
          <div>正在根据现场情况生成补位建议…</div>
        </div>
      )}
      {answer?.phase === 'failed' && <Alert type="error" showIcon title={`无法生成补位建议：${answer.message}`} />}
      {plan && (
        <>
          <Header plan={plan} />
          <Dropped plan={plan} />
          {plan.proposals.length > 0 ? (
            <ProposalList
              proposals={plan.proposals}
              unticked={unticked}
              onToggle={(key, ticked) => {
                setRefusal(undefined);
                setUnticked((prev) => {
                  const next = new Set(prev);
                  if (ticked) next.delete(key);
                  else next.add(key);
                  return next;
                });
              }}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`当前没有可补位的约谈：${plan.emptyReason ?? ''}`} data-testid="replacement-empty" />
          )}
          <Unoffered plan={plan} />
        </>
      )}
      {refusal && <Alert type="error" showIcon title={refusal} data-testid="replacement-refusal" />}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose} data-testid="replacement-cancel">
          关闭
        </Button>
        <Button onClick={regenerate} disabled={!answer || saving} data-testid="replacement-refresh">
          重新生成
        </Button>
        <Button type="primary" onClick={() => void confirm()} disabled={chosen.length === 0} loading={saving} data-testid="replacement-confirm">
          确认补位（{chosen.length}）
        </Button>
      </Space>
    </Space>
  );
};

/**
 * 补位建议: the seats freed by no-shows offered to checked-in people with
 * wished-for meetings, and the moves that make room, for the organiser to
 * tick and confirm. The floor page opens it after marking a no-show.
 */
export const ReplacementModal = ({ data, open, onClose }: Props) => (
  <Modal open={open} title="补位建议" footer={null} width={760} onCancel={onClose} destroyOnHidden mask={{ closable: false }}>
    <ReplacementBody data={data} onClose={onClose} />
  </Modal>
);
