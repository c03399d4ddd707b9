import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MountWhenOpened } from '../../../renderer/app/MountWhenOpened';

const Dialog = ({ open }: { open: boolean }) => <div data-testid="dialog">{open ? '开' : '关'}</div>;
const Page = ({ open }: { open: boolean }) => (
  <MountWhenOpened open={open}>
    <Dialog open={open} />
  </MountWhenOpened>
);

describe('MountWhenOpened', () => {
  it('builds nothing until the first open, then keeps the dialog mounted, closed', () => {
    const { rerender } = render(<Page open={false} />);
    expect(screen.queryByTestId('dialog')).toBeNull();
    rerender(<Page open />);
    expect(screen.getByTestId('dialog').textContent).toBe('开');
    rerender(<Page open={false} />);
    expect(screen.getByTestId('dialog').textContent).toBe('关');
  });

  it('mounts at once when it starts open', () => {
    render(<Page open />);
    expect(screen.getByTestId('dialog').textContent).toBe('开');
  });
});
