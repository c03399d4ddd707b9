import { useState } from 'react';
import { App as AntApp, Button, Dropdown } from 'antd';
import { DownOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import type { PageSize } from '@shared/bridge';
import { PrintMenuPopup } from '../../checkin/print/PrintOptions';
import { usePrintJob } from '../../checkin/print/usePrintJob';
import { exportScheduleXlsx } from '../export/scheduleXlsx';
import { agendaOwners, agendasHtml } from './agendas';
import { masterGridHtml } from './masterGrid';
import { tableCardsHtml, tablesWithMeetings } from './tableCards';
import type { ScheduleView } from '../view';
import { nextFrame } from '../../../app/nextFrame';

type PrintKey = 'agendas' | 'tableCards' | 'masterGrid';

type Printout = {
  /** What the messages call it. */
  noun: string;
  /** Why there is nothing to print, or undefined when there is. */
  nothing: (view: ScheduleView, participantIds?: readonly string[]) => string | undefined;
  html: (view: ScheduleView, participantIds?: readonly string[]) => string;
  fileName: (view: ScheduleView, participantIds?: readonly string[]) => string;
  pageSize: PageSize;
  landscape?: boolean;
};

const PRINTOUTS: Record<PrintKey, Printout> = {
  agendas: {
    noun: '个人洽谈日程',
    nothing: (view, ids) => (agendaOwners(view, ids).length === 0 ? (ids ? '所选参会人暂无洽谈安排' : '暂无洽谈安排，无需打印日程') : undefined),
    html: agendasHtml,
    fileName: (view, ids) => {
      const owners = agendaOwners(view, ids);
      return `${owners.length === 1 && owners[0] ? owners[0].name : view.event.name}-个人洽谈日程`;
    },
    pageSize: 'A4',
  },
  tableCards: {
    noun: '桌牌',
    nothing: (view) => (tablesWithMeetings(view).length === 0 ? '暂无洽谈安排，无需打印桌牌' : undefined),
    html: tableCardsHtml,
    fileName: (view) => `${view.event.name}-桌牌`,
    pageSize: 'A4',
  },
  masterGrid: {
    noun: '总排期表',
    nothing: (view) => (view.tables.length === 0 || view.slots.length === 0 ? '尚未设置洽谈桌或时段' : undefined),
    html: (view) => masterGridHtml(view),
    fileName: (view) => `${view.event.name}-总排期表`,
    pageSize: 'A4',
    landscape: true,
  },
};

const agendaLabel = (ids?: readonly string[]): string =>
  ids === undefined ? '个人洽谈日程（全部）' : ids.length === 1 ? '个人洽谈日程' : `个人洽谈日程（已选 ${ids.length} 人）`;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * 打印 / 导出: the schedule's printouts (to the printer or as PDF, as the
 * options at the top of the menu say) and its workbook. With
 * `participantIds`, the agendas are only those people's (the agenda screen
 * passes the one person it shows).
 */
export const PrintMenu = ({ view, participantIds, disabled }: { view: ScheduleView; participantIds?: readonly string[]; disabled?: boolean }) => {
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const { print, busy: printing } = usePrintJob();
  const busy = exporting || printing;

  const printOut = (key: PrintKey) => {
    const printout = PRINTOUTS[key];
    const nothing = printout.nothing(view, participantIds);
    if (nothing) {
      message.warning(nothing);
      return;
    }
    const job = () => ({
      html: printout.html(view, participantIds),
      pageSize: printout.pageSize,
      ...(printout.landscape ? { landscape: true } : {}),
      suggestedName: printout.fileName(view, participantIds),
    });
    void print(printout.noun, job);
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await nextFrame();
      const saved = await exportScheduleXlsx(view);
      if (!('canceled' in saved)) message.success(`已导出排期：${saved.path}`);
    } catch (e) {
      message.error(`导出失败：${errorText(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const items = [
    { key: 'agendas', label: agendaLabel(participantIds), icon: <PrinterOutlined />, 'data-testid': 'print-agendas' },
    { key: 'tableCards', label: '桌牌', icon: <PrinterOutlined />, 'data-testid': 'print-table-cards' },
    { key: 'masterGrid', label: '总排期表', icon: <PrinterOutlined />, 'data-testid': 'print-master-grid' },
    { type: 'divider' as const },
    { key: 'xlsx', label: '导出排期 Excel', icon: <FileExcelOutlined />, 'data-testid': 'export-schedule-xlsx' },
  ];

  return (
    <Dropdown
      trigger={['click']}
      disabled={disabled || busy}
      popupRender={(menu) => <PrintMenuPopup menu={menu} />}
      menu={{
        items,
        onClick: ({ key }) => {
          if (key === 'xlsx') void exportXlsx();
          else if (key === 'agendas' || key === 'tableCards' || key === 'masterGrid') printOut(key);
        },
      }}
    >
      <Button icon={<PrinterOutlined />} loading={busy} disabled={disabled} data-testid="print-menu">
        打印 / 导出 <DownOutlined />
      </Button>
    </Dropdown>
  );
};
