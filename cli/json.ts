import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './command';

/** Reads a JSON file (a leading BOM is fine); any failure is a one-line UsageError naming the file. */
export const readJson = (command: string, path: string): unknown => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    const [en, zh] = code === 'ENOENT' ? ['no such file', '文件不存在'] : code === 'EISDIR' ? ['it is a folder', '这是一个文件夹'] : [code, code];
    throw new UsageError(`${command}: cannot read ${path}: ${en}`, `${command}：无法读取 ${path}：${zh}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : '';
    throw new UsageError(`${command}: ${path} is not valid JSON (${detail})`, `${command}：${path} 不是有效的 JSON`);
  }
};

export const writeText = (command: string, path: string, text: string): void => {
  try {
    writeFileSync(path, text, 'utf8');
  } catch {
    throw new UsageError(`${command}: cannot write ${path}`, `${command}：无法写入 ${path}`);
  }
};
