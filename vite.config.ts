import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app:// in Electron and from 127.0.0.1 by `npm run web`.
// Everything is bundled: no CDN, no remote fonts (run-time network is forbidden).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
