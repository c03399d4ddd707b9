import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  BRIDGE_CHANNELS,
  BridgeErrorCode,
  fail,
  parsePayload,
  type BridgeChannel,
  type BridgePayload,
  type BridgeResult,
  type BridgeValue,
} from '../shared/bridge';
import { describeError } from './handlers/errors';
import type { TrustCheck } from './security';

export type HandlerContext = {
  /** The page that called; `print:toPdf` and `print:toPrinter` without HTML print it. */
  sender: WebContents;
  /** Its window, to parent dialogs on; `null` if it has none. */
  window: BrowserWindow | null;
};

/** Handlers get an already validated payload and return failures rather than throw. */
export type MainHandler<K extends BridgeChannel> = (
  payload: BridgePayload<K>,
  context: HandlerContext,
) => Promise<BridgeResult<BridgeValue<K>>>;

export type MainHandlers = { [K in BridgeChannel]: MainHandler<K> };

export const runHandler = async <K extends BridgeChannel>(
  channel: K,
  handler: MainHandler<K>,
  event: IpcMainInvokeEvent,
  payload: unknown,
  isTrusted: TrustCheck,
): Promise<BridgeResult<BridgeValue<K>>> => {
  // `senderFrame` is null once the frame has navigated away or been destroyed.
  const frameUrl = event.senderFrame?.url;
  if (frameUrl === undefined || !isTrusted(frameUrl)) {
    return fail(BridgeErrorCode.Forbidden, '此页面无权使用对接台的本机功能');
  }
  const parsed = parsePayload(channel, payload);
  if (!parsed.ok) return parsed;
  try {
    return await handler(parsed.value, { sender: event.sender, window: BrowserWindow.fromWebContents(event.sender) });
  } catch (error) {
    console.error(`对接台: ${channel} failed`, error);
    return fail(BridgeErrorCode.Failed, describeError(error));
  }
};

/** Returns the typed `handle(channel, fn)` that checks the sender, validates and never throws. */
export const createHandle =
  (isTrusted: TrustCheck) =>
  <K extends BridgeChannel>(channel: K, handler: MainHandler<K>): void =>
    ipcMain.handle(channel, (event, payload: unknown) => runHandler(channel, handler, event, payload, isTrusted));

export const registerBridge = (handlers: MainHandlers, isTrusted: TrustCheck): void => {
  const handle = createHandle(isTrusted);
  const register = <K extends BridgeChannel>(channel: K): void => handle(channel, handlers[channel]);
  BRIDGE_CHANNELS.forEach(register);
};
