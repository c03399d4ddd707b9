/**
 * Why a bundle cannot be opened: a code for programs and tests, a Chinese
 * sentence for the organiser naming what is wrong (which file, which line,
 * which field), and the same in English for the command line and logs.
 */
export const BundleErrorCode = {
  NOT_A_BUNDLE: 'NOT_A_BUNDLE',
  CORRUPT: 'CORRUPT',
  TOO_LARGE: 'TOO_LARGE',
  UNEXPECTED_ENTRY: 'UNEXPECTED_ENTRY',
  MISSING_MANIFEST: 'MISSING_MANIFEST',
  BAD_MANIFEST: 'BAD_MANIFEST',
  UNKNOWN_FORMAT: 'UNKNOWN_FORMAT',
  NEWER_VERSION: 'NEWER_VERSION',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  MISSING_FILE: 'MISSING_FILE',
  TAMPERED: 'TAMPERED',
  WRONG_EVENT: 'WRONG_EVENT',
  PASSPHRASE_REQUIRED: 'PASSPHRASE_REQUIRED',
  WRONG_PASSPHRASE: 'WRONG_PASSPHRASE',
  BAD_RECORD: 'BAD_RECORD',
  COUNT_MISMATCH: 'COUNT_MISMATCH',
  DUPLICATE_RECORD: 'DUPLICATE_RECORD',
} as const;
export type BundleErrorCode = (typeof BundleErrorCode)[keyof typeof BundleErrorCode];

export type BundleError = { code: BundleErrorCode; message: string; messageEn: string };

export type BundleFailure = { ok: false; error: BundleError };

export const bundleFailure = (code: BundleErrorCode, message: string, messageEn: string): BundleFailure => ({
  ok: false,
  error: { code, message, messageEn },
});

const MB = 1024 * 1024;

/** The fixed messages; those naming a file, line or field are built where the check runs. */
export const failures = {
  notABundle: () => bundleFailure('NOT_A_BUNDLE', '不是对接台数据包（.dockbundle）', 'not a Docking Desk bundle (.dockbundle)'),
  corrupt: (detail: string, detailEn: string) =>
    bundleFailure('CORRUPT', `数据包不完整或已损坏（可能未完整复制或下载）：${detail}`, `the bundle is truncated or corrupt (perhaps not fully copied or downloaded): ${detailEn}`),
  tooLarge: (limit: number) =>
    bundleFailure(
      'TOO_LARGE',
      `数据包解压后超过 ${Math.round(limit / MB)} MB 的上限，已拒绝打开（可能是恶意构造的压缩包）`,
      `the bundle would unpack to more than ${Math.round(limit / MB)} MB; refused (possibly a zip bomb)`,
    ),
  unexpectedEntry: (name: string, why: string, whyEn: string) =>
    bundleFailure('UNEXPECTED_ENTRY', `数据包含有不应出现的文件“${name}”（${why}）`, `the bundle holds an unexpected entry "${name}" (${whyEn})`),
  missingManifest: () => bundleFailure('MISSING_MANIFEST', '数据包缺少清单文件 manifest.json', 'the bundle has no manifest.json'),
  badManifest: (detail: string, detailEn: string) =>
    bundleFailure('BAD_MANIFEST', `数据包清单（manifest.json）无效：${detail}`, `manifest.json is invalid: ${detailEn}`),
  unknownFormat: (format: string) =>
    bundleFailure('UNKNOWN_FORMAT', `不是对接台数据包：清单中的格式为“${format}”`, `not a Docking Desk bundle: its manifest says format "${format}"`),
  newerVersion: (version: string) =>
    bundleFailure(
      'NEWER_VERSION',
      `该数据包由更新版本的对接台生成（格式 ${version}），请先升级对接台`,
      `this bundle was made by a newer Docking Desk (format ${version}); please upgrade Docking Desk first`,
    ),
  badSignature: () =>
    bundleFailure(
      'BAD_SIGNATURE',
      '数据包清单的签名无效：清单在签名后被修改过或签名已损坏，数据不可信',
      'the manifest’s signature is invalid: the manifest was changed after it was signed, or the signature is damaged',
    ),
  passphraseRequired: () => bundleFailure('PASSPHRASE_REQUIRED', '该数据包已加密，请输入口令', 'the bundle is encrypted: a passphrase is needed'),
  wrongPassphrase: () => bundleFailure('WRONG_PASSPHRASE', '口令不正确，无法解密该数据包', 'wrong passphrase: the bundle cannot be decrypted'),
  unexpected: (detail: string) => bundleFailure('CORRUPT', `数据包无法读取：${detail}`, `the bundle cannot be read: ${detail}`),
};

/** A zod issue path as people write it: `sessions[0].end`. */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '') || '（整体）';
