import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into examples/react-portal/dist and served (with the strict CSP) by scripts/embed-server.mjs.
export default defineConfig({
  root: import.meta.dirname,
  base: '/examples/react-portal/dist/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false } },
  logLevel: 'warn',
});
