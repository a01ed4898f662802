import { callEarly } from './api/earlyCalls';
import { adoptPageSecret } from './api/pageSecret';
import { startFirstDocument } from './reader/firstDocument';

/*
 * The first thing the page runs (main.tsx imports it first, so the bundle evaluates it before
 * React, Lexical and the app's modules): take browser mode's page secret out of the address bar,
 * then ask the core at once for what the first screen shows, the document to open and its text,
 * the library list and the sort it is shown in.
 */
adoptPageSecret();
startFirstDocument();
callEarly('library.list', {});
callEarly('preferences.get', {});
