import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/*
 * A program's command line is readable by every local user (ps, /proc/<pid>/cmdline), so the
 * launch URL and its token never go there. The browser is given a private page instead: a
 * file in a fresh folder only the user can enter (0700), readable only by the user (0600),
 * which sends the browser on to the launch URL. It is removed once the token is redeemed.
 */

export interface LaunchFile {
  /** The file:// URL to give the browser. */
  url: string;
  /** The file itself (for tests). */
  file: string;
  /** Removes the file and its folder; safe to call more than once. */
  remove(): void;
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');

export const launchPage = (launchUrl: string): string => {
  const target = escapeAttribute(launchUrl);
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="refresh" content="0;url=${target}"><title>Opening Gloss…</title>` +
    `</head><body><p><a href="${target}">Open Gloss</a></p></body></html>\n`
  );
};

export const writeLaunchFile = (launchUrl: string, parent = os.tmpdir()): LaunchFile => {
  // mkdtemp creates the folder 0700; the file is created, never reused, 0600.
  const folder = mkdtempSync(path.join(parent, 'gloss-launch-'));
  const file = path.join(folder, 'open-gloss.html');
  writeFileSync(file, launchPage(launchUrl), { mode: 0o600, flag: 'wx' });
  return {
    url: pathToFileURL(file).href,
    file,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
};
