import { describe, expect, it } from 'vitest';
import { loadTimeout, useTestCore } from './testing';

/** The entity methods through dispatch, as the renderer calls them, outputs checked by the contract. */
describe('openCore: entities', () => {
  const { call, send, reopen } = useTestCore();

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

      await reopen();
      const card = await call('entities.get', { entityId: trump?.id });
      expect(card.entity).toMatchObject({ canonical: 'President Trump', noteCount: 1 });
      expect(card.notes).toMatchObject([{ noteId: note.id, kind: 'auto' }]);

      const refused = await send('entities.split', {
        entityId: trump?.id,
        alias: '  ',
      });
      expect(refused).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: 'alias: An entity needs a name.' },
      });
      const empty = await send('entities.addFromSelection', {
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
