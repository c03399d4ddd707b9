import { z } from 'zod';
import { zhCN } from 'zod/locales';

/**
 * The single contract between the renderer and whatever hosts it: the Electron
 * main process (through `electron/preload.ts`) or the plain browser
 * (`renderer/platform/browserBridge.ts`). Both implement `Bridge`, both
 * validate payloads with `parsePayload`, and neither throws across the
 * boundary: every call resolves to a `BridgeResult`.
 */

/** Larger files are refused: they would be copied whole through IPC and held in memory twice. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Print HTML carries its images inline as data URLs, so it may be big, but not unbounded. */
export const MAX_PRINT_HTML_CHARS = 50 * 1024 * 1024;

export const BridgeErrorCode = {
  /** The call came from a page that is not the app. */
  Forbidden: 'FORBIDDEN',
  /** The payload failed its schema. */
  BadPayload: 'BAD_PAYLOAD',
  /** The chosen file is over `MAX_FILE_BYTES`. */
  TooLarge: 'FILE_TOO_LARGE',
  /** This host cannot do it (e.g. the browser cannot reveal a file in its folder). */
  Unsupported: 'UNSUPPORTED',
  /** Anything else: a disk error, a failed render. */
  Failed: 'FAILED',
} as const;
export type BridgeErrorCode = (typeof BridgeErrorCode)[keyof typeof BridgeErrorCode];

/** `message` is Chinese and written for the organiser: the UI shows it as is. */
export type BridgeError = { code: BridgeErrorCode; message: string };
export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): BridgeResult<T> => ({ ok: true, value });
export const fail = <T = never>(code: BridgeErrorCode, message: string): BridgeResult<T> => ({ ok: false, error: { code, message } });

/** The same refusal from both hosts when a picked file is over `MAX_FILE_BYTES`. */
export const fileTooLarge = <T = never>(name: string): BridgeResult<T> =>
  fail(BridgeErrorCode.TooLarge, `文件“${name}”超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，无法导入，请拆分后再试`);

