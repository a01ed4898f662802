// Configures zod before any part that builds schemas.
import './api/zodSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Renders the app: imported and run by main.tsx once the first screen is drawn (or has none). */
export const renderApp = (): void => {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
