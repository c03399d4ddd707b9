import type { ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import type { SessionSnapshot } from './session';

/**
 * What stands between a screen and the engine: a spinner while the index is
 * first built, and a plain message with 重试 when the worker fails.
 */
export const EngineGate = ({ snapshot, onRetry, children }: { snapshot: SessionSnapshot | undefined; onRetry: () => void; children: (snapshot: SessionSnapshot) => ReactNode }) => {
  const status = snapshot?.status;
  if (status?.state === 'error') {
    return (
      <Result
        status="error"
        title="匹配引擎出错"
        subTitle={`${status.message}。已录入的数据不受影响，可以重试；若仍失败，请重新启动对接台。`}
        extra={
          <Button type="primary" onClick={onRetry} data-testid="engine-retry">
            重试
          </Button>
        }
        data-testid="engine-error"
      />
    );
  }
  if (!snapshot || status?.state !== 'ready') return <Spin style={{ margin: 48 }} description="正在建立匹配索引…" data-testid="engine-loading" />;
  return <>{children(snapshot)}</>;
};
