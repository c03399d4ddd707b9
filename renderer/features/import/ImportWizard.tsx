import { useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Result, Steps, Typography } from 'antd';
import { detectHeader, guessMapping, IMPORT_FIELDS, KIND_LABELS, missingRequired, type ColumnMapping, type ImportPlan } from '@shared/import';
import type { DeskDatabase } from '../../db/database';
import { commitImport, loadImportExisting } from '../../db/importBatch';
import type { RegistryKind } from '../../db/recordKinds';
import { saveXlsx } from '../../platform/saveFile';
import { importTemplateXlsx, type SaveFile } from './exportList';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import type { SpreadsheetRead } from './readSpreadsheet';
import { runInWorker } from './runInWorker';

type Props = {
  open: boolean;
  kind: RegistryKind;
  eventId: string;
  db: DeskDatabase;
  onClose(): void;
  /** Saves the template; defaults to the bridge (a save dialog in Electron, a download in the browser). */
  save?: SaveFile;
};

const STEPS = ['file', 'mapping', 'preview', 'commit', 'done'] as const;
type Step = (typeof STEPS)[number];

/** Files this big are not sign-up sheets; refusing early keeps the window responsive. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * 导入向导: file → column mapping → preview with every problem row → one
 * transaction with a progress bar → done. Nothing is written before the
 * organiser presses 导入, and a refused commit writes nothing at all.
 */
