import type { ReactNode } from 'react';
import type { ColumnType } from 'antd/es/table';
import type { DockingEvent, Organisation, Participant } from '@shared/model';
import type { SearchSource } from '@shared/search';
import type { InputOf, RecordOf, RegistryKind } from '../../db/recordKinds';

/** What a list's columns, search and detail need to resolve references by id. */
export type RegistryLookups = {
  event: DockingEvent;
  organisations: ReadonlyMap<string, Organisation>;
  participants: ReadonlyMap<string, Participant>;
};

/** One input of a record form; `name` is the draft field it edits. */
export type FieldDef = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'select' | 'multi' | 'tags' | 'number' | 'date' | 'organisation' | 'person' | 'table';
  required?: boolean;
  options?: readonly string[];
  placeholder?: string;
  /** For number inputs. */
  min?: number;
  max?: number;
  addonAfter?: string;
  /** For organisation and person pickers: which organisation kinds to offer. */
  orgKinds?: readonly string[];
};

/** A drop-down filter above a list. */
export type FilterDef<R> = {
  key: string;
  label: string;
  options: (lookups: RegistryLookups) => readonly { value: string; label: string }[];
  test: (record: R, value: string, lookups: RegistryLookups) => boolean;
  multiple?: boolean;
};

export type FormValues = Record<string, unknown>;

/** Everything that makes the generic registry screen a list of one kind. */
export type RegistryConfig<K extends RegistryKind> = {
  kind: K;
  title: string;
  /** The name of one record in a sentence: 参会人“张伟”. */
  describeName: (record: RecordOf[K]) => string;
  /** The text a list is sorted by (in pinyin order) until the organiser searches. */
  sortText: (record: RecordOf[K]) => string;
  columns: (lookups: RegistryLookups) => ColumnType<RecordOf[K]>[];
  searchSource: (record: RecordOf[K], lookups: RegistryLookups) => SearchSource;
  searchPlaceholder: string;
  filters: FilterDef<RecordOf[K]>[];
  formFields: FieldDef[];
  emptyValues: () => FormValues;
  toFormValues: (record: RecordOf[K]) => FormValues;
  toInput: (values: FormValues) => InputOf<K>;
  details: (record: RecordOf[K], lookups: RegistryLookups) => { label: string; value: ReactNode }[];
  /** The table's total width in px, for horizontal scrolling of wide lists. */
  scrollX: number;
};
