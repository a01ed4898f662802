import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { warmUpCiteproc } from './citations/testing';
import { dispatch } from './dispatch';
import { openCore } from './index';
import { makeTempDir, removeTempDir, repoResourcesDir } from './testing';

// A whole-library Markdown export formats index.md's bibliography: citeproc builds the APA
// style once per process, which takes seconds.
beforeAll(warmUpCiteproc, 60_000);

// The first import or export in a process loads its parsers (jsdom, the Markdown and YAML
// stack) on demand: about 1 s alone, several on a busy machine.
const firstUse = { timeout: 30_000 };

describe('openCore', firstUse, () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  it('serves the contract through dispatch', async () => {
    const core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    expect(core.dataDir).toBe(dir);
    const imported = await dispatch(core.handlers, 'documents.importText', {
      text: 'My Notes\n\nA paragraph worth keeping.',
    });
    expect(imported).toMatchObject({
      ok: true,
      value: { title: 'My Notes', source: 'Pasted text' },
    });
    const list = await dispatch(core.handlers, 'library.list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(2);

    const id = imported.ok ? (imported.value as { id: string }).id : '';
    const document = await dispatch(core.handlers, 'documents.get', { id });
    expect(document).toMatchObject({
      ok: true,
      value: { blocks: [{ kind: 'paragraph', text: 'A paragraph worth keeping.' }] },
    });
    expect(await dispatch(core.handlers, 'documents.markOpened', { id })).toMatchObject({
      ok: true,
    });
    expect(await dispatch(core.handlers, 'documents.delete', { id })).toEqual({
      ok: true,
      value: { id },
    });
    expect(await dispatch(core.handlers, 'documents.get', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    core.close();
    core.close();
  });

  it('exports the entities of documents never opened, extracting them first', async () => {
    const core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    const out = path.join(dir, 'export');
    const result = await dispatch(core.handlers, 'export.write', { format: 'markdown', path: out });
    expect(result).toMatchObject({ ok: true, value: { documentCount: 1 } });
    const file = readdirSync(out).find((name) => name.startsWith('former-u-s-president'));
    const markdown = readFileSync(path.join(out, file ?? 'missing'), 'utf8');
    expect(markdown).not.toContain('Not extracted yet');
    expect(markdown).toContain('Choi Sang-mok');
    const [summary] = await core.handlers['library.list']({});
    expect(summary?.entityCount).toBeGreaterThan(10);
    core.close();
  }, 30_000); // extraction, then the export with its references and bibliography

  it('serves the annotation methods, validating input at the boundary', async () => {
    const core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    const { id: documentId } = await core.handlers['documents.importText']({
      text: 'Seoul is asked to pay more for U.S. troops.',
    });
    const empty = await dispatch(core.handlers, 'highlights.create', {
      documentId,
      start: 3,
      end: 3,
      color: 'yellow',
    });
    expect(empty).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'end: Select some text first: the range is empty.' },
    });
    const created = await dispatch(core.handlers, 'highlights.create', {
      documentId,
      start: 0,
      end: 5,
      color: 'pink',
    });
    expect(created).toMatchObject({ ok: true, value: { quote: { exact: 'Seoul' } } });
    const highlightId = created.ok ? (created.value as { id: string }).id : '';
    const saved = await dispatch(core.handlers, 'notes.save', {
      documentId,
      highlightId,
      body: 'A note.',
      tags: ['korea'],
    });
    expect(saved).toMatchObject({ ok: true, value: { highlightId, body: 'A note.' } });
    const listed = await dispatch(core.handlers, 'annotations.list', { documentId });
    expect(listed).toMatchObject({
      ok: true,
      value: { highlights: [{ id: highlightId }], notes: [{ highlightId }] },
    });
    core.close();
  });

  it('has every annotation committed when its handler returns (no flush on close needed)', async () => {
    // The first core is never closed, as if the app were killed: a second one must see it all.
    const first = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    const { id: documentId } = await first.handlers['documents.importText']({
      text: 'Tokyo hosts a carrier group.',
    });
    const highlight = await first.handlers['highlights.create']({
      documentId,
      start: 0,
      end: 5,
      color: 'green',
    });
    const note = await first.handlers['notes.save']({
      documentId,
      highlightId: highlight.id,
      body: 'Yokosuka.',
      tags: [],
    });
    const second = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
    expect(await second.handlers['annotations.list']({ documentId })).toEqual({
      highlights: [highlight],
      notes: [note],
    });
    second.close();
    first.close();
  });

  it('rejects with database_newer for a library from a newer Gloss', async () => {
    const db = new Database(path.join(dir, 'gloss.db'));
    db.pragma('user_version = 42');
    db.close();
    await expect(openCore({ dataDir: dir, resourcesDir: repoResourcesDir })).rejects.toMatchObject({
      code: 'database_newer',
    });
  });
});
