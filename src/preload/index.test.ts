import { beforeAll, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../shared/contract';

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoke: (channel: string, input: unknown) => Promise.resolve({ channel, input }),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.push([key, api]),
  },
  ipcRenderer: { invoke: electron.invoke },
}));

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;
let bridge: Bridge;

beforeAll(async () => {
  await import('./index');
  bridge = electron.exposed[0]?.[1] as Bridge;
});

describe('preload', () => {
  it('exposes only choosePath as window.glossShell, on its own channel', async () => {
    const shell = electron.exposed[1]?.[1] as Bridge;
    expect(Object.keys(shell)).toEqual(['choosePath']);
    expect(await shell.choosePath?.({ kind: 'folder' })).toEqual({
      channel: 'gloss-shell:choosePath',
      input: { kind: 'folder' },
    });
  });

  it('exposes exactly one function per contract method as window.gloss, and nothing else', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['gloss', 'glossShell']);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes the method channel with the input, unchanged', async () => {
    const input = { id: 'd1' };
    expect(await bridge['documents.get']?.(input)).toEqual({
      channel: 'gloss:documents.get',
      input,
    });
  });
});
