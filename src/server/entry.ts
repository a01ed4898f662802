import { enableCompileCache } from 'node:module';

/*
 * Browser mode's entry (out/main/server.js). V8's compile cache keeps the compiled code of every
 * module loaded after this call (in the system's temporary folder), so later starts skip
 * parsing and compiling them. It must run before they load: hence this file, which only
 * imports the real entry afterwards.
 */
enableCompileCache();
void import('./index').then(({ startBrowserMode }) => startBrowserMode(__dirname));
