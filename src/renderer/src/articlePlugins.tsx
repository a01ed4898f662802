import { EntityMarksPlugin } from './entities/EntityMarksPlugin';
import type { ArticlePlugins } from './reader/ArticleView';
import { SearchHitPlugin } from './search/SearchHitPlugin';

/** What other features draw inside the article: the selected entity's marks, the search hit. */
export const articlePlugins: ArticlePlugins = ({ documentId, blocks }) => (
  <>
    <EntityMarksPlugin blocks={blocks} />
    <SearchHitPlugin documentId={documentId} blocks={blocks} />
  </>
);
