import { Empty, Flex } from 'antd';
import type { ReactNode } from 'react';

/**
 * The workspace's two panes: a record picker on the left, what the engine
 * says about the picked record on the right (or a hint while none is picked).
 * Both views (按需求, 按成果) share it so they look and scroll alike.
 */
export const PickAndShow = ({ picker, hint, children }: { picker: ReactNode; hint: string; children: ReactNode | undefined }) => (
  <Flex gap={16} style={{ flex: 1, minHeight: 0 }}>
    <div style={{ width: 320, flex: 'none', minHeight: 0 }}>{picker}</div>
    <div style={{ flex: 1, minWidth: 0, overflow: 'auto', paddingRight: 4 }}>{children ?? <Empty style={{ marginTop: 96 }} description={hint} />}</div>
  </Flex>
);
