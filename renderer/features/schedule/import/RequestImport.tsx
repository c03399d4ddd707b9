import { useState } from 'react';
import { App as AntApp, Button, Flex, Modal, Result, Steps } from 'antd';
import {
  detectRequestHeader,
  guessRequestMapping,
  missingRequestColumns,
  REQUEST_FIELDS,
  type RequestImportContext,
  type RequestImportPlan,
} from '@shared/import';
import { useDesk } from '../../../app/DeskContext';
import { commitRequestImport, loadRequestImportContext } from '../../../db/requestImport';
import { CommitError } from '../../import/CommitError';
import type { SaveFile } from '../../import/exportList';
import { FileStep } from '../../import/FileStep';
import { MappingStep } from '../../import/MappingStep';
import { runInWorker } from '../../import/runInWorker';
import { useSpreadsheetSource } from '../../import/useSpreadsheetSource';
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
  const sheet = useSpreadsheetSource({
    detect: detectRequestHeader,
    // A sheet of requests is a few thousand rows at most: a file this big is the wrong one, not one to split.
    tooBig: (fileName) => `“${fileName}”超过 50 MB，请确认选择的是约谈申请表格`,
    goTo: setStep,
  });
  const { busy, run, source, mapping } = sheet;
  const [planned, setPlanned] = useState<Planned>();
  const [commitError, setCommitError] = useState<string[]>();
  const [done, setDone] = useState<Done>();

  const downloadTemplate = () =>
    run(async () => {
      const template = await requestTemplateXlsx();
      await save(template.fileName, template.bytes);
    }, (m) => sheet.setFileError(`模板生成失败：${m}`));

  const preview = () =>
    source &&
    run(async () => {
      sheet.setPlanError(undefined);
      setCommitError(undefined);
      const context = await loadRequestImportContext(db, eventId);
      if (!context) return sheet.setPlanError('该活动不存在或已被删除');
      const result = await runInWorker({ type: 'planRequests', rows: source.file.rows, mapping, context });
      if (!result.ok) return sheet.setPlanError(result.message);
      setPlanned({ plan: result.plan, context });
      setStep('preview');
    }, (m) => sheet.setPlanError(`检查失败：${m}`));

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
        {step === 'file' && <FileStep label="约谈申请" {...sheet.fileStep} onTemplate={() => void downloadTemplate()} />}
        {step === 'mapping' && sheet.mappingStep && (
          <MappingStep fields={REQUEST_FIELDS} missing={missingRequestColumns(mapping.columns)} guess={(header) => guessRequestMapping(header).columns} {...sheet.mappingStep} />
        )}
        {step === 'preview' && planned && (
          <>
            {commitError && <CommitError messages={commitError} testId="request-import-error" />}
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
