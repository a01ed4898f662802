import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseShell,
  electronFailedToStart,
  findElectronBinary,
  serverArgs,
} from './shell-choice.mjs';

const projectDir = path.resolve('/proj');
const pathFile = path.join(projectDir, 'node_modules', 'electron', 'path.txt');
const binary = path.join(projectDir, 'node_modules', 'electron', 'dist', 'electron');

const disk = (files: Record<string, string>) => ({
  exists: (file: string) => file in files,
  readText: (file: string) => files[file] ?? '',
});

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt under dist', () => {
    const found = findElectronBinary({
      projectDir,
      env: {},
      ...disk({ [pathFile]: 'electron\n', [binary]: '' }),
    });
    expect(found).toBe(binary);
  });

  it('reports no binary when the download never happened', () => {
    expect(findElectronBinary({ projectDir, env: {}, ...disk({}) })).toBeNull();
    expect(
      findElectronBinary({ projectDir, env: {}, ...disk({ [pathFile]: 'electron' }) }),
    ).toBeNull();
    expect(findElectronBinary({ projectDir, env: {}, ...disk({ [pathFile]: '' }) })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', () => {
    const custom = path.join(path.resolve('/opt/electron'), 'electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: path.resolve('/opt/electron') };
    const found = findElectronBinary({
      projectDir,
      env,
      ...disk({ [pathFile]: 'electron', [custom]: '' }),
    });
    expect(found).toBe(custom);
  });
});

describe('chooseShell', () => {
  it('runs Electron when its binary is there', () => {
    expect(chooseShell({ args: [], electronBinary: binary })).toEqual({
      shell: 'electron',
      binary,
    });
  });

  it('falls back to browser mode, saying so in one line, when Electron is missing', () => {
    const choice = chooseShell({ args: [], electronBinary: null });
    expect(choice).toEqual({
      shell: 'browser',
      message: 'Electron is not installed on this machine; opening Gloss in browser mode instead.',
    });
  });

  it('uses browser mode when asked to', () => {
    expect(chooseShell({ args: ['--browser'], electronBinary: binary }).shell).toBe('browser');
  });

  it('passes other arguments on to the server, always with --open', () => {
    expect(serverArgs(['--browser', '--port', '8080'])).toEqual(['--open', '--port', '8080']);
    expect(serverArgs([])).toEqual(['--open']);
  });
});

describe('electronFailedToStart', () => {
  it('is a quick, unasked, unsuccessful exit', () => {
    const quick = { code: 1, signal: null, elapsedMs: 500, interrupted: false };
    expect(electronFailedToStart(quick)).toBe(true);
    expect(electronFailedToStart({ ...quick, code: null, signal: 'SIGSEGV' })).toBe(true);
    expect(electronFailedToStart({ ...quick, code: 0 })).toBe(false);
    expect(electronFailedToStart({ ...quick, elapsedMs: 60_000 })).toBe(false);
    expect(electronFailedToStart({ ...quick, interrupted: true })).toBe(false);
  });
});
