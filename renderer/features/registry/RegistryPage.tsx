import { useCallback, useDeferredValue, useMemo } from 'react';
import { App as AntApp, Button, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { FieldIssue } from '@shared/model';
import { useDesk } from '../../app/DeskContext';
import { useElementSize } from '../../app/useElementSize';
import type { RecordOf, RegistryKind } from '../../db/recordKinds';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../../db/registry';
import { RecordDrawer } from './RecordDrawer';
import { useRegistryUi } from './store';
import type { FormValues, RegistryConfig } from './types';
import type { RegistryData } from './useRegistryData';
import { useSearch } from './useSearch';
import { RegistryTransfer } from './RegistryTransfer';
import { compareNames } from '@shared/nameOrder';

type Props<K extends RegistryKind> = { config: RegistryConfig<K>; data: RegistryData };

/**
 * One registry list (organisations, participants, needs or achievements):
 * search-as-you-type, filters, a virtualised table that stays smooth at
 * twenty thousand rows, a detail drawer, create / edit / delete with undo.
 */
export const RegistryPage = <K extends RegistryKind>({ config, data }: Props<K>) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const kind = config.kind;
  const ui = useStore(useRegistryUi, (s) => s.lists[kind]);
  const actions = useRegistryUi.getState();
  const { ref, height } = useElementSize<HTMLDivElement>();

  const records = useMemo(() => {
    const list = data.lists[kind] as RecordOf[K][];
    const keyed = list.map((r) => [config.sortText(r), r] as const);
    keyed.sort((a, b) => compareNames(a[0], b[0]));
    return keyed.map(([, r]) => r);
  }, [data, kind, config]);
  const filtered = useMemo(() => {
    const active = config.filters.filter((f) => (ui.filters[f.key] ?? []).length > 0);
    if (active.length === 0) return records;
    return records.filter((r) => active.every((f) => (ui.filters[f.key] ?? []).some((v) => f.test(r, v, data))));
  }, [records, ui.filters, config.filters, data]);
  const toSource = useCallback((r: RecordOf[K]) => config.searchSource(r, data), [config, data]);
  // The box echoes each keystroke at once; the table follows when React has
  // time, and a render made stale by the next keystroke is dropped.
  const query = useDeferredValue(ui.query);
  const shown = useSearch(kind, filtered, toSource, query);
  const columns = useMemo(() => config.columns(data), [config, data]);
  const scroll = useMemo(() => ({ x: config.scrollX, y: Math.max(200, height - 48) }), [config.scrollX, height]);
  const locale = useMemo(
    () => ({ emptyText: <Empty description={query ? `没有找到与“${query}”相关的${config.title}` : `暂无${config.title}`} /> }),
    [query, config.title],
  );
  const onRow = useCallback(
    // `data-testid` is not in rc-table's row attribute type, though React passes it through.
    (r: RecordOf[K]) => ({ onClick: () => useRegistryUi.getState().open(kind, r.id, false), style: { cursor: 'pointer' }, 'data-testid': 'registry-row' }) as object,
    [kind],
  );

  // The same element while its inputs stay the same: React then skips the
  // table (whose render walks every row) when only the search box, a filter
  // Select or the drawer changed, e.g. on the urgent render of a keystroke.
  const table = useMemo(
    () => (
      <Table<RecordOf[K]> virtual size="small" rowKey="id" columns={columns} dataSource={shown} pagination={false} scroll={scroll} locale={locale} onRow={onRow} />
    ),
    [columns, shown, scroll, locale, onRow],
  );

  const open = ui.openId === 'new' ? 'new' : ui.openId ? records.find((r) => r.id === ui.openId) : undefined;

  const save = async (values: FormValues): Promise<FieldIssue[]> => {
    const input = config.toInput(values);
    const result = ui.openId === 'new' ? await createRecord(db, kind, data.event.id, input) : await updateRecord(db, kind, ui.openId as string, input);
    if (!result.ok) return result.issues;
    message.success(`已保存${config.describeName(result.value)}`);
    actions.open(kind, result.value.id, false);
    return [];
  };

  const remove = async (record: RecordOf[K]) => {
    const result = await deleteRecord(db, kind, record.id);
    if (!result.ok) {
      message.error(result.issues.map((i) => i.message).join('；'));
      return;
    }
    actions.close(kind);
    const key = `undo-${record.id}`;
    message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <span data-testid="deleted-notice">
          已删除{config.describeName(record)}
          <Button
            type="link"
            size="small"
            data-testid="undo-delete"
            onClick={async () => {
              message.destroy(key);
              const undone = await restoreRecord(db, kind, record.id);
              if (undone.ok) message.success(`已恢复${config.describeName(record)}`);
              else message.error(`无法恢复：${undone.issues.map((i) => i.message).join('；')}`);
            }}
          >
            撤销
          </Button>
        </span>
      ),
    });
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 12 }} data-testid={`registry-${kind}`}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Input
            allowClear
            autoFocus
            prefix={<SearchOutlined />}
            placeholder={config.searchPlaceholder}
            value={ui.query}
            onChange={(e) => actions.setQuery(kind, e.target.value)}
            style={{ width: 380 }}
            data-testid="registry-search"
          />
          {config.filters.map((f) => (
            <Select
              key={f.key}
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={f.label}
              style={{ minWidth: 140 }}
              value={ui.filters[f.key] ?? []}
              options={[...f.options(data)]}
              onChange={(v: string[]) => actions.setFilter(kind, f.key, v)}
              data-testid={`filter-${f.key}`}
            />
          ))}
        </Space>
        <Space>
          <RegistryTransfer kind={kind} eventId={data.event.id} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => actions.open(kind, 'new')} data-testid="create-record">
            新建{config.title}
          </Button>
        </Space>
      </Space>
      <Typography.Text type="secondary" data-testid="registry-count">
        共 {records.length} 条{shown.length !== records.length ? `，显示 ${shown.length} 条` : ''}
      </Typography.Text>
      <div ref={ref} style={{ flex: 1, minHeight: 0 }}>
        {table}
      </div>
      {open && (
        <RecordDrawer
          config={config}
          lookups={data}
          record={open}
          editing={ui.editing}
          onEditChange={(editing) => actions.setEditing(kind, editing)}
          onClose={() => actions.close(kind)}
          onSave={save}
          onDelete={remove}
        />
      )}
    </div>
  );
};
