import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { requestPersistentStorage } from './data/db';

async function start(): Promise<void> {
  await initI18n();
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(<App />);
}

void start();