export const ImportWizard = ({ open, kind, eventId, db, onClose, save = saveXlsx }: Props) => {
  const [step, setStep] = useState<Step>('file');
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const [source, setSource] = useState<{ bytes: Uint8Array; file: SpreadsheetRead }>();
  const [mapping, setMapping] = useState<ColumnMapping>({ headerRow: 0, columns: {} });
  const [planError, setPlanError] = useState<string>();
  const [plan, setPlan] = useState<ImportPlan>();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [commitError, setCommitError] = useState<string[]>();
  const [committed, setCommitted] = useState({ records: 0, organisations: 0 });
  const label = KIND_LABELS[kind];

  const reset = () => {
    setStep('file');
    setBusy(false);
    setFileError(undefined);
    setSource(undefined);
    setPlanError(undefined);
    setPlan(undefined);
    setCommitError(undefined);
  };

  const read = async (bytes: Uint8Array, fileName: string, sheetIndex?: number) => {
    const result = await runInWorker({ type: 'read', bytes, fileName, sheetIndex });
    if (!result.ok) {
      setFileError(result.message);
      setStep('file');
      return;
    }
    setSource({ bytes, file: result.value });
    const detected = detectHeader(result.value.rows, kind);
    setMapping({ headerRow: detected.headerRow, columns: detected.columns });
    setPlanError(undefined);
    setStep('mapping');
  };

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

  const chooseFile = (file: File) =>
    run(async () => {
      setFileError(undefined);
      if (file.size > MAX_IMPORT_BYTES) return setFileError(`“${file.name}”超过 50 MB，请拆分成几个文件分批导入`);
      await read(new Uint8Array(await file.arrayBuffer()), file.name);
    }, (m) => setFileError(`读取“${file.name}”失败：${m}`));

  const chooseSheet = (sheetIndex: number) => source && run(() => read(source.bytes, source.file.fileName, sheetIndex), setFileError);

  const downloadTemplate = async () => {
    try {
      const template = await importTemplateXlsx(kind);
      await save(template.fileName, template.bytes);
    } catch (e) {
      setFileError(`模板生成失败：${errorText(e)}`);
    }
  };

  const preview = () =>
    source &&
    run(async () => {
      setPlanError(undefined);
      const existing = await loadImportExisting(db, eventId);
      const result = await runInWorker({ type: 'plan', kind, rows: source.file.rows, mapping, existing });
      if (!result.ok) return setPlanError(result.message);
      setPlan(result.plan);
      setStep('preview');
    }, (m) => setPlanError(`检查失败：${m}`));

  const commit = async () => {
    if (!plan) return;
    setStep('commit');
    setCommitError(undefined);
    setProgress({ done: 0, total: plan.accepted.length + plan.newOrganisations.length });
    setBusy(true);
    try {
      const result = await commitImport(db, eventId, plan, (done, total) => setProgress({ done, total }));
      if (result.ok) {
        setCommitted({ records: result.value.records.length, organisations: result.value.organisations.length });
        setStep('done');
      } else setCommitError(result.issues.map((i) => i.message));
    } catch (e) {
      setCommitError([errorText(e)]);
    } finally {
      setBusy(false);
    }
  };

  const committing = step === 'commit' && busy;
  const footer = (
    <Flex justify="flex-end" gap={8}>
      {step === 'file' && <Button onClick={onClose}>取消</Button>}
      {step === 'mapping' && (
        <>
          <Button onClick={reset}>重新选择文件</Button>
          <Button type="primary" loading={busy} onClick={preview} disabled={!source || missingRequired(kind, mapping.columns).length > 0} data-testid="import-next-mapping">
            下一步：检查数据
          </Button>
        </>
      )}
      {step === 'preview' && plan && (
        <>
          <Button onClick={() => setStep('mapping')} data-testid="import-back-mapping">
            上一步
          </Button>
          <Button type="primary" onClick={commit} disabled={plan.accepted.length === 0} data-testid="import-commit">
            导入 {plan.accepted.length} 行
          </Button>
        </>
      )}
      {step === 'commit' && commitError && (
        <>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" loading={busy} onClick={preview} data-testid="import-back-preview">
            重新检查
          </Button>
        </>
      )}
      {step === 'done' && (
        <Button type="primary" onClick={onClose} data-testid="import-finish">
          完成
        </Button>
      )}
    </Flex>
  );

  return (
    <Modal
      open={open}
      title={`导入${label}`}
      width={960}
      footer={footer}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      closable={!committing}
      keyboard={!committing}
      mask={{ closable: false }}
    >
      <Flex vertical gap={24} data-testid="import-wizard">
        <Steps
          size="small"
          current={STEPS.indexOf(step)}
          status={commitError ? 'error' : undefined}
          items={['选择文件', '对应列', '检查数据', '导入', '完成'].map((title) => ({ title }))}
        />
        {step === 'file' && <FileStep label={label} reading={busy} error={fileError} onFile={(f) => void chooseFile(f)} onTemplate={() => void downloadTemplate()} />}
        {step === 'mapping' && source && (
          <MappingStep
            fields={IMPORT_FIELDS[kind]}
            missing={missingRequired(kind, mapping.columns)}
            guess={(header) => guessMapping(header, kind).columns}
            file={source.file}
            mapping={mapping}
            error={planError ?? fileError}
            onMapping={setMapping}
            onSheet={(i) => void chooseSheet(i)}
          />
        )}
        {step === 'preview' && plan && <PreviewStep plan={plan} />}
        {step === 'commit' && (
          <Flex vertical gap={16}>
            <Progress percent={progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * 100)} status={commitError ? 'exception' : 'active'} data-testid="import-progress" />
            {commitError ? (
              <Alert
                type="error"
                showIcon
                title="导入未完成，数据库未作任何修改"
                description={commitError.map((m) => (
                  <div key={m}>{m}</div>
                ))}
                data-testid="import-error"
              />
            ) : (
              <Typography.Text type="secondary">
                正在写入… {progress.done} / {progress.total}
              </Typography.Text>
            )}
          </Flex>
        )}
        {step === 'done' && (
          <Result
            status="success"
            title={<span data-testid="import-done">成功导入 {committed.records} 条{label}</span>}
            subTitle={committed.organisations > 0 ? `同时新建机构 ${committed.organisations} 个` : undefined}
          />
        )}
      </Flex>
    </Modal>
  );
};
