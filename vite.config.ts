import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// The renderer is served from app:// in Electron and from 127.0.0.1 by `npm run web`.
// Everything is bundled: no CDN, no remote fonts (run-time network is forbidden).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  // The sheet reader's worker (renderer/core/sheets) is an ES module like the app.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', strictPort: true },
});
