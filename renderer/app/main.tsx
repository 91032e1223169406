import './install';
import '../core/auth/plain/auth.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../core/i18n';
import { requestPersistentStorage } from '../core/data/db';
import { startAccountCheck } from '../core/auth/AuthGate';
import { adoptWebHostLaunch } from '../core/host/webHostClient';

async function start(): Promise<void> {
  // Before anything else: the web host's one-time launch secret leaves the page for the origin's storage.
  adoptWebHostLaunch(window);
  startAccountCheck();
  await initI18n();
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(<App />);
  // The desktop app asks for a snapshot when it quits (a browser tab cannot wait for one).
  if ('workbenchHost' in window)
    void import('../core/backup/quitSnapshot').then(({ provideQuitSnapshots }) => provideQuitSnapshots());
}

void start();
