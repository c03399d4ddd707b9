import { useState } from 'react';
import type { ColumnMapping } from '@shared/import';
import type { SpreadsheetRead } from './readSpreadsheet';
import { runInWorker } from './runInWorker';

/** Files this big are not sign-up or request sheets; refusing early keeps the window responsive. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const NO_MAPPING: ColumnMapping = { headerRow: 0, columns: {} };

export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Options = {
  /** Finds the header row of a freshly read sheet and guesses its columns. */
  detect(rows: readonly (readonly string[])[]): ColumnMapping;
  /** What to tell the organiser about a file too big to be the sheet this import expects. */
  tooBig(fileName: string): string;
  /** Where a read leads: back to the file step when it fails, on to the mapping when it succeeds. */
  goTo(step: 'file' | 'mapping'): void;
};

/**
 * The first two steps every spreadsheet import shares: read the chosen file
 * (or another sheet of it) in the worker, guess the header row and columns,
 * and hold the organiser's mapping. `run` is the busy flag's one way in, so a
 * step that fails always turns the spinner off and says why.
 */
export const useSpreadsheetSource = ({ detect, tooBig, goTo }: Options) => {
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const [source, setSource] = useState<{ bytes: Uint8Array; file: SpreadsheetRead }>();
  const [mapping, setMapping] = useState<ColumnMapping>(NO_MAPPING);
  const [planError, setPlanError] = useState<string>();

  const run = async (task: () => Promise<void>, onError: (message: string) => void) => {
    setBusy(true);
    try {
      await task();
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const read = async (bytes: Uint8Array, fileName: string, sheetIndex?: number) => {
    const result = await runInWorker({ type: 'read', bytes, fileName, sheetIndex });
    if (!result.ok) {
      setFileError(result.message);
      goTo('file');
      return;
    }
    setSource({ bytes, file: result.value });
    const detected = detect(result.value.rows);
    setMapping({ headerRow: detected.headerRow, columns: detected.columns });
    setPlanError(undefined);
    goTo('mapping');
  };

  const chooseFile = (file: File) =>
    run(async () => {
      setFileError(undefined);
      if (file.size > MAX_IMPORT_BYTES) return setFileError(tooBig(file.name));
      await read(new Uint8Array(await file.arrayBuffer()), file.name);
    }, (m) => setFileError(`读取“${file.name}”失败：${m}`));

  const chooseSheet = (sheetIndex: number) => source && run(() => read(source.bytes, source.file.fileName, sheetIndex), setFileError);

  /** Forgets the file, for 重新选择文件 or a closed dialog; the mapping is replaced by the next read. */
  const reset = () => {
    setBusy(false);
    setFileError(undefined);
    setSource(undefined);
    setPlanError(undefined);
  };

  return {
    busy,
    run,
    reset,
    source,
    mapping,
    fileError,
    setFileError,
    planError,
    setPlanError,
    /** FileStep's props but its label and template. */
    fileStep: { reading: busy, error: fileError, onFile: (f: File) => void chooseFile(f) },
    /** MappingStep's props but the import's own fields and rules, once a file has been read. */
    mappingStep: source && { file: source.file, mapping, error: planError ?? fileError, onMapping: setMapping, onSheet: (i: number) => void chooseSheet(i) },
  };
};
