import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { writeLaunchFile } from './launchFile';

type Env = Readonly<Record<string, string | undefined>>;

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Env;
  isFile: (candidate: string) => boolean;
}

const linuxInstallPaths = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];
const linuxCommands = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

const macInstallPaths = (env: Env): string[] => {
  const apps = [
    'Google Chrome.app/Contents/MacOS/Google Chrome',
    'Chromium.app/Contents/MacOS/Chromium',
    'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ];
  const roots = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
  return roots.flatMap((root) => apps.map((app) => path.posix.join(root, app)));
};

const windowsInstallPaths = (env: Env): string[] => {
  const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
    (root): root is string => Boolean(root),
  );
  const apps = [
    'Google\\Chrome\\Application\\chrome.exe',
    'Microsoft\\Edge\\Application\\msedge.exe',
  ];
  return apps.flatMap((app) => roots.map((root) => path.win32.join(root, app)));
};

const onPath = (command: string, { platform, env, isFile }: BrowserSearch): string | undefined => {
  const win = platform === 'win32';
  const dirs = (env.PATH ?? env.Path ?? '').split(win ? ';' : ':').filter(Boolean);
  const join = win ? path.win32.join : path.posix.join;
  return dirs.map((dir) => join(dir, command)).find(isFile);
};

/** Which Chromium-family browser to open Gloss in, or undefined when there is none. */
export const findBrowser = (search: BrowserSearch): string | undefined => {
  const { platform, env, isFile } = search;
  const chosen = env.GLOSS_BROWSER;
  if (chosen) {
    return path.isAbsolute(chosen) || chosen.includes('/')
      ? [chosen].find(isFile)
      : onPath(chosen, search);
  }
  if (platform === 'darwin') return macInstallPaths(env).find(isFile);
  if (platform === 'win32') {
    return (
      windowsInstallPaths(env).find(isFile) ??
      ['chrome.exe', 'msedge.exe'].map((command) => onPath(command, search)).find(Boolean)
    );
  }
  return (
    linuxInstallPaths.find(isFile) ??
    linuxCommands.map((command) => onPath(command, search)).find(Boolean)
  );
};

/** Windows and macOS always have a screen; elsewhere a graphical session announces itself. */
export const hasDisplay = (platform: NodeJS.Platform, env: Env): boolean =>
  platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

/** `pageUrl` is what the window opens: the private launch page, never the token's URL. */
export const browserArgs = (pageUrl: string, dataDir: string, runningAsRoot: boolean): string[] => [
  `--app=${pageUrl}`,
  // A profile of its own: Gloss's window never mixes with the user's browsing, and closing it
  // ends the process we started instead of handing off to an already-running browser.
  `--user-data-dir=${path.join(dataDir, 'browser-profile')}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  // Chromium refuses to start as root with its sandbox on; root users have chosen that trade-off.
  ...(runningAsRoot ? ['--no-sandbox'] : []),
];

export type LaunchPlan =
  { kind: 'launch'; browser: string; args: string[] } | { kind: 'print'; message: string };

export interface LaunchSituation {
  /** The launch URL, printed (to stderr) when no window can be opened. */
  url: string;
  /** What the browser window opens (see launchFile.ts). */
  pageUrl: string;
  dataDir: string;
  platform: NodeJS.Platform;
  env: Env;
  browser: string | undefined;
  runningAsRoot: boolean;
}

const installHint = (platform: NodeJS.Platform): string =>
  platform === 'darwin' || platform === 'win32'
    ? 'install Google Chrome or Microsoft Edge'
    : 'install the "chromium" package, e.g. sudo apt install chromium';

export const planLaunch = (s: LaunchSituation): LaunchPlan => {
  if (!hasDisplay(s.platform, s.env)) {
    return { kind: 'print', message: `No display found; open ${s.url} in a browser.` };
  }
  if (s.browser === undefined) {
    const why = s.env.GLOSS_BROWSER
      ? `GLOSS_BROWSER (${s.env.GLOSS_BROWSER}) was not found`
      : `no Chromium, Chrome or Edge was found (${installHint(s.platform)}, or set GLOSS_BROWSER)`;
    return {
      kind: 'print',
      message: `Cannot open a Gloss window: ${why}. Open ${s.url} in a browser.`,
    };
  }
  return {
    kind: 'launch',
    browser: s.browser,
    args: browserArgs(s.pageUrl, s.dataDir, s.runningAsRoot),
  };
};

/**
 * An exit this soon means the browser never showed Gloss (it failed, or handed the URL to a
 * window it already had open), so the server keeps running for the printed URL.
 */
export const quickExitMs = 3000;

const isFile = (candidate: string): boolean => {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
};

export interface OpenedWindow {
  /** Closes the window we opened, if it is still open. */
  close(): void;
}

/**
 * Opens Gloss in an app-mode browser window; when the user closes it, onClosed runs. The window
 * is sent to `url` through a private launch page, removed once `launched` settles (the token was
 * redeemed) or the window goes. Messages go to stderr so stdout keeps its single "Gloss is
 * running at" line.
 */
export const openAppWindow = (
  url: string,
  dataDir: string,
  onClosed: () => void,
  launched: Promise<void>,
): OpenedWindow => {
  const launchFile = writeLaunchFile(url);
  void launched.finally(launchFile.remove);
  const plan = planLaunch({
    url,
    pageUrl: launchFile.url,
    dataDir,
    platform: process.platform,
    env: process.env,
    browser: findBrowser({ platform: process.platform, env: process.env, isFile }),
    runningAsRoot: process.getuid?.() === 0,
  });
  if (plan.kind === 'print') {
    launchFile.remove();
    console.error(plan.message);
    return { close: () => undefined };
  }
  const started = Date.now();
  let reported = false;
  const child = spawn(plan.browser, plan.args, { stdio: 'ignore' });
  child.on('error', (error) => {
    reported = true;
    console.error(`Could not start ${plan.browser} (${error.message}); open ${url} in a browser.`);
  });
  child.on('exit', (code, signal) => {
    launchFile.remove();
    if (Date.now() - started >= quickExitMs) return onClosed();
    if (reported) return;
    console.error(
      code === 0
        ? 'The browser passed Gloss to a window it already had open; press Ctrl+C here to stop Gloss.'
        : `${plan.browser} exited at once (${code ?? signal}); open ${url} in a browser.`,
    );
  });
  return {
    close: () => {
      launchFile.remove();
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
};
