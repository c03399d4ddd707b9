/**
 * The answer to “may this meeting go to that slot and table?”. The grid asks
 * it while a card is dragged over a cell and in the 移动到… dialog, and shows
 * `reason` to the organiser as it is, so it is written in Chinese and names
 * the clash, e.g. “张三在该时段已有洽谈（桌12）”.
 */
export type MoveVerdict = { ok: true } | { ok: false; reason: string };

/** Checks one target synchronously: it runs on every cell the pointer crosses while dragging. */
export type CheckMove = (meetingId: string, slotId: string, tableId: string) => MoveVerdict;
