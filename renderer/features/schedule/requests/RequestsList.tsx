import { useCallback, useDeferredValue, useEffect, useMemo, useState, type Key } from 'react';
import { Button, Empty, Space, Spin, Table } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { DockingEvent, RequestState } from '@shared/model';
import { useElementSize } from '../../../app/useElementSize';
import { RequestImport } from '../import/RequestImport';
import { countStates, filterRows } from './filters';
import { RequestCounters } from './RequestCounters';
import { requestColumns } from './requestColumns';
import { RequestForm } from './RequestForm';
import { buildRequestRows, type RequestRow } from './requestRows';
import { RequestsEmpty } from './RequestsEmpty';
import { RequestsFilters } from './RequestsFilters';
import { RequestsToolbar } from './RequestsToolbar';
import { useRequestsUi } from './store';
import { useRequestsData, type RequestsData } from './useRequestsData';
import { useStateChange } from './useStateChange';

/**
 * The columns' widths plus the selection column: it fits the content area
 * of a 1440-pixel window beside the menu; narrower windows scroll sideways.
 */
const SCROLL_X = 1196;

const onRow = (row: RequestRow) => ({ 'data-testid': 'request-row', 'data-request-id': row.id }) as object;

const RequestsView = ({ event, data }: { event: DockingEvent; data: RequestsData }) => {
  const ui = useStore(useRequestsUi);
  const changeStates = useStateChange(event.id);
  const [busy, setBusy] = useState(false);
  const { ref, height } = useElementSize<HTMLDivElement>();

  const rows = useMemo(() => buildRequestRows(data.requests, data), [data]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const counts = useMemo(() => countStates(rows), [rows]);
  const pendingIds = useMemo(() => rows.filter((r) => r.request.state === '待确认').map((r) => r.id), [rows]);
  // Typing echoes at once; the 10,000-row filter follows when React has time.
  const filters = useDeferredValue(ui.filters);
  const shown = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const selectedRows = useMemo(() => {
    const picked = new Set(ui.selected);
    return shown.filter((r) => picked.has(r.id));
  }, [shown, ui.selected]);

  const { select, openForm, closeForm, setFilters, setImporting } = ui;
  // Another event's selection or open form must not carry over to this one.
  useEffect(() => {
    if (useRequestsUi.getState().selected.length > 0) select([]);
    closeForm();
    setImporting(false);
  }, [event.id, select, closeForm, setImporting]);

  const onEdit = useCallback((id: string) => openForm({ mode: 'edit', id }), [openForm]);
  const columns = useMemo(() => requestColumns(rowsById, onEdit), [rowsById, onEdit]);
  const scroll = useMemo(() => ({ x: SCROLL_X, y: Math.max(240, height - 48) }), [height]);
  const rowSelection = useMemo(
    () => ({ selectedRowKeys: ui.selected, onChange: (keys: Key[]) => select(keys.map(String)), columnWidth: 40 }),
    [ui.selected, select],
  );
  const locale = useMemo(() => ({ emptyText: <Empty description="没有符合条件的约谈申请" /> }), []);
  // The same element while rows, columns and selection stay the same, so a
  // keystroke in the search box does not re-render 10,000 rows' cells.
  const table = useMemo(
    () => (
      <Table<RequestRow>
        virtual
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={shown}
        pagination={false}
        scroll={scroll}
        rowSelection={rowSelection}
        locale={locale}
        onRow={onRow}
        data-testid="requests-table"
      />
    ),
    [columns, shown, scroll, rowSelection, locale],
  );

  const change = async (ids: readonly string[], state: RequestState) => {
    setBusy(true);
    try {
      if (await changeStates(ids, state)) select([]);
    } finally {
      setBusy(false);
    }
  };

  const form = ui.form && <RequestForm key={ui.form.mode === 'edit' ? ui.form.id : 'new'} event={event} data={data} target={ui.form} onClose={closeForm} />;
  if (rows.length === 0)
    return (
      <div data-testid="requests-list">
        <RequestsEmpty onCreate={() => openForm({ mode: 'new' })} onImport={() => setImporting(true)} />
        {form}
      </div>
    );

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 480, gap: 12 }} data-testid="requests-list">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <RequestCounters counts={counts} onPick={(state) => setFilters({ states: [state] })} />
        <Space>
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-requests">
            导入
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => openForm({ mode: 'new' })} data-testid="create-request">
            新建约谈
          </Button>
        </Space>
      </Space>
      <RequestsFilters filters={ui.filters} onChange={setFilters} />
      <RequestsToolbar selected={selectedRows} pendingIds={pendingIds} busy={busy} onChange={change} onClearSelection={() => select([])} />
      <div ref={ref} style={{ flex: 1, minHeight: 0 }}>
        {table}
      </div>
      {form}
    </div>
  );
};

/** 约谈申请: the event's meeting requests, to review, accept or decline in bulk, create and edit. */
export const RequestsList = ({ event }: { event: DockingEvent }) => {
  const data = useRequestsData(event);
  const importing = useStore(useRequestsUi, (s) => s.importing);
  const setImporting = useStore(useRequestsUi, (s) => s.setImporting);
  return (
    <>
      {data ? <RequestsView event={event} data={data} /> : <Spin style={{ margin: 48 }} description="正在读取约谈申请…" />}
      {/* Here rather than in the view: the first imported rows switch the empty view to the table, which must not remount the dialog before its summary. Mounted only while open, so each import starts afresh. */}
      {importing && <RequestImport eventId={event.id} onClose={() => setImporting(false)} />}
    </>
  );
};
