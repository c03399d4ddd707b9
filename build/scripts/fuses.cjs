/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS hook, loaded by electron-builder with require() */
// electron-builder `afterPack` hook: flips Electron's fuses in the packed
// binary, before signing. Fuses are baked into the executable, so no
// command-line switch or environment variable can turn them back on: a
// stranger's USB stick cannot run the app as plain Node (`ELECTRON_RUN_AS_NODE`),
// inject code through NODE_OPTIONS or --inspect, or swap app.asar for a folder.
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

const fuseConfig = {
  version: FuseVersion.V1,
  // Fails the build when an Electron upgrade adds a fuse nobody has decided on.
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // electron-builder writes the asar's hash into the executable (macOS Info.plist, Windows resources).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's defaults, written down because `strictlyRequireAllFuses` asks for every fuse.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The app is served from app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** builder-util's `Arch.arm64`. */
const ARCH_ARM64 = 3;

/** Where electron-builder put the Electron executable for `context`'s platform. */
const executablePath = (context) => {
  const { appOutDir, electronPlatformName, packager } = context;
  const productName = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${productName}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productName}.exe`);
  return path.join(appOutDir, packager.executableName);
};

const afterPack = async (context) => {
  await flipFuses(executablePath(context), {
    ...fuseConfig,
    // Flipping fuses invalidates the ad-hoc signature of an arm64 macOS build; signing comes later.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARCH_ARM64,
  });
};

module.exports = afterPack;
module.exports.fuseConfig = fuseConfig;
module.exports.executablePath = executablePath;
