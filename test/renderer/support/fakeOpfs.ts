import type { OpfsDirectoryHandle, OpfsFileHandle } from '../../../renderer/platform/opfsBackups';

export type FakeOptions = {
  /** Whether file handles have `move()` (Chromium, Firefox) or not. */
  move?: 'overwrites' | 'refuses existing' | 'missing';
  /** Makes every write fail, as a full disk would. */
  failWrites?: boolean;
};

type FakeEntry = { kind: 'file'; data: Uint8Array; lastModified: number; size?: number } | { kind: 'directory'; dir: FakeDirectory };

/**
 * An in-memory OPFS directory that behaves as the spec says where it matters:
 * `getFileHandle({ create })` makes an empty file at once, and a writable
 * stream changes the file only on `close()`.
 */
export class FakeDirectory {
  readonly entries = new Map<string, FakeEntry>();
  clock = Date.UTC(2026, 10, 27, 2, 0);
  constructor(private readonly options: FakeOptions = {}) {}

  bytes(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    return entry?.kind === 'file' ? entry.data : undefined;
  }

  handle(name = 'root'): OpfsDirectoryHandle {
    const notFound = (entryName: string) => new DOMException(`${entryName} not found`, 'NotFoundError');
    return {
      kind: 'directory',
      name,
      getDirectoryHandle: async (entryName, { create = false } = {}) => {
        let entry = this.entries.get(entryName);
        if (entry === undefined && create) {
          entry = { kind: 'directory', dir: new FakeDirectory(this.options) };
          this.entries.set(entryName, entry);
        }
        if (entry?.kind !== 'directory') throw notFound(entryName);
        return entry.dir.handle(entryName);
      },
      getFileHandle: async (entryName, { create = false } = {}) => {
        if (!this.entries.has(entryName) && create) this.entries.set(entryName, { kind: 'file', data: new Uint8Array(), lastModified: this.clock });
        if (this.entries.get(entryName)?.kind !== 'file') throw notFound(entryName);
        return this.fileHandle(entryName);
      },
      removeEntry: async (entryName) => {
        if (!this.entries.delete(entryName)) throw notFound(entryName);
      },
      values: () => this.handles(),
    };
  }

  private async *handles(): AsyncGenerator<OpfsFileHandle | OpfsDirectoryHandle> {
    for (const [name, entry] of this.entries) yield entry.kind === 'file' ? this.fileHandle(name) : entry.dir.handle(name);
  }

  private fileHandle(initialName: string): OpfsFileHandle {
    let name = initialName;
    const file = () => {
      const entry = this.entries.get(name);
      if (entry?.kind !== 'file') throw new DOMException(`${name} not found`, 'NotFoundError');
      return entry;
    };
    const handle: OpfsFileHandle = {
      kind: 'file',
      get name() {
        return name;
      },
      getFile: async () => {
        const { data, lastModified, size } = file();
        return { size: size ?? data.byteLength, lastModified, arrayBuffer: async () => data.slice().buffer };
      },
      createWritable: async () => {
        let pending = new Uint8Array();
        return {
          write: async (data) => {
            if (this.options.failWrites) throw new DOMException('quota', 'QuotaExceededError');
            pending = data.slice();
          },
          close: async () => {
            this.clock += 60_000;
            this.entries.set(name, { kind: 'file', data: pending, lastModified: this.clock });
          },
          abort: async () => undefined,
        };
      },
    };
    if (this.options.move === 'missing') return handle;
    handle.move = async (newName) => {
      if (this.entries.has(newName) && this.options.move === 'refuses existing') throw new DOMException('exists', 'InvalidModificationError');
      this.entries.set(newName, file());
      this.entries.delete(name);
      name = newName;
    };
    return handle;
  }
}
