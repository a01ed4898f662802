import path from 'node:path';

/**
 * Pure decisions behind `npm start`: which shell to run, and whether Electron failed to start.
 * Kept apart from scripts/start.mjs so they can be tested without spawning anything.
 */

/** An exit this soon, unasked, means Electron could not start (missing libraries, no display). */
export const quickFailureMs = 3000;

/**
 * The Electron executable, found the way the electron package finds it but without
 * require('electron'), which would try to download a missing binary.
 *
 * @param {{ projectDir: string, env: Record<string, string | undefined>,
 *   exists: (file: string) => boolean, readText: (file: string) => string }} where
 * @returns {string | null}
 */
export function findElectronBinary({ projectDir, env, exists, readText }) {
  const packageDir = path.join(projectDir, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!exists(pathFile)) return null;
  const relative = readText(pathFile).trim();
  if (relative === '') return null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return exists(binary) ? binary : null;
}

/**
 * @param {{ args: string[], electronBinary: string | null }} situation
 * @returns {{ shell: 'electron', binary: string } | { shell: 'browser', message: string }}
 */
export function chooseShell({ args, electronBinary }) {
  if (args.includes('--browser')) {
    return { shell: 'browser', message: 'Opening Gloss in browser mode.' };
  }
  if (electronBinary === null) {
    return {
      shell: 'browser',
      message: 'Electron is not installed on this machine; opening Gloss in browser mode instead.',
    };
  }
  return { shell: 'electron', binary: electronBinary };
}

/**
 * @param {{ code: number | null, signal: string | null, elapsedMs: number, interrupted: boolean }} exit
 * @returns {boolean}
 */
export function electronFailedToStart({ code, signal, elapsedMs, interrupted }) {
  if (interrupted || elapsedMs >= quickFailureMs) return false;
  return code !== 0 || signal !== null;
}

/**
 * Arguments for browser mode: --open, plus whatever the user passed except --browser.
 *
 * @param {string[]} args
 * @returns {string[]}
 */
export function serverArgs(args) {
  return ['--open', ...args.filter((arg) => arg !== '--browser' && arg !== '--open')];
}
