import { useState } from 'react';
import { Alert, App as AntApp, Button, Flex, Modal, Result, Steps } from 'antd';
import {
  detectRequestHeader,
  guessRequestMapping,
  missingRequestColumns,
  REQUEST_FIELDS,
  type ColumnMapping,
  type RequestImportContext,
  type RequestImportPlan,
} from '@shared/import';
import { useDesk } from '../../../app/DeskContext';
import { commitRequestImport, loadRequestImportContext } from '../../../db/requestImport';
import type { SaveFile } from '../../import/exportList';
import { FileStep } from '../../import/FileStep';
import { MappingStep } from '../../import/MappingStep';
import type { SpreadsheetRead } from '../../import/readSpreadsheet';
import { runInWorker } from '../../import/runInWorker';
import { saveXlsx } from '../../../platform/saveFile';
import { RequestImportPreview } from './RequestImportPreview';
import { requestTemplateXlsx } from './requestTemplateXlsx';

type Props = {
  eventId: string;
  onClose(): void;
  /** Saves the template; defaults to the bridge (a save dialog in Electron, a download in the browser). */
  save?: SaveFile;
};

const STEPS = ['file', 'mapping', 'preview', 'done'] as const;
type Step = (typeof STEPS)[number];

/** A sheet of requests is a few thousand rows at most; anything this big is the wrong file. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Planned = { plan: RequestImportPlan; context: RequestImportContext };
type Done = { created: number; skipped: number; rejected: number };

/**
 * 导入约谈申请: file → column mapping → preview (to create, duplicates,
 * problems) → one transaction of source 导入. Nothing is written before the
 * organiser presses 导入; cancelling at any step writes nothing, and a
 * refused batch writes nothing and shows why, by spreadsheet row.
 */
export const RequestImport = ({ eventId, onClose, save = saveXlsx }: Props) => {
  const db = useDesk();
  const { message } = AntApp.useApp();
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const [source, setSource] = useState<{ bytes: Uint8Array; file: SpreadsheetRead }>();
  const [mapping, setMapping] = useState<ColumnMapping>({ headerRow: 0, columns: {} });
  const [planError, setPlanError] = useState<string>();
  const [planned, setPlanned] = useState<Planned>();
  const [commitError, setCommitError] = useState<string[]>();
  const [done, setDone] = useState<Done>();

  const run = async (task: () => Promise<void>, onError: (message: string) => void) => {
    setBusy(true);
    try {
      await task();
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const read = async (bytes: Uint8Array, fileName: string, sheetIndex?: number) => {
    const result = await runInWorker({ type: 'read', bytes, fileName, sheetIndex });
    if (!result.ok) {
      setFileError(result.message);
      setStep('file');
      return;
    }
    setSource({ bytes, file: result.value });
    const detected = detectRequestHeader(result.value.rows);
    setMapping({ headerRow: detected.headerRow, columns: detected.columns });
    setPlanError(undefined);
    setStep('mapping');
  };

  const chooseFile = (file: File) =>
    run(async () => {
      setFileError(undefined);
      if (file.size > MAX_IMPORT_BYTES) return setFileError(`“${file.name}”超过 50 MB，请确认选择的是约谈申请表格`);
      await read(new Uint8Array(await file.arrayBuffer()), file.name);
    }, (m) => setFileError(`读取“${file.name}”失败：${m}`));

  const chooseSheet = (sheetIndex: number) => source && run(() => read(source.bytes, source.file.fileName, sheetIndex), setFileError);

  const downloadTemplate = () =>
    run(async () => {
      const template = await requestTemplateXlsx();
      await save(template.fileName, template.bytes);
    }, (m) => setFileError(`模板生成失败：${m}`));

  const preview = () =>
    source &&
    run(async () => {
      setPlanError(undefined);
      setCommitError(undefined);
      const context = await loadRequestImportContext(db, eventId);
      if (!context) return setPlanError('该活动不存在或已被删除');
      const result = await runInWorker({ type: 'planRequests', rows: source.file.rows, mapping, context });
      if (!result.ok) return setPlanError(result.message);
      setPlanned({ plan: result.plan, context });
      setStep('preview');
    }, (m) => setPlanError(`检查失败：${m}`));

  const commit = () =>
    planned &&
    run(async () => {
      setCommitError(undefined);
      const result = await commitRequestImport(db, eventId, planned.plan);
      if (!result.ok) return setCommitError(result.issues.map((i) => i.message));
      const summary = {
        created: result.value.created.length,
        skipped: planned.plan.duplicates.length + result.value.skipped.length,
        rejected: planned.plan.rejected.length,
      };
      setDone(summary);
      setStep('done');
      void message.success(`已导入 ${summary.created} 条约谈申请`);
    }, (m) => setCommitError([m]));

  const footer = (
    <Flex justify="flex-end" gap={8}>
      {step !== 'done' && <Button onClick={onClose}>取消</Button>}
      {step === 'mapping' && (
        <Button type="primary" loading={busy} onClick={preview} disabled={missingRequestColumns(mapping.columns).length > 0} data-testid="request-import-check">
          下一步：检查数据
        </Button>
      )}
      {step === 'preview' && planned && (
        <>
          <Button onClick={() => setStep('mapping')}>上一步</Button>
          {commitError && (
            <Button loading={busy} onClick={preview} data-testid="request-import-recheck">
              重新检查
            </Button>
          )}
          <Button type="primary" loading={busy} onClick={commit} disabled={planned.plan.accepted.length === 0} data-testid="request-import-commit">
            导入 {planned.plan.accepted.length} 条
          </Button>
        </>
      )}
      {step === 'done' && (
        <Button type="primary" onClick={onClose} data-testid="request-import-finish">
          完成
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal open title="导入约谈申请" width={960} footer={footer} onCancel={onClose} destroyOnHidden closable={!busy} keyboard={!busy} mask={{ closable: false }}>
      <Flex vertical gap={24} data-testid="request-import">
        <Steps size="small" current={STEPS.indexOf(step)} status={commitError ? 'error' : undefined} items={['选择文件', '对应列', '检查数据', '完成'].map((title) => ({ title }))} />
        {step === 'file' && <FileStep label="约谈申请" reading={busy} error={fileError} onFile={(f) => void chooseFile(f)} onTemplate={() => void downloadTemplate()} />}
        {step === 'mapping' && source && (
          <MappingStep
            fields={REQUEST_FIELDS}
            missing={missingRequestColumns(mapping.columns)}
            guess={(header) => guessRequestMapping(header).columns}
            file={source.file}
            mapping={mapping}
            error={planError ?? fileError}
            onMapping={setMapping}
            onSheet={(i) => void chooseSheet(i)}
          />
        )}
        {step === 'preview' && planned && (
          <>
            {commitError && (
              <Alert
                type="error"
                showIcon
                title="导入未完成，数据库未作任何修改"
                description={commitError.map((m) => (
                  <div key={m}>{m}</div>
                ))}
                data-testid="request-import-error"
              />
            )}
            <RequestImportPreview plan={planned.plan} context={planned.context} />
          </>
        )}
        {step === 'done' && done && (
          <Result
            status="success"
            title={<span data-testid="request-import-done">成功导入 {done.created} 条约谈申请</span>}
            subTitle={[done.skipped > 0 ? `跳过重复 ${done.skipped} 行` : '', done.rejected > 0 ? `${done.rejected} 行有问题未导入` : ''].filter((t) => t !== '').join('，') || undefined}
          />
        )}
      </Flex>
    </Modal>
  );
};
