import type { HlcStamp } from '@shared/clock';
import type { SyncKind } from '@shared/sync/kinds';

/** Who a bundle is for: the central platform, another laptop at the fair, or this laptop's backups. */
export type BundleTarget = 'platform' | 'laptop' | 'backup';

/**
 * 导出记录: one bundle written by this laptop. A delta for a target starts
 * after the newest export to it that the organiser marked as received
 * (`acknowledgedAt`), so a lost USB stick never leaves a gap.
 */
export type BundleExport = {
  /** The bundle id in its manifest. */
  id: string;
  eventId: string;
  target: BundleTarget;
  kind: 'full' | 'delta';
  /** For a delta: the export it continues. */
  sinceBundleId?: string;
  /** The newest stamp on this laptop when it was written: the next delta takes what is newer. */
  clock: HlcStamp;
  /** When it was written, ISO. */
  createdAt: string;
  counts: Partial<Record<SyncKind, number>>;
  encrypted: boolean;
  fileName: string;
  acknowledgedAt?: string;
};

/**
 * 导入记录: one bundle merged into this laptop. `written` names the records it
 * changed, so a later delta to another target carries them on even though
 * their stamps are older than that target's last export.
 */
export type BundleImport = {
  /** The bundle id in its manifest. */
  id: string;
  eventId: string;
  deviceId: string;
  deviceName: string;
  kind: 'full' | 'delta';
  createdAt: string;
  importedAt: string;
  written: Partial<Record<SyncKind, string[]>>;
};

/**
 * 已知设备: a laptop whose bundles were imported here, with the public key its
 * first bundle carried. A later bundle that claims the same device id with
 * another key is refused (trust on first use).
 */
export type KnownDevice = { id: string; name: string; publicKey: string; firstSeenAt: string };
