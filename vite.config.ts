import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer is loaded from disk by Electron (and from the test bridge), so every asset
// path must be relative ('./'); the build goes next to the main-process bundle in dist/.
const root = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
    // No inline assets: the CSP allows images only from 'self' and data:, fonts only from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
