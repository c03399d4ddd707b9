import { act, render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '@shared/bridge';
import { useNavigation } from '../../../renderer/app/navigation';
import { dropProblem, useBundleDrop } from '../../../renderer/app/useBundleDrop';
import { usePendingBundle } from '../../../renderer/features/sync/pendingBundle';

/** jsdom has no DragEvent: a plain event carrying what Chromium's would. */
const dragEvent = (type: 'dragover' | 'drop', files: File[]) => {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
};

const Shell = () => {
  useBundleDrop();
  return <div data-testid="anywhere" />;
};
const renderShell = () =>
  render(
    <AntApp>
      <Shell />
    </AntApp>,
  );

const bundle = (name = '现场.dockbundle') => new File([new Uint8Array([0x50, 0x4b])], name);

beforeEach(() => {
  useNavigation.setState({ page: 'participants' });
  usePendingBundle.setState({ bundle: undefined, tab: 'export' });
});

describe('useBundleDrop', () => {
  it('makes the whole window a drop target for files', () => {
    renderShell();
    const over = dragEvent('dragover', [bundle()]);
    screen.getByTestId('anywhere').dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
  });

  it('opens a bundle dropped anywhere in 数据交换 → 导入', async () => {
    renderShell();
    const drop = dragEvent('drop', [bundle()]);
    act(() => {
      screen.getByTestId('anywhere').dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(usePendingBundle.getState().bundle?.name).toBe('现场.dockbundle'));
    expect(usePendingBundle.getState().bundle?.data).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(usePendingBundle.getState().tab).toBe('import');
    expect(useNavigation.getState().page).toBe('sync');
  });

  it('leaves a drop that a drop zone has already handled', async () => {
    renderShell();
    const zone = screen.getByTestId('anywhere');
    zone.addEventListener('drop', (event) => event.preventDefault());
    act(() => {
      zone.dispatchEvent(dragEvent('drop', [bundle()]));
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(usePendingBundle.getState().bundle).toBeUndefined();
  });

  it('says why a dropped file cannot be imported', async () => {
    renderShell();
    const drop = dragEvent('drop', [bundle('名录.xlsx')]);
    act(() => {
      screen.getByTestId('anywhere').dispatchEvent(drop);
    });
    // Cancelled all the same, or the window would navigate to the file.
    expect(drop.defaultPrevented).toBe(true);
    expect(await screen.findByText('“名录.xlsx”不是对接台数据包（.dockbundle）')).toBeTruthy();
    expect(usePendingBundle.getState().bundle).toBeUndefined();
  });

  it('ignores drags that carry no files, such as selected text', () => {
    renderShell();
    const over = new Event('dragover', { bubbles: true, cancelable: true });
    Object.defineProperty(over, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(false);
  });
});

describe('dropProblem', () => {
  it('accepts exactly one bundle of an acceptable size', () => {
    expect(dropProblem([bundle('备份.DOCKBUNDLE')])).toBeUndefined();
    expect(dropProblem([bundle(), bundle('第二个.dockbundle')])).toBe('一次只能导入一个数据包，请逐个拖入');
    const huge = bundle();
    Object.defineProperty(huge, 'size', { value: MAX_FILE_BYTES + 1 });
    expect(dropProblem([huge])).toContain('超过 100 MB');
  });
});
