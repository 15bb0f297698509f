import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `vite --config …` serves it at /; `vite build` writes examples/react-portal/dist, which
// test/integration/support/embed-server.mjs serves (with the strict CSP) under that path.
export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  base: command === 'build' ? '/examples/react-portal/dist/' : '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false } },
  logLevel: 'warn',
}));
