// First: configures zod before the contract builds its schemas.
import './api/zodSetup';
import '@fontsource-variable/literata';
import '@fontsource-variable/literata/wght-italic.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/dialog.css';
import './ui/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { adoptPageSecret } from './api/pageSecret';
import { startFirstDocument } from './reader/firstDocument';

// Before anything renders or calls: take browser mode's page secret out of the address bar.
adoptPageSecret();
// Then at once, before the first render: the document to open and its text (see there).
startFirstDocument();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
