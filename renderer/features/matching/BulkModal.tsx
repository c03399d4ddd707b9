import { useState } from 'react';
import { Alert, Button, Flex, Modal, Progress, Radio, Segmented, Typography } from 'antd';
import { useStore } from 'zustand';
import { useMatchingUi, type BulkTarget } from './store';

const TOP_CHOICES = [3, 5, 10];

type Props = {
  needCount: number;
  /** The engine has its index; until then 开始生成 waits. */
  ready: boolean;
  onStart: (target: BulkTarget, top: number) => void;
};

/**
 * 为所有需求生成推荐: choose what and how many per need, then watch the
 * worker go through the needs (done/total) with 取消 at hand. When the run
 * finishes the review table takes over.
 */
export const BulkModal = ({ needCount, ready, onStart }: Props) => {
  const open = useStore(useMatchingUi, (s) => s.bulkOpen);
  const job = useStore(useMatchingUi, (s) => s.bulk);
  const [target, setTarget] = useState<BulkTarget>(job.phase === 'idle' ? 'achievements' : job.target);
  const [top, setTop] = useState(job.phase === 'idle' ? 5 : job.top);
  const running = job.phase === 'running';
  const close = () => useMatchingUi.getState().setBulkOpen(false);
  const percent = running && job.progress.total > 0 ? Math.floor((job.progress.done / job.progress.total) * 100) : 0;

  return (
    <Modal
      open={open}
      title="为所有需求生成推荐"
      onCancel={close}
      mask={{ closable: !running }}
      destroyOnHidden
      data-testid="bulk-modal"
      footer={
        running ? (
          <Button danger onClick={job.cancel} data-testid="bulk-cancel">
            取消
          </Button>
        ) : (
          <>
            <Button onClick={close}>关闭</Button>
            <Button type="primary" disabled={needCount === 0 || !ready} loading={!ready} onClick={() => onStart(target, top)} data-testid="bulk-start">
              {ready ? '开始生成' : '正在建立匹配索引…'}
            </Button>
          </>
        )
      }
    >
      {running ? (
        <Flex vertical gap={8} style={{ padding: '16px 0' }} data-testid="bulk-progress">
          <Progress percent={percent} status="active" />
          <Typography.Text type="secondary" data-testid="bulk-progress-text">
            {job.progress.total > 0 ? `已完成 ${job.progress.done} / ${job.progress.total} 项需求` : '正在准备…'}
          </Typography.Text>
          <Typography.Text type="secondary">计算在后台进行，可以关闭此窗口继续其他工作。</Typography.Text>
        </Flex>
      ) : (
        <Flex vertical gap={16} style={{ padding: '8px 0' }}>
          {job.phase === 'failed' && <Alert type="error" showIcon title="生成推荐失败" description={job.message} />}
          <div>
            <Typography.Text strong>推荐内容</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Radio.Group value={target} onChange={(e) => setTarget(e.target.value === 'experts' ? 'experts' : 'achievements')}>
                <Radio value="achievements">推荐成果</Radio>
                <Radio value="experts">推荐专家</Radio>
              </Radio.Group>
            </div>
          </div>
          <div>
            <Typography.Text strong>每项需求推荐前</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <Segmented<number> options={TOP_CHOICES.map((k) => ({ value: k, label: `${k} 项` }))} value={top} onChange={setTop} data-testid="bulk-top" />
            </div>
          </div>
          <Typography.Text type="secondary">
            将为 {needCount} 项需求各推荐前 {top} 项{target === 'achievements' ? '成果' : '专家'}；已标记“不合适”的不会出现。生成后可在列表中逐条核对，勾选后批量邀请洽谈。
          </Typography.Text>
        </Flex>
      )}
    </Modal>
  );
};
