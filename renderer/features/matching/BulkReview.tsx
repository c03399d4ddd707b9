import { useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, Dropdown, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import { CloseCircleOutlined, DownOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import type { ColumnType } from 'antd/es/table';
import { useStore } from 'zustand';
import { REQUEST_PRIORITIES, type RequestPriority } from '@shared/model';
import { Clamp } from './Clamp';
import { reviewRows, rowState, type ReviewRow, type RowState } from './bulkRows';
import { priorityItems } from './InviteButton';
import { describeTarget, type MatchLookups } from './lookups';
import { describeOutcome, type PairStates } from './pairs';
import { useMatchingUi } from './store';
import type { PairActions } from './usePairs';

const STATE_COLORS: Record<RowState, string> = { 已邀请: 'blue', 不合适: 'default', 已推荐: 'green', 待处理: 'orange' };
const STATES: RowState[] = ['待处理', '已推荐', '已邀请', '不合适'];

type Props = { lookups: MatchLookups; states: PairStates; actions: PairActions };

/**
 * The bulk run's review: top-k per need, each with its score and main
 * reasons; the organiser ticks the good ones and invites them in batches, or
 * marks the poor ones 不合适 so later runs leave them out.
 */
export const BulkReview = ({ lookups, states, actions }: Props) => {
  const { message } = AntApp.useApp();
  const job = useStore(useMatchingUi, (s) => s.bulk);
  const selection = useStore(useMatchingUi, (s) => s.bulkSelection);
  const [summary, setSummary] = useState<{ text: string; complete: boolean }>();
  const [busy, setBusy] = useState(false);
  const results = job.phase === 'done' ? job.results : undefined;
  const target = job.phase === 'idle' ? 'achievements' : job.target;
  const rows = useMemo(() => (results ? reviewRows(results, target) : []), [results, target]);

  const columns = useMemo((): ColumnType<ReviewRow>[] => {
    const needOf = (r: ReviewRow) => lookups.needs.get(r.needId);
    return [
      {
        title: '技术需求',
        key: 'need',
        width: 260,
        render: (_, r) => {
          const need = needOf(r);
          return (
            <div style={{ opacity: r.rank === 1 ? 1 : 0.55 }}>
              <Clamp strong={r.rank === 1} title={need?.title}>
                {need?.title ?? '（已删除的需求）'}
              </Clamp>
              <Clamp tone="secondary" size={12}>
                {need ? lookups.organisations.get(need.ownerId)?.name : ''}
              </Clamp>
            </div>
          );
        },
      },
      { title: '名次', dataIndex: 'rank', width: 64, align: 'center' },
      {
        title: target === 'achievements' ? '推荐成果' : '推荐专家',
        key: 'target',
        width: 280,
        render: (_, r) => {
          const d = describeTarget(target, r.targetId, lookups);
          return (
            <div>
              <Clamp title={d.title}>{d.title}</Clamp>
              <Clamp tone="secondary" size={12}>
                {d.owner}
              </Clamp>
            </div>
          );
        },
      },
      { title: '评分', key: 'score', width: 72, align: 'right', render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{r.suggestion.score.toFixed(2)}</span> },
      {
        title: '主要理由',
        key: 'reasons',
        render: (_, r) => (
          <Clamp lines={2} size={13} title={r.suggestion.reasons.join('\n')}>
            {r.suggestion.reasons.slice(0, 2).join('；')}
          </Clamp>
        ),
      },
      {
        title: '状态',
        key: 'state',
        width: 96,
        filters: STATES.map((s) => ({ text: s, value: s })),
        onFilter: (value, r) => rowState(r, states) === value,
        render: (_, r) => {
          const s = rowState(r, states);
          return (
            <Tag color={STATE_COLORS[s]} data-testid="review-state">
              {s}
            </Tag>
          );
        },
      },
    ];
  }, [lookups, states, target]);

  if (!results) {
    const running = job.phase === 'running';
    return (
      <Empty style={{ marginTop: 64 }} description={running ? `正在生成推荐：已完成 ${job.progress.done} / ${job.progress.total} 项需求` : '还没有生成推荐'} data-testid="bulk-empty">
        <Button type="primary" onClick={() => useMatchingUi.getState().setBulkOpen(true)}>
          {running ? '查看进度' : '为所有需求生成推荐'}
        </Button>
      </Empty>
    );
  }

  const picked = rows.filter((r) => selection.includes(r.key));
  const invite = async (priority: RequestPriority) => {
    setBusy(true);
    try {
      const outcome = await actions.invite(picked, priority);
      // Shown above the table, where it stays until closed: the next batch is picked beside it.
      setSummary({ text: describeOutcome(outcome), complete: outcome.problems.length === 0 });
      useMatchingUi.getState().setBulkSelection([]);
    } finally {
      setBusy(false);
    }
  };
  const reject = async () => {
    setBusy(true);
    try {
      await actions.setVerdicts(picked, '不合适');
      message.info(`已将 ${picked.length} 条推荐标记为不合适`);
      useMatchingUi.getState().setBulkSelection([]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={12} style={{ height: '100%', minHeight: 0 }} data-testid="bulk-review">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Typography.Text type="secondary" data-testid="bulk-count">
            {Object.keys(results).length} 项需求，共 {rows.length} 条推荐{selection.length > 0 ? `，已选 ${picked.length} 条` : ''}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Dropdown
            trigger={['click']}
            disabled={picked.length === 0 || busy}
            menu={{
              items: priorityItems,
              onClick: ({ key }) => {
                const priority = REQUEST_PRIORITIES.find((p) => p === key);
                if (priority) void invite(priority);
              },
            }}
          >
            <Button type="primary" icon={<SendOutlined />} disabled={picked.length === 0} loading={busy} data-testid="bulk-invite">
              批量邀请{picked.length > 0 ? `（${picked.length}）` : ''} <DownOutlined />
            </Button>
          </Dropdown>
          <Button icon={<CloseCircleOutlined />} disabled={picked.length === 0 || busy} onClick={reject} data-testid="bulk-reject">
            标记不合适
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => useMatchingUi.getState().setBulkOpen(true)} data-testid="bulk-rerun">
            重新生成
          </Button>
        </Space>
      </Flex>
      {summary && <Alert type={summary.complete ? 'success' : 'warning'} showIcon closable title={summary.text} onClose={() => setSummary(undefined)} data-testid="bulk-summary" />}
      <Table<ReviewRow>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={rows}
        tableLayout="fixed"
        pagination={{ defaultPageSize: 50, pageSizeOptions: [20, 50, 100], showSizeChanger: true, showTotal: (total) => `共 ${total} 条` }}
        rowSelection={{
          selectedRowKeys: selection,
          onChange: (keys) => useMatchingUi.getState().setBulkSelection(keys.map(String)),
          getCheckboxProps: (r) => ({ disabled: states.invited.has(r.key) }),
        }}
        data-testid="bulk-table"
      />
    </Flex>
  );
};
