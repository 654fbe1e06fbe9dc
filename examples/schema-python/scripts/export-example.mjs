// Writes core's exampleSupportRequest as JSON for the Python tests (temp/ is not checked in).
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleSupportRequest } from '@npo-gemeenten/core';

const out = new URL('../temp/example-support-request.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(exampleSupportRequest, null, 2)}\n`);
