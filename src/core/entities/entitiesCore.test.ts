import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods, type MethodName, type MethodOutput } from '../../shared/contract';
import { dispatch } from '../dispatch';
import { loadTimeout } from './testing';
import { openCore, type Core } from '../index';
import { makeTempDir, removeTempDir, repoResourcesDir } from '../testing/tempDir';

/** The entity methods through dispatch, as the renderer calls them, outputs checked by the contract. */
describe('openCore: entities', () => {
  let dir: string;
  let core: Core;

  beforeEach(async () => {
    dir = makeTempDir();
    core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
  });
  afterEach(() => {
    core.close();
    removeTempDir(dir);
  });

  const call = async <M extends MethodName>(
    method: M,
    input: unknown,
  ): Promise<MethodOutput<M>> => {
    const result = await dispatch(core.handlers, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
    return methods[method].output.parse(result.value) as MethodOutput<M>;
  };

  it(
    'lists the bundled article, corrects it and links a note, across a restart',
    async () => {
      const [article] = await call('library.list', {});
      const documentId = article?.id ?? '';
      const listed = await call('entities.list', { documentId });
      expect(listed.state).toBe('ready');
      const trump = listed.entities.find((entity) => entity.canonical === 'Donald Trump');
      expect(trump).toMatchObject({ type: 'person', mentionCount: 7 });
      const first = listed.mentions.find((mention) => mention.entityId === trump?.id);
      const highlight = await call('highlights.create', {
        documentId,
        start: first?.start,
        end: first?.end,
        color: 'green',
      });
      const note = await call('notes.save', {
        documentId,
        highlightId: highlight.id,
        body: 'The president.',
        tags: [],
      });
      expect(await call('noteLinks.list', { documentId })).toEqual([
        { noteId: note.id, entityId: trump?.id, kind: 'auto' },
      ]);
      await call('entities.rename', { entityId: trump?.id, canonical: 'President Trump' });

      core.close();
      core = await openCore({ dataDir: dir, resourcesDir: repoResourcesDir });
      const card = await call('entities.get', { entityId: trump?.id });
      expect(card.entity).toMatchObject({ canonical: 'President Trump', noteCount: 1 });
      expect(card.notes).toMatchObject([{ noteId: note.id, kind: 'auto' }]);

      const refused = await dispatch(core.handlers, 'entities.split', {
        entityId: trump?.id,
        alias: '  ',
      });
      expect(refused).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: 'alias: An entity needs a name.' },
      });
      const empty = await dispatch(core.handlers, 'entities.addFromSelection', {
        documentId,
        start: 5,
        end: 5,
        type: 'person',
      });
      expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    },
    loadTimeout,
  );
});
