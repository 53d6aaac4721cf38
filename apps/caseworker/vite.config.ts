import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import rootPackage from '../../package.json' with { type: 'json' };

export default defineConfig({
  base: '/handlaggare/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(rootPackage.version) },
  build: { outDir: 'dist' },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
