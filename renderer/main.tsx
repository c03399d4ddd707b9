import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { openDeskDatabase } from './db/database';
import './app/global.css';
import Dexie from 'dexie';

// Dexie turns on request tracing on localhost; the shipped app (app://) runs
// without it, and so does any production build served for a browser.
if (import.meta.env.PROD) Dexie.debug = false;

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App db={openDeskDatabase()} />
  </StrictMode>,
);
