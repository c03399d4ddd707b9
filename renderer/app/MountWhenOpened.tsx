import { useState, type ReactNode } from 'react';

/**
 * Mounts a dialog or drawer the first time it opens and keeps it mounted
 * after (so it still animates closed): a page then opens without building
 * the dialogs nobody has asked for yet.
 */
export const MountWhenOpened = ({ open, children }: { open: boolean; children: ReactNode }) => {
  const [opened, setOpened] = useState(open);
  // Set while rendering, not in an effect: the dialog then mounts in this same pass, already open.
  if (open && !opened) setOpened(true);
  return opened || open ? children : null;
};
