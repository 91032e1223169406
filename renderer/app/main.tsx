import './install';
import '../core/auth/plain/auth.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../core/i18n';
import { requestPersistentStorage } from '../core/data/db';
import { startAccountCheck } from '../core/auth/AuthGate';

async function start(): Promise<void> {
  startAccountCheck();
  await initI18n();
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(<App />);
  // The desktop app asks for a snapshot when it quits (a browser tab cannot wait for one).
  if ('workbenchHost' in window)
    void import('../core/backup/quitSnapshot').then(({ provideQuitSnapshots }) => provideQuitSnapshots());
}

void start();
