import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

// `?gemeente=GM0981` (a CBS code or a name) preselects a municipality, e.g. from a link on a municipality's page.
const municipality = new URLSearchParams(location.search).get('gemeente') ?? undefined;

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App municipality={municipality} />
  </StrictMode>,
);
