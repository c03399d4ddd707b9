import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

/**
 * build/scripts/fuses.cjs, the electron-builder `afterPack` hook (no test
 * project covers build/, and the fuses are part of the Electron hardening).
 */
type FusesHook = {
  fuseConfig: FuseV1Config;
  executablePath: (context: {
    appOutDir: string;
    electronPlatformName: string;
    packager: { appInfo: { productFilename: string }; executableName: string };
  }) => string;
};
const hook = createRequire(import.meta.url)('../../build/scripts/fuses.cjs') as FusesHook;

describe('fuses afterPack hook', () => {
  it('turns off every way to run the binary as something else', () => {
    expect(hook.fuseConfig).toMatchObject({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('decides on every fuse this Electron has', () => {
    const fuses = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    expect(fuses.every((fuse) => typeof hook.fuseConfig[fuse] === 'boolean')).toBe(true);
  });

  it('finds the executable on each platform', () => {
    const packager = { appInfo: { productFilename: '对接台' }, executableName: 'docking-desk' };
    const at = (electronPlatformName: string) => hook.executablePath({ appOutDir: '/out', electronPlatformName, packager });
    expect(at('win32')).toBe(path.join('/out', '对接台.exe'));
    expect(at('darwin')).toBe(path.join('/out', '对接台.app'));
    expect(at('linux')).toBe(path.join('/out', 'docking-desk'));
  });
});
