import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fusesNotSet, glossFuses, setGlossFuses } from './set-fuses.mjs';

/*
 * The Electron binary cannot run or be downloaded here, so the packaged app's fuses are checked
 * on the configuration, and flipped in a stand-in file laid out as Electron lays its fuse wire
 * out (sentinel, wire version, length, one byte per fuse, '0' off and '1' on).
 */

const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's stock fuses, in wire order: what an unpacked build carries. */
const stockWire = '101100011';

const standInBinary = (path: string): void =>
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('ELF and a lot of code before the wire '),
      Buffer.from(sentinel),
      Buffer.from([1, stockWire.length]),
      Buffer.from(stockWire),
      Buffer.from(' and more code after it'),
    ]),
  );

describe("the packaged app's fuses", () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector, and turns on cookie encryption and ASAR integrity', () => {
    expect(glossFuses).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('states every fuse the library knows, so a new one is a decision, not a default', () => {
    const known = Object.values(FuseV1Options).filter((fuse) => typeof fuse === 'number');
    for (const fuse of known) expect(typeof glossFuses[fuse], FuseV1Options[fuse]).toBe('boolean');
  });

  describe('on a binary', () => {
    let dir: string;
    let binary: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'gloss-fuses-'));
      binary = join(dir, 'gloss');
      standInBinary(binary);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('flips the stock fuses to the configured ones and reads them back', async () => {
      expect(await fusesNotSet(binary)).toEqual([
        'RunAsNode',
        'EnableCookieEncryption',
        'EnableNodeOptionsEnvironmentVariable',
        'EnableNodeCliInspectArguments',
        'EnableEmbeddedAsarIntegrityValidation',
        'OnlyLoadAppFromAsar',
      ]);
      await setGlossFuses(binary);
      expect(await fusesNotSet(binary)).toEqual([]);
      const wire = await getCurrentFuseWire(binary);
      expect(
        String.fromCharCode(
          ...Array.from({ length: 9 }, (_, i) => wire[i as FuseV1Options] as number),
        ),
      ).toBe('010011011');
    });
  });
});
