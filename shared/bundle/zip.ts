import { unzipSync, zipSync, type Zippable } from 'fflate';
import { DEFLATE_LEVEL } from './deflate';
import { failures, type BundleFailure } from './errors';

/** Nothing a fair needs comes near this; a zip bomb does. */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
const MAX_ENTRIES = 1000;
/** Flat names only: no folders, no `..`, nothing a careless extractor could write outside its folder. */
const ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export type ZipEntry = { name: string; data: Uint8Array; compress: boolean };

/**
 * A zip of the entries in the given order. The timestamp is fixed by the
 * caller so the same content gives the same bytes.
 */
export const packZip = (entries: readonly ZipEntry[], mtime: Date): Uint8Array => {
  const zippable: Zippable = {};
  for (const entry of entries) zippable[entry.name] = [entry.data, { level: entry.compress ? DEFLATE_LEVEL : 0 }];
  return zipSync(zippable, { mtime });
};

type EntryInfo = { name: string; size: number; originalSize: number; compression: number };

const listEntries = (bytes: Uint8Array): EntryInfo[] => {
  const entries: EntryInfo[] = [];
  // The filter sees each entry's declared sizes before anything is inflated; refusing them all makes this a listing.
  unzipSync(bytes, {
    filter: (file) => {
      entries.push({ name: file.name, size: file.size, originalSize: file.originalSize, compression: file.compression });
      return false;
    },
  });
  return entries;
};

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const looksLikeZip = (bytes: Uint8Array): boolean => ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b);

const checkEntries = (entries: readonly EntryInfo[], available: number, limit: number): BundleFailure | undefined => {
  if (entries.length > MAX_ENTRIES) return failures.unexpectedEntry(`${entries.length}`, `文件数超过 ${MAX_ENTRIES}`, `more than ${MAX_ENTRIES} entries`);
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    if (!ENTRY_NAME.test(entry.name) || entry.name.includes('..')) {
      return failures.unexpectedEntry(entry.name, '文件名含有路径或非法字符', 'a path or an unsafe character in the name');
    }
    if (seen.has(entry.name)) return failures.unexpectedEntry(entry.name, '重复出现', 'it appears twice');
    seen.add(entry.name);
    if (entry.compression !== 0 && entry.compression !== 8) {
      return failures.corrupt(`文件 ${entry.name} 的压缩方式未知`, `${entry.name} uses an unknown compression method`);
    }
    if (entry.size > available || (entry.compression === 0 && entry.size !== entry.originalSize)) {
      return failures.corrupt(`文件 ${entry.name} 的长度与压缩包记录不符`, `${entry.name} is shorter than the zip says`);
    }
    total += entry.originalSize;
    if (total > limit) return failures.tooLarge(limit);
  }
  return undefined;
};

export type Unzipped = { ok: true; files: ReadonlyMap<string, Uint8Array> } | BundleFailure;

/**
 * The entries of a zip, refusing before inflating anything: names that are
 * paths, duplicates, and declared sizes beyond `limit` in total. An entry
 * that inflates beyond its declared size is cut at it (fflate writes into a
 * buffer of the declared size), so memory stays within the limit whatever
 * the zip claims; the cut file then fails its hash.
 */
export const unpackZip = (bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Unzipped => {
  if (bytes.length < 22) return looksLikeZip(bytes) ? failures.corrupt('文件过短', 'the file is too short') : failures.notABundle();
  let entries: EntryInfo[];
  try {
    entries = listEntries(bytes);
  } catch {
    // No readable end-of-zip record: a zip cut short if it starts like one, otherwise something else entirely.
    return looksLikeZip(bytes) ? failures.corrupt('找不到压缩包目录', 'the zip directory is missing') : failures.notABundle();
  }
  const refused = checkEntries(entries, bytes.length, limit);
  if (refused) return refused;
  try {
    return { ok: true, files: new Map(Object.entries(unzipSync(bytes))) };
  } catch {
    return failures.corrupt('压缩数据无法解开', 'the compressed data cannot be inflated');
  }
};
