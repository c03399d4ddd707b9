import { cloneElement, isValidElement, type CSSProperties, type ReactNode } from 'react';
import { Button, Dropdown, Segmented, Space, theme, Typography } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { BadgeLayout } from './badges';
import { usePrintPrefs, type PrintTarget } from './printPrefs';

const TARGETS: { value: PrintTarget; label: string }[] = [
  { value: 'printer', label: '打印' },
  { value: 'pdf', label: '导出 PDF' },
];
const LAYOUTS: { value: BadgeLayout; label: string }[] = [
  { value: 'sheet', label: 'A4 整页排版' },
  { value: 'single', label: '胸卡纸 一页一枚' },
];

/** 输出 (打印 / 导出 PDF) and, for badges, 纸张: the desk's choice, kept for the session. */
export const PrintOptionsPanel = ({ badges = false }: { badges?: boolean }) => {
  const target = useStore(usePrintPrefs, (s) => s.target);
  const badgeLayout = useStore(usePrintPrefs, (s) => s.badgeLayout);
  const setTarget = useStore(usePrintPrefs, (s) => s.setTarget);
  const setBadgeLayout = useStore(usePrintPrefs, (s) => s.setBadgeLayout);
  return (
    <Space orientation="vertical" size={6} style={{ padding: '8px 12px' }}>
      <Space size={8}>
        <Typography.Text type="secondary">输出</Typography.Text>
        <Segmented<PrintTarget> size="small" options={TARGETS} value={target} onChange={setTarget} data-testid="print-target" />
      </Space>
      {badges && (
        <Space size={8}>
          <Typography.Text type="secondary">纸张</Typography.Text>
          <Segmented<BadgeLayout> size="small" options={LAYOUTS} value={badgeLayout} onChange={setBadgeLayout} data-testid="badge-paper" />
        </Space>
      )}
    </Space>
  );
};

const usePopupStyle = (): CSSProperties => {
  const { token } = theme.useToken();
  return { backgroundColor: token.colorBgElevated, borderRadius: token.borderRadiusLG, boxShadow: token.boxShadowSecondary };
};

/** A print menu's popup: the options above its items (the items' own shadow dropped, the popup has one). */
export const PrintMenuPopup = ({ menu, badges }: { menu: ReactNode; badges?: boolean }) => {
  const style = usePopupStyle();
  const items = isValidElement<{ style?: CSSProperties }>(menu) ? cloneElement(menu, { style: { boxShadow: 'none' } }) : menu;
  return (
    <div style={style}>
      <PrintOptionsPanel badges={badges} />
      {items}
    </div>
  );
};

/** The ▾ half of a split print button: only the options, the button itself prints. */
export const PrintOptionsButton = ({ badges, testId, disabled }: { badges?: boolean; testId: string; disabled?: boolean }) => {
  const style = usePopupStyle();
  return (
    <Dropdown
      trigger={['click']}
      disabled={disabled}
      popupRender={() => (
        <div style={style}>
          <PrintOptionsPanel badges={badges} />
        </div>
      )}
    >
      <Button icon={<DownOutlined />} aria-label="打印选项" title="打印选项" data-testid={testId} />
    </Dropdown>
  );
};
