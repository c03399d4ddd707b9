/** Disk errors an organiser can act on, in their words; Windows' EBUSY usually means Excel has the file open. */
const FS_MESSAGES: Record<string, string> = {
  EACCES: '没有权限访问该位置，请换一个文件夹',
  EPERM: '没有权限访问该位置，请换一个文件夹',
  EROFS: '该位置是只读的，请换一个文件夹',
  EBUSY: '文件正被其他程序占用（例如 Excel），请关闭后重试',
  ENOSPC: '磁盘空间不足，请清理后重试',
  ENOENT: '找不到该文件或文件夹，可能已被移动或删除',
  EISDIR: '所选的是文件夹，不是文件',
};

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

export const describeError = (error: unknown): string => {
  const code = errorCode(error);
  const known = code === undefined ? undefined : FS_MESSAGES[code];
  if (known !== undefined) return known;
  return `操作失败：${error instanceof Error ? error.message : String(error)}`;
};
