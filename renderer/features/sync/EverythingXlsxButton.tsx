import { useState } from 'react';
import { App as AntApp, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useDesk } from '../../app/DeskContext';
import { useFairNow } from '../../app/useFairNow';
import { saveXlsx } from '../../platform/saveFile';
import { writeXlsx } from '../import/writeXlsx';
import type { RegistryData } from '../registry/useRegistryData';
import { readOutcomeRevisions } from '../results/export/outcomeAuthors';
import { useResultsRecords } from '../results/useResultsRecords';
import { everythingSheets } from './everythingXlsx';
import { nextFrame } from '../../app/nextFrame';

/** 导出全部数据（Excel）: every list, the schedule and the results in one workbook. */
export const EverythingXlsxButton = ({ data }: { data: RegistryData }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const records = useResultsRecords(data.event.id);
  const { now, ready } = useFairNow(data.event.id, 60_000);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!records) return;
    setBusy(true);
    try {
      await nextFrame();
      const sheets = everythingSheets(data, records, await readOutcomeRevisions(db, data.event.id), now);
      const saved = await saveXlsx(`${data.event.name}-全部数据.xlsx`, await writeXlsx(sheets));
      if (!('canceled' in saved)) message.success(`已导出全部数据：${saved.path}`);
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} disabled={!records || !ready} onClick={() => void run()} data-testid="export-everything-xlsx">
      导出全部数据（Excel）
    </Button>
  );
};
