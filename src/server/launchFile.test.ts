import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchPage, writeLaunchFile } from './launchFile';

const posix = process.platform !== 'win32';

describe('the private launch page', () => {
  it('sends the browser to the launch URL, escaped for its attribute', () => {
    const page = launchPage('http://127.0.0.1:1/?token=T&x="<');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:1/?token=T&amp;x=&quot;&lt;">',
    );
  });

  it('is a 0600 file in a 0700 folder, gone once removed', () => {
    const launch = writeLaunchFile('http://127.0.0.1:1/?token=T');
    const file = fileURLToPath(launch.url);
    expect(file).toBe(launch.file);
    expect(readFileSync(file, 'utf8')).toContain('?token=T');
    if (posix) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    }
    launch.remove();
    launch.remove();
    expect(existsSync(file)).toBe(false);
  });
});
