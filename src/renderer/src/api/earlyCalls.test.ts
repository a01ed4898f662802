import { beforeEach, describe, expect, it, vi } from 'vitest';

const core = vi.hoisted(() => ({ calls: [] as string[], fail: false }));

vi.mock('./client', () => ({
  call: (method: string) => {
    core.calls.push(method);
    const answer = core.calls.length;
    return core.fail ? Promise.reject(new Error('down')) : Promise.resolve(answer);
  },
}));

const load = async () => {
  vi.resetModules();
  return import('./earlyCalls');
};

describe('early calls', () => {
  beforeEach(() => {
    core.calls = [];
    core.fail = false;
  });

  it('hands the answer sent at start to the first taker, and asks the core again after', async () => {
    const early = await load();
    early.callEarly('library.list', {});
    expect(core.calls).toEqual(['library.list']);
    await expect(early.takeEarlyOrCall('library.list', {})).resolves.toBe(1);
    expect(core.calls).toEqual(['library.list']);
    await expect(early.takeEarlyOrCall('library.list', {})).resolves.toBe(2);
    expect(core.calls).toEqual(['library.list', 'library.list']);
  });

  it('does not hand over an answer to a call with other input', async () => {
    const early = await load();
    early.callEarly('annotations.list', { documentId: 'a' });
    await expect(early.takeEarlyOrCall('annotations.list', { documentId: 'b' })).resolves.toBe(2);
  });

  it('passes a failure sent at start to its taker', async () => {
    core.fail = true;
    const early = await load();
    early.callEarly('preferences.get', {});
    await expect(early.takeEarlyOrCall('preferences.get', {})).rejects.toThrow('down');
  });
});
