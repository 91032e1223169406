import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };
import { licensesPlugins } from './scripts/licenses.mjs';
import { earlyStartPlugin } from './scripts/earlyStart.mjs';

// The renderer is served from app:// in Electron and from 127.0.0.1 by `npm run web`.
// Everything is bundled: no CDN, no remote fonts (run-time network is forbidden).
export default defineConfig(({ command }) => {
  const licences = licensesPlugins();
  return {
    root: 'renderer',
    base: './',
    // dist/renderer/licenses.json: every library in the page's and the workers' bundles, with its licence (About).
    plugins: [react(), licences.app, earlyStartPlugin()],
    define: {
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version),
      // Only a build has a build date; the About screen says "development mode" without one.
      ...(command === 'build' ? { 'import.meta.env.VITE_BUILD_DATE': JSON.stringify(new Date().toISOString()) } : {}),
    },
    build: {
      outDir: '../dist/renderer',
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 4000,
    },
    // The sheet reader's worker (renderer/core/sheets) is an ES module like the app.
    worker: { format: 'es', plugins: () => [licences.worker] },
    server: { host: '127.0.0.1', strictPort: true },
  };
});
