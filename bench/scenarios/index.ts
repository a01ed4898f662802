import runAnchoring from '../anchoring.bench';
import { fromFunction, type Scenario } from '../scenario';
import { annotationsSqlite } from './annotations-sqlite';
import { cli } from './cli';
import { books } from './books';
import { booksOpen } from './books-open';
import { entities } from './entities';
import { entitiesNews } from './entities-news';
import { highlightsRender } from './highlights-render';
import { ner } from './ner';
import { openLargeDocument } from './open-large-document';
import { review } from './review';
import { search } from './search';
import { sqlite } from './sqlite';
import { textUpdate } from './text-update';
import { startup } from './startup';

/** Every benchmark, in the order `npm run bench` runs them. A new scenario is a file + one line. */
export const scenarios: Scenario[] = [
  startup,
  cli,
  openLargeDocument,
  sqlite,
  annotationsSqlite,
  textUpdate,
  highlightsRender,
  fromFunction('anchoring', 're-anchoring highlights in a 1 MB text', runAnchoring),
  entities,
  entitiesNews,
  ner,
  search,
  books,
  booksOpen,
  review,
];
