import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BRIDGE_CHANNELS,
  BridgeErrorCode,
  fileTooLarge,
  MAX_FILE_BYTES,
  mapChannels,
  parsePayload,
  type AppInfo,
  type Bridge,
  type BridgeChannel,
  type BridgeResult,
  type PageSize,
} from '../../shared/bridge';

/**
 * The one contract both hosts of `Bridge` pass: the browser fallback and the
 * Electron preload talking to the real main-process handlers. Each host file
 * calls `describeBridgeContract` with a `setup` that builds a fresh host and
 * the controls below; where the hosts legitimately differ, the test names the
 * alternatives it allows.
 */

/** A file the organiser picks: its bytes, or only a size, for files too big to make in a test. */
export type PickedFile = { name: string; data: Uint8Array } | { name: string; size: number };
export type SavedBytes = { name: string; data: Uint8Array };
export type PrintedPage = { pageSize: PageSize; landscape: boolean };

export type BridgeHost = {
  bridge: Bridge;
  platform: AppInfo['platform'];
  /** The next open dialog picks `file`, or is cancelled when `undefined`. */
  nextOpenDialog: (file: PickedFile | undefined) => Promise<void>;
  /** Cancels the next save dialog; `undefined` where saving shows no dialog (the browser downloads at once). */
  cancelNextSave: (() => void) | undefined;
  /** Files saved through `file:saveAs`, by bare file name, in order. */
  saved: () => Promise<SavedBytes[]>;
  /** Pages sent to `print:toPdf`'s renderer, in order. */
  printed: () => PrintedPage[];
  /** Puts a file into the backups folder behind the bridge's back, as a crash or another program would. */
  plantInBackups: (name: string, data: Uint8Array) => Promise<void>;
};

const MORNING = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-101500-auto.dockbundle';
const NOON = 'evt_01jd4m9x2k7q8r5t3v6w0y1z2a-20261127-120000-auto.dockbundle';
const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
const bytes = (...values: number[]) => new Uint8Array(values);

/** Payloads each channel must refuse. A channel missing here still gets the generic check with `GARBAGE`. */
const BAD_PAYLOADS: Partial<Record<BridgeChannel, readonly unknown[]>> = {
  'app:info': [{ verbose: true }, 'now'],
  'file:saveAs': [
    { suggestedName: '名录.xlsx', filters: XLSX, data: 'PK' },
    { suggestedName: '名录.xlsx', filters: XLSX, data: [1, 2, 3] },
    { suggestedName: '  ', filters: XLSX, data: bytes(1) },
    { suggestedName: 42, filters: XLSX, data: bytes(1) },
  ],
  'file:open': [{}, { filters: [{ name: 'Excel', extensions: ['.xlsx'] }] }],
  'print:toPdf': [
    { pageSize: 'B5', suggestedName: '议程' },
    { pageSize: 'A4', landscape: 'yes', suggestedName: '议程' },
    { pageSize: 'A4', html: 42, suggestedName: '议程' },
  ],
  'print:toPrinter': [
    { pageSize: 'Letter', suggestedName: '胸卡' },
    { pageSize: 'badge', landscape: 1, suggestedName: '胸卡' },
    { pageSize: 'badge', suggestedName: '' },
  ],
  'shell:showItemInFolder': [{ path: '' }, { path: 'a\u0000b' }, {}],
  'backup:write': [
    { name: '../x.dockbundle', data: bytes(1) },
    { name: 'x.zip', data: bytes(1) },
    { name: MORNING, data: 'PK' },
  ],
  'backup:list': [{ all: true }],
  'backup:read': [{ name: '../x.dockbundle' }, { name: 'C:\\x.dockbundle' }, { name: '' }],
  'backup:delete': [{ name: '../x.dockbundle' }, { name: 'a/b.dockbundle' }],
  'backup:openFolder': ['now'],
};

/** Anything a broken or hostile page might send; all of it survives structured clone, as IPC requires. */
const GARBAGE: readonly unknown[] = [null, 42, 'x', [], {}, { garbage: true }, { name: 1, data: 2, filters: 3, pageSize: 4, path: 5 }];

const bridgeResultSchema = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(Object.values(BridgeErrorCode)), message: z.string().min(1) }),
  }),
]);

const HAN = /\p{Script=Han}/u;

type LooseChannel = (...args: unknown[]) => unknown;

/**
 * The host's bridge with every call checked: it neither throws nor rejects,
 * and resolves to a well-formed `BridgeResult`. The casts are sound: each
 * wrapper passes its arguments on unchanged and returns what the channel did.
 */
const checked = (bridge: Bridge): Bridge =>
  mapChannels((channel) => async (...args: unknown[]) => {
    const raw = bridge[channel] as unknown as LooseChannel;
    let pending: unknown;
    expect(() => {
      pending = raw(...args);
    }, `${channel} threw instead of resolving`).not.toThrow();
    expect(pending, `${channel} did not return a promise`).toHaveProperty('then', expect.any(Function));
    const result = await pending;
    expect(bridgeResultSchema.safeParse(result).error, `${channel} resolved to ${JSON.stringify(result)}`).toBeUndefined();
    return result;
  }) as unknown as Bridge;