/** `badge`: one badge per page, portrait, `BADGE_PAGE_MM` (胸卡纸). */
export const PAGE_SIZES = ['A4', 'A5', 'badge'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
/** What the organiser reads in an error: the sizes as a print dialog names them. */
const PAGE_SIZE_NAMES: Record<PageSize, string> = { A4: 'A4', A5: 'A5', badge: '胸卡纸' };

/**
 * 胸卡纸: the paper insert of a common PVC badge sleeve (the 10 × 14 cm
 * pocket sold for lanyard badges), printed one badge to a page. Portrait.
 */
export const BADGE_PAGE_MM = { width: 100, height: 140 } as const;

/** A file type offered in a dialog; extensions without the dot, or `*`. */
export type FileFilter = { name: string; extensions: string[] };
/** `suggestedName` is a bare file name; a path in it is flattened (see `fileNameSchema`). */
export type SaveAsRequest = { suggestedName: string; filters: FileFilter[]; data: Uint8Array };
export type OpenFileRequest = { filters: FileFilter[] };
/** Without `html` the calling page itself is printed. `suggestedName` names the PDF, or the print job for a printer. */
export type PrintJob = { html?: string; pageSize: PageSize; landscape?: boolean; suggestedName: string };
export type ShowItemRequest = { path: string };

export type AppInfo = {
  version: string;
  platform: 'electron' | 'browser';
  /** Where the desktop app keeps its data (Electron's userData folder); absent in the browser. */
  dataLocation?: string;
};
export type SavedFile = { path: string };
export type Canceled = { canceled: true };
/** The printer accepted the job; whether paper came out, the system does not say. */
export type Printed = { printed: true };
export type OpenedFile = { name: string; data: Uint8Array };

/**
 * The only names a backup file may have: a bare name, never a path, so a
 * compromised page cannot write or read outside the backups folder.
 */
export const BACKUP_NAME_PATTERN = /^[A-Za-z0-9_-]{1,120}\.dockbundle$/;
/** 自动备份: one snapshot bundle in the backups folder (Electron's userData/backups, or the browser's OPFS). */
export type BackupEntry = {
  name: string;
  size: number;
  /** ISO 8601, when the file was last written. */
  modifiedAt: string;
};
export type BackupFile = { name: string; data: Uint8Array };
export type BackupName = { name: string };

/**
 * Main → renderer, outside the request/response bridge: the window is closing,
 * make the final backup now. The renderer answers `READY_TO_QUIT_CHANNEL` when
 * done; main closes the window then, or after a few seconds regardless.
 */
export const BEFORE_QUIT_CHANNEL = 'app:beforeQuit';
export const READY_TO_QUIT_CHANNEL = 'app:readyToQuit';
/** What the Electron preload exposes as `window.dockingDeskQuit`; absent in the browser. */
export type QuitHooks = {
  /** `callback` runs when the window is closing; the window waits for it (a few seconds at most). Returns an unsubscribe. */
  onBeforeQuit: (callback: () => Promise<void>) => () => void;
};

/** Every channel, in the order the preload exposes them. */
export const BRIDGE_CHANNELS = [
  'app:info',
  'file:saveAs',
  'file:open',
  'print:toPdf',
  'print:toPrinter',
  'shell:showItemInFolder',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:delete',
  'backup:openFolder',
] as const;
export type BridgeChannel = (typeof BRIDGE_CHANNELS)[number];

/** A channel missing here or in `BRIDGE_CHANNELS` fails to compile (see `BridgePayload`, `mapChannels`). */
export type BridgeHandlers = {
  'app:info': () => Promise<BridgeResult<AppInfo>>;
  /** Saves generated bytes (an .xlsx export, a bundle) where the organiser chooses. */
  'file:saveAs': (request: SaveAsRequest) => Promise<BridgeResult<SavedFile | Canceled>>;
  /** Lets the organiser pick one file, e.g. a spreadsheet to import. */
  'file:open': (request: OpenFileRequest) => Promise<BridgeResult<OpenedFile | Canceled>>;
  'print:toPdf': (job: PrintJob) => Promise<BridgeResult<SavedFile | Canceled>>;
  /** Opens the system print dialog for the job; closing the dialog is `Canceled`. */
  'print:toPrinter': (job: PrintJob) => Promise<BridgeResult<Printed | Canceled>>;
  'shell:showItemInFolder': (request: ShowItemRequest) => Promise<BridgeResult<void>>;
  /** Replaces the named backup atomically: a crash mid-write never leaves half a file under `name`. */
  'backup:write': (file: BackupFile) => Promise<BridgeResult<BackupEntry>>;
  /** Newest first; files that are not backups are left out. */
  'backup:list': () => Promise<BridgeResult<BackupEntry[]>>;
  'backup:read': (request: BackupName) => Promise<BridgeResult<OpenedFile>>;
  /** Deleting a backup that is already gone succeeds. */
  'backup:delete': (request: BackupName) => Promise<BridgeResult<void>>;
  /** Opens the backups folder in the file manager; `Unsupported` in the browser, whose backups live in its own storage. */
  'backup:openFolder': () => Promise<BridgeResult<void>>;
};
/** What `window.dockingDesk` (Electron) and the browser fallback both implement. */
export type Bridge = BridgeHandlers;
export type BridgePayload<K extends BridgeChannel> = Parameters<BridgeHandlers[K]>[0];
export type BridgeValue<K extends BridgeChannel> = Awaited<ReturnType<BridgeHandlers[K]>> extends BridgeResult<infer T> ? T : never;

/**
 * Builds one value per channel, e.g. the preload's `ipcRenderer.invoke` wrappers.
 * The cast is sound: the keys are exactly `BRIDGE_CHANNELS`.
 */
export const mapChannels = <V>(make: (channel: BridgeChannel) => V): Record<BridgeChannel, V> =>
  Object.fromEntries(BRIDGE_CHANNELS.map((channel) => [channel, make(channel)])) as Record<BridgeChannel, V>;

type PayloadSchemas = { [K in BridgeChannel]: z.ZodType<BridgePayload<K>, unknown> };

const megabytes = (bytes: number): number => Math.round(bytes / 1024 / 1024);

/**
 * A bare file name, never a path: characters Windows refuses and path
 * separators become `_`, so `suggestedName` can only choose a name, not a folder.
 */
const fileNameSchema = () =>
  z
    .string({ message: '文件名必须是文本' })
    .transform((name) => name.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').trim().replace(/[. ]+$/, ''))
    .pipe(z.string().min(1, { message: '文件名不能为空' }).max(200, { message: '文件名不能超过200个字' }));

const bytesSchema = () =>
  z
    .instanceof(Uint8Array, { message: '文件内容必须是字节数组（Uint8Array）' })
    .refine((data) => data.byteLength <= MAX_FILE_BYTES, { message: `文件超过 ${megabytes(MAX_FILE_BYTES)} MB，无法保存` });

const backupNameSchema = () =>
  z
    .string({ message: '备份文件名必须是文本' })
    .regex(BACKUP_NAME_PATTERN, { message: '备份文件名无效：只能含字母、数字、下划线和连字符，以 .dockbundle 结尾，不能含路径' });

const filtersSchema = () =>
  z
    .array(
      z.object({
        name: z.string({ message: '文件类型名称必须是文本' }).min(1, { message: '文件类型名称不能为空' }).max(50),
        extensions: z
          .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, { message: '扩展名应为字母或数字（不带点），或 *' }))
          .min(1, { message: '至少需要一个扩展名' })
          .max(20, { message: '扩展名最多20个' }),
      }),
    )
    .max(10, { message: '文件类型最多10种' });

