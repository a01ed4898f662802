import type { SearchHit, SearchResults } from '../../../shared/search';

/** One choosable row of the results: a hit, in the order the list shows them. */
export interface SearchOption {
  id: string;
  documentId: string;
  hit: SearchHit;
}

export const kindLabels: Record<SearchHit['kind'], string> = {
  text: 'Text',
  highlight: 'Highlight',
  note: 'Note',
};

/** Every hit of every group, flattened, with an element id for aria-activedescendant. */
export const optionsOf = (results: SearchResults | null): SearchOption[] =>
  (results?.groups ?? []).flatMap((group, groupIndex) =>
    group.hits.map((hit, hitIndex) => ({
      id: `search-option-${groupIndex}-${hitIndex}`,
      documentId: group.documentId,
      hit,
    })),
  );

/** "1 hit", "12 hits". */
export const hitCount = (total: number): string => `${total} ${total === 1 ? 'hit' : 'hits'}`;
