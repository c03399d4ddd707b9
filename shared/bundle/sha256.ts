import { subtle } from './webCrypto';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Lower-case hex SHA-256, as the manifest lists each file's. */
export const sha256Hex = async (bytes: Uint8Array): Promise<string> => hex(new Uint8Array(await subtle().digest('SHA-256', bytes)));
