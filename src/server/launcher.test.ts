import { describe, expect, it } from 'vitest';
import { browserArgs, findBrowser, hasDisplay, planLaunch } from './launcher';

const files =
  (...paths: string[]) =>
  (candidate: string) =>
    paths.includes(candidate);

describe('findBrowser', () => {
  it('prefers GLOSS_BROWSER, by path or by command name', () => {
    const env = { GLOSS_BROWSER: '/opt/b/chrome', PATH: '/usr/bin' };
    expect(findBrowser({ platform: 'linux', env, isFile: files('/opt/b/chrome') })).toBe(
      '/opt/b/chrome',
    );
    const byName = { GLOSS_BROWSER: 'brave', PATH: '/x:/usr/local/bin' };
    expect(
      findBrowser({ platform: 'linux', env: byName, isFile: files('/usr/local/bin/brave') }),
    ).toBe('/usr/local/bin/brave');
  });

  it('does not fall back when GLOSS_BROWSER names nothing', () => {
    const env = { GLOSS_BROWSER: '/missing', PATH: '/usr/bin' };
    expect(findBrowser({ platform: 'linux', env, isFile: files('/usr/bin/chromium') })).toBe(
      undefined,
    );
  });

  it('finds Debian chromium, then browsers on PATH, on Linux', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    expect(findBrowser({ platform: 'linux', env, isFile: files('/usr/bin/chromium') })).toBe(
      '/usr/bin/chromium',
    );
    const chrome = '/usr/local/bin/google-chrome-stable';
    expect(findBrowser({ platform: 'linux', env, isFile: files(chrome) })).toBe(chrome);
    expect(findBrowser({ platform: 'linux', env, isFile: files() })).toBeUndefined();
  });

  it('knows the usual macOS and Windows install paths', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ platform: 'darwin', env: {}, isFile: files(mac) })).toBe(mac);
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const env = {
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      PROGRAMFILES: 'C:\\Program Files',
    };
    expect(findBrowser({ platform: 'win32', env, isFile: files(edge) })).toBe(edge);
  });
});

describe('planLaunch', () => {
  const base = {
    url: 'http://127.0.0.1:1/?token=T',
    pageUrl: 'file:///tmp/gloss-launch-x/open-gloss.html',
    dataDir: '/data',
    platform: 'linux' as const,
    env: { DISPLAY: ':0' },
    browser: '/usr/bin/chromium',
    runningAsRoot: false,
  };

  it('launches an app-mode window with its own profile, the token kept off its command line', () => {
    const plan = planLaunch(base);
    expect(JSON.stringify(plan)).not.toContain('token');
    expect(plan).toEqual({
      kind: 'launch',
      browser: '/usr/bin/chromium',
      args: [
        '--app=file:///tmp/gloss-launch-x/open-gloss.html',
        '--user-data-dir=/data/browser-profile',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  });

  it('only prints the URL on Linux without a display', () => {
    const plan = planLaunch({ ...base, env: {} });
    expect(plan).toEqual({ kind: 'print', message: expect.stringContaining(base.url) });
    expect(planLaunch({ ...base, env: { WAYLAND_DISPLAY: 'wayland-0' } }).kind).toBe('launch');
  });

  it('names the package to install when no browser is found', () => {
    const plan = planLaunch({ ...base, browser: undefined });
    expect(plan.kind).toBe('print');
    if (plan.kind === 'print') {
      expect(plan.message).toContain('chromium');
      expect(plan.message).toContain(base.url);
      expect(plan.message.split('\n')).toHaveLength(1);
    }
  });

  it('adds --no-sandbox only for root', () => {
    expect(browserArgs('u', '/d', true)).toContain('--no-sandbox');
    expect(browserArgs('u', '/d', false)).not.toContain('--no-sandbox');
  });

  it('treats macOS and Windows as always having a display', () => {
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
    expect(hasDisplay('linux', {})).toBe(false);
  });
});
