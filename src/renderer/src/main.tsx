// First: the page secret and the calls the first screen needs (see there).
import './startup';
import '@fontsource-variable/literata';
import '@fontsource-variable/literata/wght-italic.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/dialog.css';
import './ui/controls.css';
import './reader/reader.css';
import { firstScreenDrawn } from './reader/firstDocument';
import { removeFirstScreen } from './reader/firstScreen';

/*
 * This module and what it imports are the page's first script: small, so it runs as soon as it
 * arrives and sends the first screen's calls, and draws the first screen of the document from
 * their answers (reader/firstScreen.ts). The app (React, Lexical, the features) is a chunk of its
 * own, fetched and compiled meanwhile (index.html preloads it: scripts/preloadAppChunk.ts) and
 * run once the first screen is drawn, so that its evaluation, a long task, does not hold the
 * drawing up. The stylesheets are the first screen's: they load with the page.
 */
void firstScreenDrawn()
  .then(() => import('./appRoot'))
  .then(
    ({ renderApp }) => renderApp(),
    (error: unknown) => {
      // A build whose chunk cannot load: show the page as it is, not a picture of the text.
      removeFirstScreen();
      console.error('gloss: the app could not be loaded', error);
    },
  );
