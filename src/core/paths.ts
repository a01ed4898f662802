import os from 'node:os';
import path from 'node:path';

/** Electron's app name; userData is `<appData>/<name>`. */
const appName = 'Gloss';

/**
 * The folder that holds `gloss.db`. Electron, browser mode and the CLI all call this so they share
 * one library: GLOSS_DATA_DIR wins, otherwise the folder Electron's `app.getPath('userData')` gives
 * for an app named "Gloss" on this platform.
 */
export const resolveDataDir = (
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string => {
  const override = env.GLOSS_DATA_DIR?.trim();
  if (override) return path.resolve(override);

  if (platform === 'win32') {
    // Built with win32 rules so the answer is right even when computed (or tested) elsewhere.
    const appData = env.APPDATA?.trim() || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, appName);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', appName);
  }
  // Linux and the other Unixes: Chromium follows the XDG base directory spec here.
  const configHome = env.XDG_CONFIG_HOME?.trim() || path.posix.join(home, '.config');
  return path.posix.join(configHome, appName);
};
