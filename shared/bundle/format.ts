/**
 * The .dockbundle container: a zip holding `manifest.json` and one NDJSON
 * file per record kind (`<kind>.ndjson`, or `<kind>.ndjson.enc` when the
 * bundle is encrypted).
 *
 * Versions are `major.minor`. A minor version only adds (fields, kinds,
 * files) and never changes what existing ones mean, so a reader opens every
 * minor version of its major and keeps what it does not know; a new major
 * version may change anything, so a reader refuses it.
 */
export const FORMAT_NAME = 'docking-desk-bundle';
export const FORMAT_VERSION = '1.0';
export const BUNDLE_EXTENSION = '.dockbundle';
export const MANIFEST_FILE = 'manifest.json';

export const dataFileName = (kind: string, encrypted: boolean): string => `${kind}.ndjson${encrypted ? '.enc' : ''}`;

export type FormatVersion = { major: number; minor: number };

export const parseVersion = (version: string): FormatVersion | undefined => {
  const m = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/.exec(version);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
};

export const READER_MAJOR = 1;
