import { Progress, Space, Typography } from 'antd';
import { SYNC_KINDS } from '@shared/sync/kinds';
import { PREVIEW_STAGES, type ImportProgress, type PreviewStage } from '../../db/importProgress';

const STAGE_LABELS: Record<PreviewStage, string> = { decrypt: '正在解密', verify: '正在校验', readLocal: '正在读取本机数据', compare: '正在比对' };

const count = new Intl.NumberFormat('zh-CN');

/** The line under the bar, e.g. “正在写入：参会人 3,000 / 10,000”. */
export const importProgressText = (progress: ImportProgress): string =>
  progress.stage === 'write'
    ? `正在写入：${SYNC_KINDS[progress.kind].label} ${count.format(progress.kindDone)} / ${count.format(progress.kindTotal)}`
    : `${STAGE_LABELS[progress.stage]}…`;

/** A preview step fills the bar by the steps before it; the commit by the records written. */
const percentOf = (progress: ImportProgress): number =>
  progress.stage === 'write'
    ? Math.floor((progress.done / Math.max(1, progress.total)) * 100)
    : Math.round((PREVIEW_STAGES.indexOf(progress.stage) / PREVIEW_STAGES.length) * 100);

/** How far the import has got; `waiting` is said until the first report arrives. */
export const ImportProgressBar = ({ progress, waiting }: { progress: ImportProgress | undefined; waiting: string }) => (
  <Space orientation="vertical" size={0} style={{ width: '100%', maxWidth: 560 }} data-testid="import-progress">
    <Typography.Text type="secondary">{progress ? importProgressText(progress) : waiting}</Typography.Text>
    <Progress percent={progress ? percentOf(progress) : 0} size="small" status="active" />
  </Space>
);
