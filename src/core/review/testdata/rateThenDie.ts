// Run by service.kill.test.ts in a child process: rates one highlight, then dies at once by
// SIGKILL, with no chance to close the database, as a crash or a killed app would.
import { openDatabase } from '../../db/connection';
import { createStore } from '../../db/store';
import { createReviewService } from '../service';

const [dataDir, highlightId, at] = process.argv.slice(2);
if (!dataDir || !highlightId || !at)
  throw new Error('usage: rateThenDie DATA_DIR HIGHLIGHT_ID ISO_TIME');

void openDatabase(dataDir).then((db) => {
  const review = createReviewService(db, createStore(db), { now: () => new Date(at) });
  review.rate(highlightId, 'good');
  process.kill(process.pid, 'SIGKILL');
});
