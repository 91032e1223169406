import './early';
import './install';
import '../core/auth/plain/auth.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from '../core/i18n';
import { requestPersistentStorage } from '../core/data/persistentStorage';
import { accountCheckSettled, startAccountCheck } from '../core/auth/AuthGate';
import { adoptWebHostLaunch } from '../core/host/webHostClient';

async function start(): Promise<void> {
  // Before anything else: the web host's one-time launch secret leaves the page for the origin's storage.
  adoptWebHostLaunch(window);
  startAccountCheck();
  await initI18n();
  // One render pass: when the database answers soon after the texts, the first frame is the sign-in
  // screen itself; a slow answer (an upgrade, a backup search) shows the spinner meanwhile.
  await Promise.race([accountCheckSettled(), new Promise((resolve) => setTimeout(resolve, 100))]);
  const root = createRoot(document.getElementById('root')!);
  // Rendered and committed in this task rather than one React would schedule after it: the next frame
  // shows the first screen, with no task between (on a busy machine each one waits its turn).
  flushSync(() => root.render(<App />));
  void requestPersistentStorage();
  // The desktop app asks for a snapshot when it quits (a browser tab cannot wait for one).
  if ('workbenchHost' in window)
    void import('../core/backup/quitSnapshot').then(({ provideQuitSnapshots }) => provideQuitSnapshots());
}

void start();
