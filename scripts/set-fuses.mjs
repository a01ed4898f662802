// Electron's fuses for Gloss's packaged app (issue 17): features baked into the Electron binary
// that the packaged app must not have, switched off in the binary itself, where no argument or
// environment variable can turn them back on. Run on the packaged app before code signing:
//
//   node scripts/set-fuses.mjs dist/linux-unpacked/gloss     (or Gloss.app, Gloss.exe)
//
// or as electron-builder's hook: `"afterPack": "scripts/set-fuses.mjs"` (the default export).
// Development runs (`npm start`, the e2e suite) use the stock binary and keep every fuse as it is.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
} from '@electron/fuses';

/**
 * Every fuse @electron/fuses knows, each stated (a new one fails the unit test until decided).
 * OnlyLoadAppFromAsar and the ASAR integrity check need the app packed as app.asar, with
 * better-sqlite3's native module unpacked beside it (asarUnpack).
 */
export const glossFuses = {
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node for anyone.
  [FuseV1Options.RunAsNode]: false,
  // Cookies encrypted at rest with the OS keychain (the app keeps none, but a page could set one).
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS could inject --require into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends would open a debugger on the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app's code is the signed app.asar, checked against its hash, and nothing else.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's defaults, stated: Gloss has no browser-specific snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The page is loaded with loadFile(): its module scripts need file:'s usual privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** The fuses of the binary at `path` that differ from glossFuses: empty once they are set. */
export const fusesNotSet = async (path) => {
  const wire = await getCurrentFuseWire(path);
  return Object.values(FuseV1Options)
    .filter((fuse) => typeof fuse === 'number' && wire[fuse] !== undefined)
    .filter((fuse) => wire[fuse] !== (glossFuses[fuse] ? FuseState.ENABLE : FuseState.DISABLE))
    .map((fuse) => FuseV1Options[fuse]);
};

/** Flips the fuses of the Electron binary (or .app) at `path`, then reads them back. */
export const setGlossFuses = async (path, { darwinArm64 = false } = {}) => {
  await flipFuses(path, { ...glossFuses, resetAdHocDarwinSignature: darwinArm64 });
  const wrong = await fusesNotSet(path);
  if (wrong.length > 0) throw new Error(`Fuses not set in ${path}: ${wrong.join(', ')}`);
};

/** electron-builder's afterPack hook. */
export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, arch, packager } = context;
  const name = packager.appInfo.productFilename;
  const binary =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? join(appOutDir, `${name}.app`)
      : electronPlatformName === 'win32'
        ? join(appOutDir, `${name}.exe`)
        : join(appOutDir, packager.executableName);
  // electron-builder's Arch enum: arm64 is 3.
  await setGlossFuses(binary, { darwinArm64: electronPlatformName === 'darwin' && arch === 3 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = process.argv[2];
  if (!path) {
    console.error('Usage: node scripts/set-fuses.mjs PATH_TO_PACKAGED_ELECTRON_BINARY_OR_APP');
    process.exit(2);
  }
  await setGlossFuses(path, {
    darwinArm64: process.platform === 'darwin' && process.arch === 'arm64',
  });
  console.log(
    `Fuses set in ${path}: RunAsNode, NODE_OPTIONS and inspect off; cookie encryption and ASAR integrity on.`,
  );
}
