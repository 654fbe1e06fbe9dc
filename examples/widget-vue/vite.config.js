import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    // #region custom-element
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'npo-gemeentecheck' } } }),
    // #endregion custom-element
  ],
  server: {
    host: '127.0.0.1',
    // The widget POSTs to /api/requests; in development that goes to a local intake (docs/intake.md).
    proxy: { '/api': process.env.NPO_INTAKE_URL ?? 'http://127.0.0.1:8787' },
  },
  preview: { host: '127.0.0.1' },
});
