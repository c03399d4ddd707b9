import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AntdStyleAnchor } from '../../../renderer/app/AntdStyleAnchor';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AntdStyleAnchor', () => {
  it('waits for the first page to paint, then keeps one hidden instance of each component', () => {
    render(<AntdStyleAnchor />);
    expect(screen.queryByTestId('antd-style-anchor')).toBeNull();
    act(() => vi.advanceTimersByTime(800));
    const anchor = screen.getByTestId('antd-style-anchor');
    expect(anchor.hidden).toBe(true);
    expect(anchor.getAttribute('aria-hidden')).toBe('true');
    // Instances are there, so antd keeps their styles: a button, a table, a select among them.
    expect(anchor.querySelector('.ant-btn')).not.toBeNull();
    expect(anchor.querySelector('.ant-table')).not.toBeNull();
    expect(anchor.querySelector('.ant-select')).not.toBeNull();
  });
});
