import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './paths';

describe('resolveDataDir', () => {
  it('uses GLOSS_DATA_DIR on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(resolveDataDir({ GLOSS_DATA_DIR: '/data/gloss' }, platform, '/home/ada')).toBe(
        path.resolve('/data/gloss'),
      );
    }
  });

  it('makes a relative GLOSS_DATA_DIR absolute', () => {
    expect(resolveDataDir({ GLOSS_DATA_DIR: 'lib' }, 'linux', '/home/ada')).toBe(
      path.resolve('lib'),
    );
  });

  it('ignores an empty GLOSS_DATA_DIR', () => {
    expect(resolveDataDir({ GLOSS_DATA_DIR: '  ' }, 'linux', '/home/ada')).toBe(
      '/home/ada/.config/Gloss',
    );
  });

  it('follows Electron userData on Linux', () => {
    expect(resolveDataDir({}, 'linux', '/home/ada')).toBe('/home/ada/.config/Gloss');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/ada')).toBe('/xdg/Gloss');
  });

  it('follows Electron userData on macOS', () => {
    expect(resolveDataDir({}, 'darwin', '/Users/ada')).toBe(
      '/Users/ada/Library/Application Support/Gloss',
    );
  });

  it('follows Electron userData on Windows', () => {
    expect(
      resolveDataDir({ APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ada'),
    ).toBe('C:\\Users\\ada\\AppData\\Roaming\\Gloss');
    expect(resolveDataDir({}, 'win32', 'C:\\Users\\ada')).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Gloss',
    );
  });
});