const printJobSchema = () =>
  z.object({
    html: z
      .string({ message: '打印内容必须是 HTML 文本' })
      .max(MAX_PRINT_HTML_CHARS, { message: `打印内容超过 ${megabytes(MAX_PRINT_HTML_CHARS)} MB，请减少图片后重试` })
      .optional(),
    pageSize: z.enum(PAGE_SIZES, { message: `纸张大小应为：${PAGE_SIZES.map((size) => PAGE_SIZE_NAMES[size]).join('、')}` }),
    landscape: z.boolean({ message: '横向打印应为是或否' }).optional(),
    suggestedName: fileNameSchema(),
  });

const buildPayloadSchemas = (): PayloadSchemas => ({
  'app:info': z.undefined({ message: '此操作不需要参数' }),
  'file:saveAs': z.object({
    suggestedName: fileNameSchema(),
    filters: filtersSchema(),
    data: bytesSchema(),
  }),
  'file:open': z.object({ filters: filtersSchema() }),
  'print:toPdf': printJobSchema(),
  'print:toPrinter': printJobSchema(),
  'shell:showItemInFolder': z.object({
    path: z
      .string({ message: '路径必须是文本' })
      .min(1, { message: '路径不能为空' })
      .max(4096, { message: '路径过长' })
      .refine((p) => !p.includes('\u0000'), { message: '路径包含非法字符' }),
  }),
  'backup:write': z.object({ name: backupNameSchema(), data: bytesSchema() }),
  'backup:list': z.undefined({ message: '此操作不需要参数' }),
  'backup:read': z.object({ name: backupNameSchema() }),
  'backup:delete': z.object({ name: backupNameSchema() }),
  'backup:openFolder': z.undefined({ message: '此操作不需要参数' }),
});

/**
 * Built on first use rather than at import, so that the preload, which needs
 * only `BRIDGE_CHANNELS`, does not carry zod (esbuild drops it as unused).
 */
let payloadSchemas: PayloadSchemas | undefined;
let localeError: z.core.$ZodErrorMap | undefined;

/** Validates a payload; the failure message names the first problem in Chinese. */
export const parsePayload = <K extends BridgeChannel>(channel: K, payload: unknown): BridgeResult<BridgePayload<K>> => {
  payloadSchemas ??= buildPayloadSchemas();
  localeError ??= zhCN().localeError;
  const parsed = payloadSchemas[channel].safeParse(payload, { error: localeError });
  if (parsed.success) return ok(parsed.data);
  const [issue] = parsed.error.issues;
  const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : '';
  return fail(BridgeErrorCode.BadPayload, `请求参数无效${where}：${issue?.message ?? '格式不正确'}`);
};
