import { defineConfig } from 'vite';

// No React plugin: Vite's built-in transform compiles JSX (automatic runtime, from 'react/jsx-runtime').
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: {
    host: '127.0.0.1',
    // The widget POSTs to /api/requests; in development that goes to a local intake (docs/intake.md).
    proxy: { '/api': process.env.NPO_INTAKE_URL ?? 'http://127.0.0.1:8787' },
  },
  preview: { host: '127.0.0.1' },
});
