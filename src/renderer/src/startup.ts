import { callEarly } from './api/earlyCalls';
import { adoptPageSecret } from './api/pageSecret';
import { catchEarlyDrops } from './importing/earlyDrops';
import { firstDocumentId, startFirstDocument } from './reader/firstDocument';

/*
 * The first thing the page runs (main.tsx imports it first, so the bundle evaluates it before
 * React, Lexical and the app's modules): take browser mode's page secret out of the address bar,
 * keep files dropped before the app has started (importing/earlyDrops.ts), then ask the core at
 * once for what the first screen shows, the document to open and its text, the library list and
 * the sort it is shown in.
 */
adoptPageSecret();
catchEarlyDrops();
startFirstDocument();
callEarly('preferences.get', {});
// The list once the document's text is asked for: the core answers one call at a time, and a
// list of 10,000 documents (a few hundred milliseconds to read and send) asked first held up
// the text, the first screen, and so the app's start, which the list waits for anyway.
void firstDocumentId().then(() => callEarly('library.list', {}));
