import { useEffect, useState } from 'react';
import { Alert, Button, Descriptions, Modal, Progress, Space, Table, Typography } from 'antd';
import { useStore } from 'zustand';
import type { ExactCertificate, SchedulePlan } from '@shared/scheduling';
import { comparePlans, type PlanFigures } from '@shared/scheduling/fair';
import { REASON_LABELS } from './reasonLabels';
import { useScheduleUi } from './store';
import type { ScheduleModel } from './useScheduleModel';

const percent = (weight: number, bound: number) => (bound === 0 ? '—' : `${((weight / bound) * 100).toFixed(1)}%`);

type Row = { key: string; label: string; current: string; next: string };

const figureRows = (current: PlanFigures, next: PlanFigures, bound: number): Row[] => [
  { key: 'scheduled', label: '已排洽谈（场）', current: String(current.scheduled), next: String(next.scheduled) },
  { key: 'weight', label: `优先级权重（上限 ${bound}）`, current: `${current.weight}（${percent(current.weight, bound)}）`, next: `${next.weight}（${percent(next.weight, bound)}）` },
  { key: 'breaks', label: '空档总数', current: String(current.breaks), next: String(next.breaks) },
  { key: 'maxBreaks', label: '单人最多空档', current: String(current.maxBreaks), next: String(next.maxBreaks) },
];

/** The plan's own sentences name people by id; the summary counts by kind, the 未排入 tab names them. */
const reasonSummary = (plan: SchedulePlan): string => {
  const counts = new Map<string, number>();
  for (const u of plan.unscheduled) counts.set(REASON_LABELS[u.reason], (counts.get(REASON_LABELS[u.reason]) ?? 0) + 1);
  return `${[...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} ${n} 项`).join('；')}。应用后可在“未排入”中查看每一项的原因。`;
};

const CERTIFICATES: Record<ExactCertificate, { type: 'success' | 'info'; text: string }> = {
  optimal: { type: 'success', text: '精确求解已证明：新方案是最优方案' },
  improved: { type: 'info', text: '精确求解改进了方案，但未能在限定时间内证明最优' },
  'heuristic-kept': { type: 'info', text: '精确求解未找到更好的方案，保留常规排期的结果' },
};

type ReviewProps = { model: ScheduleModel; plan: SchedulePlan; certificate?: ExactCertificate | undefined; note?: string | undefined; onApply(): void; onDiscard(): void };

const Review = ({ model, plan, certificate, note, onApply, onDiscard }: ReviewProps) => {
  const c = comparePlans(model.fair, model.floor, plan.meetings);
  const bound = Math.max(plan.stats.upperBound, model.bound);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="plan-review">
      {certificate && <Alert type={CERTIFICATES[certificate].type} showIcon title={CERTIFICATES[certificate].text} description={note} data-testid="plan-certificate" />}
      <Table<Row>
        size="small"
        pagination={false}
        dataSource={figureRows(c.current, c.next, bound)}
        columns={[
          { title: '指标', dataIndex: 'label' },
          { title: '当前排期', dataIndex: 'current', align: 'right' },
          { title: '新方案', dataIndex: 'next', align: 'right', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
        ]}
      />
      <Descriptions size="small" column={4} bordered items={[
        { key: 'kept', label: '保持不变', children: c.kept },
        { key: 'moved', label: '调整位置', children: c.moved },
        { key: 'added', label: '新增', children: c.added },
        { key: 'removed', label: '移除', children: c.removed },
      ]} />
      {plan.unscheduled.length > 0 && (
        <Alert type="info" showIcon title={`${plan.unscheduled.length} 项约谈未能排入`} description={reasonSummary(plan)} />
      )}
      {plan.stats.breakSpreadMet === false && <Alert type="warning" showIcon title="未能满足空档均衡要求：方案中各人空档数之差超过所设上限" />}
      <Typography.Text type="secondary">锁定和已开始的洽谈保持原位。应用后，已打印的日程需要重新打印。用时 {(plan.stats.ms / 1000).toFixed(1)} 秒。</Typography.Text>
      <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
        <Button onClick={onDiscard} data-testid="plan-discard">放弃</Button>
        <Button type="primary" onClick={onApply} data-testid="plan-apply">应用新方案</Button>
      </Space>
    </Space>
  );
};

/** The share of the time limit used: the search reports it, the exact mode does not, so the clock fills in. */
const RunProgress = ({ startedAt, timeLimitMs, fraction }: { startedAt: number; timeLimitMs: number; fraction: number }) => {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  const share = Math.min(0.99, Math.max(fraction, (now - startedAt) / Math.max(1, timeLimitMs)));
  return <Progress percent={Math.round(share * 100)} status="active" />;
};

/** The modal of a 自动排期 run: progress and cancel, then the comparison before applying. */
export const PlanJobModal = ({ model, onApply }: { model: ScheduleModel; onApply(): void }) => {
  const job = useStore(useScheduleUi, (s) => s.job);
  const setJob = useStore(useScheduleUi, (s) => s.setJob);
  if (job.phase === 'idle') return null;
  const title = job.phase === 'running' ? '正在自动排期…' : job.phase === 'review' ? '新方案与当前排期对比' : '自动排期失败';
  return (
    <Modal open title={title} footer={null} closable={job.phase !== 'running'} maskClosable={false} width={640} onCancel={() => setJob({ phase: 'idle' })}>
      {job.phase === 'running' && (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="plan-running">
          <RunProgress startedAt={job.startedAt} timeLimitMs={job.timeLimitMs} fraction={job.progress?.fraction ?? 0} />
          <Typography.Text type="secondary">
            {job.progress
              ? `目前最好的方案：已排 ${job.progress.scheduled} 场，权重 ${job.progress.weight} / 上限 ${job.progress.upperBound}，空档 ${job.progress.breaks} 个`
              : '正在读取约谈和时段…'}
          </Typography.Text>
          <Button onClick={job.cancel} data-testid="plan-cancel">取消</Button>
        </Space>
      )}
      {job.phase === 'review' && <Review model={model} plan={job.plan} certificate={job.certificate} note={job.note} onApply={onApply} onDiscard={() => setJob({ phase: 'idle' })} />}
      {job.phase === 'failed' && <Alert type="error" showIcon title={job.message} />}
    </Modal>
  );
};