const callLoosely = (bridge: Bridge, channel: BridgeChannel, payload: unknown) =>
  (bridge[channel] as unknown as (payload: unknown) => Promise<BridgeResult<unknown>>)(payload);

/** The last segment of a path on either kind of system; the browser's "path" is already a bare name. */
const baseName = (path: string): string => path.split(/[\\/]/).at(-1) ?? path;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** File systems stamp modification times with a coarse clock (a few ms on Linux); wait past a tick. */
const TICK_MS = 25;

/** An optional operation that only one host can do: done, or refused as unsupported in Chinese. */
const expectDoneOrUnsupported = (result: BridgeResult<void>) => {
  if (result.ok) {
    expect(result).toEqual({ ok: true, value: undefined });
  } else {
    expect(result.error.code).toBe(BridgeErrorCode.Unsupported);
    expect(result.error.message).toMatch(HAN);
  }
};

export const describeBridgeContract = (hostName: string, setup: () => Promise<BridgeHost>): void => {
  describe(`bridge contract: ${hostName}`, () => {
    let host: BridgeHost;
    let desk: Bridge;
    beforeEach(async () => {
      host = await setup();
      desk = checked(host.bridge);
    });

    it('exposes every channel as a function', () => {
      for (const channel of BRIDGE_CHANNELS) expect(typeof host.bridge[channel], channel).toBe('function');
    });

    it('refuses every listed bad payload with BAD_PAYLOAD and the shared Chinese message, doing nothing', async () => {
      for (const channel of BRIDGE_CHANNELS) {
        for (const payload of BAD_PAYLOADS[channel] ?? []) {
          const expected = parsePayload(channel, payload);
          expect(expected, `the table's ${channel} payload ${JSON.stringify(payload)} is valid`).toMatchObject({ ok: false });
          expect(await callLoosely(desk, channel, payload), `${channel} ${JSON.stringify(payload)}`).toEqual(expected);
          expect(expected.ok || expected.error.message).toMatch(HAN);
        }
      }
      expect(await desk['backup:list']()).toEqual({ ok: true, value: [] });
      expect(await host.saved()).toEqual([]);
      expect(host.printed()).toEqual([]);
    });

    it('answers garbage on every channel, new ones included, with a result rather than an exception', async () => {
      for (const channel of BRIDGE_CHANNELS) {
        for (const payload of GARBAGE) await callLoosely(desk, channel, payload);
      }
      expect(await host.saved()).toEqual([]);
      expect(host.printed()).toEqual([]);
    });

    it('refuses a payload that cannot cross to the host (a function) as a bad payload, never a rejection', async () => {
      // The browser's schemas and Electron's structured clone word it differently; only the code is shared.
      for (const channel of BRIDGE_CHANNELS) {
        const result = await callLoosely(desk, channel, { onDone: () => undefined });
        expect(result, channel).toMatchObject({ ok: false, error: { code: BridgeErrorCode.BadPayload, message: expect.stringMatching(HAN) } });
      }
    });

    it('app:info gives a version and the host platform', async () => {
      const info = await desk['app:info']();
      expect(info).toMatchObject({ ok: true, value: { version: expect.stringMatching(/\S/), platform: host.platform } });
      // Only the desktop app has a data folder to show.
      const dataLocation = info.ok ? info.value.dataLocation : undefined;
      if (host.platform === 'electron') expect(dataLocation).toEqual(expect.any(String));
      else expect(dataLocation).toBeUndefined();
    });

    it('file:saveAs flattens a path in the suggested name and saves the exact bytes', async () => {
      const data = bytes(0x50, 0x4b, 0, 255, 7);
      const result = await desk['file:saveAs']({ suggestedName: '名录/2026\\导出:终.xlsx', filters: XLSX, data });
      const name = '名录_2026_导出_终.xlsx';
      expect(result.ok && 'path' in result.value && baseName(result.value.path)).toBe(name);
      expect(await host.saved()).toEqual([{ name, data }]);
    });

    it('file:saveAs saves nothing when the dialog is cancelled (hosts with a save dialog)', async () => {
      if (host.cancelNextSave === undefined) {
        // The browser downloads at once and never shows the page a dialog.
        expect(host.platform).toBe('browser');
        return;
      }
      host.cancelNextSave();
      expect(await desk['file:saveAs']({ suggestedName: '名录.xlsx', filters: XLSX, data: bytes(1) })).toEqual({ ok: true, value: { canceled: true } });
      expect(await host.saved()).toEqual([]);
    });

    it('shell:showItemInFolder shows a saved file, or is unsupported', async () => {
      const saved = await desk['file:saveAs']({ suggestedName: '名录.xlsx', filters: XLSX, data: bytes(1) });
      if (!saved.ok || !('path' in saved.value)) throw new Error('the save failed');
      expectDoneOrUnsupported(await desk['shell:showItemInFolder']({ path: saved.value.path }));
    });

    it('file:open gives the picked file’s name and exact bytes', async () => {
      const data = bytes(0x50, 0x4b, 3, 4);
      await host.nextOpenDialog({ name: '企业需求.xlsx', data });
      expect(await desk['file:open']({ filters: XLSX })).toEqual({ ok: true, value: { name: '企业需求.xlsx', data } });
    });

    it('file:open reports a cancelled dialog', async () => {
      await host.nextOpenDialog(undefined);
      expect(await desk['file:open']({ filters: [{ name: '全部', extensions: ['*'] }] })).toEqual({ ok: true, value: { canceled: true } });
    });

    it('file:open refuses a file over MAX_FILE_BYTES with the shared message', async () => {
      await host.nextOpenDialog({ name: '太大.xlsx', size: MAX_FILE_BYTES + 1 });
      expect(await desk['file:open']({ filters: XLSX })).toEqual(fileTooLarge('太大.xlsx'));
    });

    it('print:toPdf prints at the page size and orientation, under the flattened name with .pdf', async () => {
      const result = await desk['print:toPdf']({ pageSize: 'A5', landscape: true, suggestedName: '桌牌/A区' });
      expect(result.ok && 'path' in result.value && baseName(result.value.path)).toBe('桌牌_A区.pdf');
      expect(await desk['print:toPdf']({ pageSize: 'A4', suggestedName: '议程.pdf' })).toMatchObject({ ok: true });
      expect(host.printed()).toEqual([
        { pageSize: 'A5', landscape: true },
        { pageSize: 'A4', landscape: false },
      ]);
    });

    it('print:toPrinter hands the page to the printer at its size, badge paper included', async () => {
      expect(await desk['print:toPrinter']({ pageSize: 'badge', suggestedName: '胸卡' })).toEqual({ ok: true, value: { printed: true } });
      expect(await desk['print:toPrinter']({ pageSize: 'A4', landscape: true, suggestedName: '总排期表' })).toEqual({ ok: true, value: { printed: true } });
      expect(host.printed()).toEqual([
        { pageSize: 'badge', landscape: false },
        { pageSize: 'A4', landscape: true },
      ]);
    });

    it('backups: write, list newest first, read back, replace, delete twice, then cannot be read', async () => {
      const first = await desk['backup:write']({ name: NOON, data: bytes(1, 2, 3) });
      expect(first).toEqual({ ok: true, value: { name: NOON, size: 3, modifiedAt: expect.any(String) } });
      const modifiedAt = first.ok ? first.value.modifiedAt : '';
      expect(new Date(modifiedAt).toISOString()).toBe(modifiedAt);

      await delay(TICK_MS);
      await desk['backup:write']({ name: MORNING, data: bytes(4) });
      // Written later but named earlier: a list sorted by name would put NOON first.
      expect(await desk['backup:list']()).toMatchObject({ ok: true, value: [{ name: MORNING, size: 1 }, { name: NOON, size: 3 }] });
      expect(await desk['backup:read']({ name: NOON })).toEqual({ ok: true, value: { name: NOON, data: bytes(1, 2, 3) } });

      await delay(TICK_MS);
      expect(await desk['backup:write']({ name: NOON, data: bytes(9, 9) })).toMatchObject({ ok: true, value: { name: NOON, size: 2 } });
      expect(await desk['backup:list']()).toMatchObject({ ok: true, value: [{ name: NOON, size: 2 }, { name: MORNING, size: 1 }] });
      expect(await desk['backup:read']({ name: NOON })).toEqual({ ok: true, value: { name: NOON, data: bytes(9, 9) } });

      expect(await desk['backup:delete']({ name: NOON })).toEqual({ ok: true, value: undefined });
      expect(await desk['backup:delete']({ name: NOON })).toEqual({ ok: true, value: undefined });
      expect(await desk['backup:list']()).toMatchObject({ ok: true, value: [{ name: MORNING }] });
      const missing = await desk['backup:read']({ name: NOON });
      expect(missing).toMatchObject({ ok: false, error: { code: BridgeErrorCode.Failed, message: expect.stringContaining(NOON) } });
      expect(missing.ok || missing.error.message).toMatch(HAN);
    });

    it('backup:list leaves out files that are not backups', async () => {
      await host.plantInBackups('notes.txt', bytes(1));
      await host.plantInBackups(`${NOON}.tmp`, bytes(1));
      await host.plantInBackups(`.${NOON}.0a1b.tmp`, bytes(1));
      await host.plantInBackups('名单.dockbundle', bytes(1));
      await desk['backup:write']({ name: MORNING, data: bytes(1) });
      expect(await desk['backup:list']()).toMatchObject({ ok: true, value: [{ name: MORNING }] });
    });

    it('backup:openFolder opens the folder, or is unsupported', async () => {
      expectDoneOrUnsupported(await desk['backup:openFolder']());
    });
  });
};
