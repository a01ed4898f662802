import type { FeatureHandlers } from '../../shared/contract';
import type { searchMethods } from '../../shared/contract/search';
import type { createSearchService } from './service';

export interface SearchDeps {
  search: ReturnType<typeof createSearchService>;
}

export const searchHandlers = ({ search }: SearchDeps): FeatureHandlers<typeof searchMethods> => ({
  'search.query': ({ query, limit }) => search.query(query, limit),
});
