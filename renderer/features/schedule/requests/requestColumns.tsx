import { Button, Tag, Tooltip, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { ArrowRightOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { RequestPriority, RequestState } from '@shared/model';
import { describeRow, type PersonCell, type RequestRow } from './requestRows';

export const PRIORITY_COLORS: Record<RequestPriority, string> = { 必须: 'red', 优先: 'orange', 一般: 'default' };
export const STATE_COLORS: Record<RequestState, string> = { 待确认: 'gold', 已接受: 'green', 已拒绝: 'red', 已取消: 'default' };

const PRIORITY_RANK: Record<RequestPriority, number> = { 必须: 0, 优先: 1, 一般: 2 };
/** How many other requests a 重复 tooltip names before it says “等n条”. */
const NAMED_DUPLICATES = 3;

const Person = ({ person }: { person: PersonCell }) => (
  <div style={{ lineHeight: 1.3 }}>
    <div>{person.name}</div>
    {person.organisation && (
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
        {person.organisation}
      </Typography.Text>
    )}
  </div>
);

const Topic = ({ row }: { row: RequestRow }) =>
  row.need || row.achievement ? (
    <div style={{ lineHeight: 1.3 }}>
      {row.need && <Typography.Text ellipsis>需求：{row.need}</Typography.Text>}
      {row.need && row.achievement && <br />}
      {row.achievement && <Typography.Text ellipsis>成果：{row.achievement}</Typography.Text>}
    </div>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );

const DuplicateTag = ({ row, rowsById }: { row: RequestRow; rowsById: ReadonlyMap<string, RequestRow> }) => {
  const info = row.duplicate;
  if (!info) return null;
  const named = info.otherIds.slice(0, NAMED_DUPLICATES).flatMap((id) => {
    const other = rowsById.get(id);
    return other ? [{ id, text: describeRow(other) }] : [];
  });
  const more = info.otherIds.length - named.length;
  const title = (
    <div data-testid="duplicate-tooltip">
      <div>{info.kind === 'topic' ? '同一双方、同一议题已有有效申请：' : '同一双方另有有效申请（议题不同）：'}</div>
      {named.map((n) => (
        <div key={n.id}>{n.text}</div>
      ))}
      {more > 0 && <div>等另外{more}条</div>}
    </div>
  );
  return (
    <Tooltip title={title}>
      <Tag color={info.kind === 'topic' ? 'magenta' : 'purple'} data-testid="duplicate-tag">
        重复
      </Tag>
    </Tooltip>
  );
};

/**
 * The list's columns. Renderers read only the row (resolved once in
 * `buildRequestRows`), so scrolling 10,000 rows does no lookups but the
 * tooltip's, which runs on hover.
 */
export const requestColumns = (rowsById: ReadonlyMap<string, RequestRow>, onEdit: (id: string) => void): ColumnType<RequestRow>[] => [
  { key: 'from', title: '发起方', width: 145, render: (_, row) => <Person person={row.from} /> },
  { key: 'to', title: '约谈对象', width: 145, render: (_, row) => <Person person={row.to} /> },
  { key: 'topic', title: '所涉需求/成果', width: 230, render: (_, row) => <Topic row={row} /> },
  {
    key: 'priority',
    title: '优先级',
    width: 76,
    sorter: (a, b) => PRIORITY_RANK[a.request.priority] - PRIORITY_RANK[b.request.priority],
    render: (_, row) => <Tag color={PRIORITY_COLORS[row.request.priority]}>{row.request.priority}</Tag>,
  },
  {
    key: 'mutual',
    title: '双向',
    width: 52,
    align: 'center',
    render: (_, row) =>
      row.request.mutual ? (
        <Tooltip title="双方都有意向">
          <SwapOutlined style={{ color: '#1f6feb' }} aria-label="双向" />
        </Tooltip>
      ) : (
        <Tooltip title="单向：发起方提出">
          <ArrowRightOutlined style={{ color: '#bfbfbf' }} aria-label="单向" />
        </Tooltip>
      ),
  },
  {
    key: 'state',
    title: '状态',
    width: 120,
    render: (_, row) => (
      <span data-testid="request-state">
        <Tag color={STATE_COLORS[row.request.state]}>{row.request.state}</Tag>
        <DuplicateTag row={row} rowsById={rowsById} />
      </span>
    ),
  },
  { key: 'source', title: '来源', width: 84, render: (_, row) => row.request.source },
  {
    key: 'slots',
    title: '可约时段',
    width: 110,
    render: (_, row) => (
      <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{row.slots.full}</span>}>
        <Typography.Text ellipsis type={row.request.allowedSlotIds.length === 0 ? 'secondary' : undefined}>
          {row.slots.short}
        </Typography.Text>
      </Tooltip>
    ),
  },
  {
    key: 'createdAt',
    title: '创建时间',
    width: 104,
    defaultSortOrder: 'descend',
    // HLC stamps sort as text in time order; the wall time is their first 24 characters.
    sorter: (a, b) => (a.request.createdAt < b.request.createdAt ? -1 : a.request.createdAt > b.request.createdAt ? 1 : 0),
    render: (_, row) => dayjs(row.request.createdAt.slice(0, 24)).format('MM-DD HH:mm'),
  },
  {
    key: 'actions',
    title: '操作',
    // The link button (icon + 编辑) and the cell's padding: narrower cuts it.
    width: 96,
    fixed: 'right',
    render: (_, row) => (
      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(row.id)} data-testid="edit-request">
        编辑
      </Button>
    ),
  },
];
