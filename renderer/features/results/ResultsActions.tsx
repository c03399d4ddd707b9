import { useState } from 'react';
import { App as AntApp, Button, Space } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import type { FairResults } from '@shared/results';
import { useStore } from 'zustand';
import { useDesk } from '../../app/DeskContext';
import { PrintOptionsButton } from '../checkin/print/PrintOptions';
import { usePrintPrefs } from '../checkin/print/printPrefs';
import { usePrintJob } from '../checkin/print/usePrintJob';
import { readOutcomeRevisions } from './export/outcomeAuthors';
import { exportResultsXlsx } from './export/resultsXlsx';
import { resultsReportHtml } from './print/resultsReport';
import { intentLines, resultLines } from './resultLines';
import type { ResultsSources } from './resultsSources';
import { nextFrame } from '../../app/nextFrame';

/** 导出成果表 (.xlsx through the save dialog) and 打印成果报告 (to the printer or a PDF, as the ▾ options say). */
export const ResultsActions = ({ sources, results }: { sources: ResultsSources; results: FairResults }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);
  const { print, busy: printing } = usePrintJob();
  const target = useStore(usePrintPrefs, (s) => s.target);
  const { event } = sources.data;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await nextFrame();
      const saved = await exportResultsXlsx(sources, results, await readOutcomeRevisions(db, event.id));
      if (!('canceled' in saved)) message.success(`已导出成果表：${saved.path}`);
    } catch (e) {
      message.error(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  const printReport = () =>
    print(
      '活动成果报告',
      () => ({
        html: resultsReportHtml(sources, results, intentLines(resultLines(sources))),
        pageSize: 'A4',
        suggestedName: `${event.name}-活动成果报告`,
      }),
    );

  return (
    <Space wrap>
      <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx()} data-testid="results-export-xlsx">
        导出成果表
      </Button>
      <Space.Compact>
        <Button type="primary" icon={<PrinterOutlined />} loading={printing} onClick={() => void printReport()} data-testid="results-print-report">
          {target === 'printer' ? '打印成果报告' : '成果报告 PDF'}
        </Button>
        <PrintOptionsButton testId="results-print-options" disabled={printing} />
      </Space.Compact>
    </Space>
  );
};
