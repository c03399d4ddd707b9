import { useState } from 'react';
import { App as AntApp, Button, Space } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useDesk } from '../../app/DeskContext';
import type { RegistryKind } from '../../db/recordKinds';
import { exportKindToXlsx } from '../import/exportList';
import { ImportWizard } from '../import/ImportWizard';
import { saveXlsx } from '../../platform/saveFile';

/** A list's spreadsheet buttons: import a 报名表, export the list to .xlsx. */
export const RegistryTransfer = ({ kind, eventId }: { kind: RegistryKind; eventId: string }) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const exportList = async () => {
    setExporting(true);
    try {
      let saved = false;
      const file = await exportKindToXlsx(db, eventId, kind, async (name, bytes) => {
        saved = !('canceled' in (await saveXlsx(name, bytes)));
      });
      if (saved) message.success(`已导出 ${file.count} 条到 ${file.fileName}`);
    } catch (e) {
      message.error(`导出失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space>
      <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-open">
        导入
      </Button>
      <Button icon={<DownloadOutlined />} onClick={exportList} loading={exporting} data-testid="export-xlsx">
        导出 Excel
      </Button>
      {importing && <ImportWizard open kind={kind} eventId={eventId} db={db} onClose={() => setImporting(false)} />}
    </Space>
  );
};
