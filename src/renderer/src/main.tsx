// First: the page secret and the calls the first screen needs (see there).
import './startup';
// Then: configures zod before any part that builds schemas.
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

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
