import { useState } from 'react';
import { Alert, Button, Card, Input, Result, Space } from 'antd';
import { useDesk } from '../../app/DeskContext';
import { useActiveEvent } from '../../app/useActiveEvent';
import { setActiveEvent } from '../../db/events';
import { BundleDropZone } from './BundleDropZone';
import { ImportPreviewView } from './ImportPreviewView';
import { ImportProgressBar } from './ImportProgressBar';
import { useTakePendingBundle } from './pendingBundle';
import { useBundleImport, type ImportStep } from './useBundleImport';
import { planTotals } from '../../db/importSession';

const PassphraseStep = ({ state, onSubmit, onCancel }: { state: Extract<ImportStep, { step: 'passphrase' }>; onSubmit: (p: string) => void; onCancel: () => void }) => {
  const [value, setValue] = useState('');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={`“${state.fileName}”已加密，请输入导出时设置的口令`} />
      {state.error && <Alert type="error" showIcon title={state.error} data-testid="import-passphrase-error" />}
      <Input.Password
        autoFocus
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onPressEnter={() => value && onSubmit(value)}
        placeholder="数据包口令"
        data-testid="import-passphrase"
        style={{ maxWidth: 360 }}
      />
      <Space>
        <Button type="primary" disabled={!value} onClick={() => onSubmit(value)} data-testid="import-unlock">
          解密并预览
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Space>
  );
};

/** The steps of an import after the file is chosen: passphrase, preview, merge, result. `idle` shows before. */
export const ImportFlow = ({ importer, idle }: { importer: ReturnType<typeof useBundleImport>; idle: React.ReactNode }) => {
  const db = useDesk();
  const active = useActiveEvent();
  const { state, read, commit, reset } = importer;
  switch (state.step) {
    case 'idle':
      return idle;
    case 'reading':
      return <ImportProgressBar progress={state.progress} waiting={`正在打开“${state.fileName}”…`} />;
    case 'passphrase':
      return <PassphraseStep state={state} onSubmit={(p) => void read(state.fileName, state.bytes, p)} onCancel={reset} />;
    case 'preview':
    case 'committing':
      return (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ImportPreviewView preview={state.preview} />
          {state.step === 'committing' && <ImportProgressBar progress={state.progress} waiting="正在导入…" />}
          <Space>
            <Button type="primary" loading={state.step === 'committing'} onClick={() => void commit()} data-testid="import-commit">
              确认导入
            </Button>
            <Button disabled={state.step === 'committing'} onClick={reset}>
              取消
            </Button>
          </Space>
        </Space>
      );
    case 'done': {
      const counts = { ...planTotals(state.summary.plan), conflicted: state.summary.plan.newConflicts.length };
      const other = active && active.id !== state.summary.eventId;
      return (
        <Result
          status="success"
          title="导入完成"
          subTitle={`新增 ${counts.added} 条，更新 ${counts.changed} 条${counts.conflicted > 0 ? `，${counts.conflicted} 处冲突待处理` : ''}`}
          extra={[
            other && (
              <Button key="open" type="primary" onClick={() => void setActiveEvent(db, state.summary.eventId)} data-testid="import-open-event">
                打开该活动
              </Button>
            ),
            <Button key="again" onClick={reset} data-testid="import-again">
              继续导入
            </Button>,
          ]}
          data-testid="import-done"
        />
      );
    }
    case 'failed':
      return (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={`无法导入“${state.fileName}”`} description={`${state.message}。本机数据未作任何修改。`} data-testid="import-error" />
          <Button onClick={reset}>重新选择</Button>
        </Space>
      );
    }
};

/** 导入数据包: pick or drop a bundle, see what it would change, then merge it in one step. */
export const ImportPanel = ({ title = '导入数据包' }: { title?: string }) => {
  const importer = useBundleImport();
  const [pickError, setPickError] = useState<string>();
  useTakePendingBundle(importer.read, importer.state.step !== 'reading' && importer.state.step !== 'committing');
  return (
    <Card title={title}>
      <ImportFlow
        importer={importer}
        idle={
          <Space orientation="vertical" style={{ width: '100%' }}>
            {pickError && <Alert type="error" showIcon title={pickError} closable onClose={() => setPickError(undefined)} />}
            <BundleDropZone
              onFile={(name, bytes) => {
                setPickError(undefined);
                void importer.read(name, bytes);
              }}
              onError={setPickError}
            />
          </Space>
        }
      />
    </Card>
  );
};
