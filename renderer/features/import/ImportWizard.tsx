import { useState } from 'react';
import { Button, Flex, Modal, Progress, Result, Steps, Typography } from 'antd';
import { detectHeader, guessMapping, IMPORT_FIELDS, KIND_LABELS, missingRequired, type ImportPlan } from '@shared/import';
import type { DeskDatabase } from '../../db/database';
import { commitImport, loadImportExisting } from '../../db/importBatch';
import type { RegistryKind } from '../../db/recordKinds';
import { saveXlsx } from '../../platform/saveFile';
import { CommitError } from './CommitError';
import { importTemplateXlsx, type SaveFile } from './exportList';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { runInWorker } from './runInWorker';
import { errorText, useSpreadsheetSource } from './useSpreadsheetSource';

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

/**
 * 导入向导: file → column mapping → preview with every problem row → one
 * transaction with a progress bar → done. Nothing is written before the
 * organiser presses 导入, and a refused commit writes nothing at all.
 */
export const ImportWizard = ({ open, kind, eventId, db, onClose, save = saveXlsx }: Props) => {
  const [step, setStep] = useState<Step>('file');
  const sheet = useSpreadsheetSource({
    detect: (rows) => detectHeader(rows, kind),
    tooBig: (fileName) => `“${fileName}”超过 50 MB，请拆分成几个文件分批导入`,
    goTo: setStep,
  });
  const { busy, run, source, mapping } = sheet;
  const [plan, setPlan] = useState<ImportPlan>();
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [commitError, setCommitError] = useState<string[]>();
  const [committed, setCommitted] = useState({ records: 0, organisations: 0 });
  const label = KIND_LABELS[kind];

  const reset = () => {
    setStep('file');
    sheet.reset();
    setPlan(undefined);
    setCommitError(undefined);
  };

  const downloadTemplate = async () => {
    try {
      const template = await importTemplateXlsx(kind);
      await save(template.fileName, template.bytes);
    } catch (e) {
      sheet.setFileError(`模板生成失败：${errorText(e)}`);
    }
  };

  const preview = () =>
    source &&
    run(async () => {
      sheet.setPlanError(undefined);
      const existing = await loadImportExisting(db, eventId);
      const result = await runInWorker({ type: 'plan', kind, rows: source.file.rows, mapping, existing });
      if (!result.ok) return sheet.setPlanError(result.message);
      setPlan(result.plan);
      setStep('preview');
    }, (m) => sheet.setPlanError(`检查失败：${m}`));

  const commit = () =>
    plan &&
    run(async () => {
      setStep('commit');
      setCommitError(undefined);
      setProgress({ done: 0, total: plan.accepted.length + plan.newOrganisations.length });
      const result = await commitImport(db, eventId, plan, (done, total) => setProgress({ done, total }));
      if (!result.ok) return setCommitError(result.issues.map((i) => i.message));
      setCommitted({ records: result.value.records.length, organisations: result.value.organisations.length });
      setStep('done');
    }, (m) => setCommitError([m]));

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
        {step === 'file' && <FileStep label={label} {...sheet.fileStep} onTemplate={() => void downloadTemplate()} />}
        {step === 'mapping' && sheet.mappingStep && (
          <MappingStep fields={IMPORT_FIELDS[kind]} missing={missingRequired(kind, mapping.columns)} guess={(header) => guessMapping(header, kind).columns} {...sheet.mappingStep} />
        )}
        {step === 'preview' && plan && <PreviewStep plan={plan} />}
        {step === 'commit' && (
          <Flex vertical gap={16}>
            <Progress percent={progress.total === 0 ? 0 : Math.floor((progress.done / progress.total) * 100)} status={commitError ? 'exception' : 'active'} data-testid="import-progress" />
            {commitError ? (
              <CommitError messages={commitError} testId="import-error" />
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
