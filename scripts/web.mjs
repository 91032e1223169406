// `npm run web`: builds the renderer and serves it with the BROWSER HOST on 127.0.0.1 only.
// The browser host implements the same HostBridge contract as the Electron preload (downloads
// instead of save dialogs, window.print instead of the system printer).
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const skipBuild = process.argv.includes('--no-build');

if (!skipBuild) await build({ logLevel: 'warn' });
const server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const address = `http://127.0.0.1:${port}/`;
console.log(`Talent Office Workbench — browser host (not the desktop app) at ${address}`);
console.log('Data is kept in this browser profile; use the desktop app (npm start) for real work.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.httpServer.close();
    process.exit(0);
  });
}
