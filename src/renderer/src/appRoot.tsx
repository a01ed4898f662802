// Configures zod before any part that builds schemas.
import './api/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Renders the app: loaded by main.tsx once the first screen's calls are on their way. */
export const renderApp = (): void => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
