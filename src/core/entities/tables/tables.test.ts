import { describe, expect, it } from 'vitest';
import { getGazetteer, gazetteerFromTable } from '../gazetteer';
import { getLexicon } from '../lexicon';
import { loadTimeout } from '../testing';
import gazetteerTable from './gazetteer.json';
import { gazetteerTableFromSources } from './gazetteerSource';
import lexiconTable from './lexicon.json';
import { compromiseLexicon, compromiseLexiconTable } from './lexiconSource';

/*
 * The tagger reads its word lists from tables written by scripts/entity-tables.ts, not from the
 * packages they come from. These tests fail when a table no longer matches its source (a
 * package updated without running the script), so the tagger's names cannot drift from them.
 */
describe('the entity tables', () => {
  it(
    "hold compromise's lexicon as compromise builds it",
    () => {
      expect(lexiconTable).toEqual(compromiseLexiconTable());
      const lexicon = getLexicon();
      for (const [word, tags] of Object.entries(compromiseLexicon())) {
        expect(lexicon.tagsOf(word), word).toEqual(Array.isArray(tags) ? tags : [tags]);
      }
      expect(lexicon.tagsOf('qqxzvkplorfw')).toEqual([]);
    },
    loadTimeout,
  );

  it(
    'hold the gazetteer as its sources build it, weak entries worked out',
    () => {
      const fromSources = gazetteerTableFromSources();
      expect(gazetteerTable).toEqual(fromSources);
      const gazetteer = gazetteerFromTable(fromSources);
      expect(getGazetteer().maxWords).toBe(gazetteer.maxWords);
      expect(getGazetteer().lookup('Nice')).toEqual({
        type: 'place',
        canonical: 'Nice',
        kind: 'city',
        weak: true,
      });
      expect(getGazetteer().lookup('NATO')).toMatchObject({ type: 'organization', weak: false });
      expect(getGazetteer().lookup('NATO')?.canonical).toBeUndefined();
    },
    loadTimeout,
  );
});
