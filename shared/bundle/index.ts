export { FORMAT_NAME, FORMAT_VERSION, BUNDLE_EXTENSION, MANIFEST_FILE, dataFileName } from './format';
export { manifestSchema, manifestJsonSchema, MIN_PBKDF2_ITERATIONS, type BundleManifest, type ManifestFile, type ManifestEncryption } from './manifest';
export { BundleErrorCode, type BundleError, type BundleFailure } from './errors';
export { createDeviceKeys, signerFromKeys, verifySignature, type DeviceKeys, type DeviceSigner } from './signature';
export { writeBundle, type BundleKind, type BundleTarget, type WriteBundleInput } from './writeBundle';
export { readBundle, inspectBundle, type ReadOptions, type ReadResult, type InspectResult } from './readBundle';
export { MAX_UNPACKED_BYTES } from './zip';
