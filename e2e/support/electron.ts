import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

const electronPackage = join(repoRoot, 'node_modules/electron');

export const electronInstallHint =
  'install it with "node node_modules/electron/install.js" (downloads from GitHub), ' +
  'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron 45';

export type ElectronLookup =
  { found: true; executablePath: string } | { found: false; reason: string };

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but without
 * requiring that module: on a miss it starts a download, which hangs or fails offline.
 */
export const findElectron = (env: NodeJS.ProcessEnv = process.env): ElectronLookup => {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executablePath = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(electronPackage, 'dist', relative)
      : null;
  if (executablePath && existsSync(executablePath)) return { found: true, executablePath };
  const missing = override
    ? `${executablePath} missing`
    : relative
      ? `node_modules/electron/dist/${relative} missing`
      : 'node_modules/electron/dist missing';
  return {
    found: false,
    reason: `Electron binary not installed (${missing}): ${electronInstallHint}`,
  };
};

/** The built Electron main process the electron project launches. */
export const electronMainEntry = join(repoRoot, 'out/main/index.js');
