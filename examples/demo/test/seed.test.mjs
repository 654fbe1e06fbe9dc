// `npm start` stores example requests at the first start, so the staff views show something at once.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startDemo } from '../server.mjs';

test('the demo seeds example requests from several municipalities into an empty database only', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'npo-demo-seed-'));
  const get = async (demo, path) => {
    const response = await fetch(`${demo.intakeUrl}${path}`, { headers: { Authorization: `Bearer ${demo.adminToken}` } });
    assert.equal(response.status, 200);
    return response.json();
  };
  try {
    let demo = await startDemo({ pagePort: 0, intakePort: 0, dataDir, seed: 40 });
    try {
      assert.equal(demo.seeded, 40);
      const stats = await get(demo, '/api/stats');
      assert.equal(stats.total, 40);
      assert.ok(stats.byMunicipality.length >= 10, `${stats.byMunicipality.length} municipalities`);
      assert.ok(stats.perWeek.length >= 20);
      assert.equal((await get(demo, '/api/requests?limit=1')).total, 40);
    } finally {
      await demo.close();
    }
    demo = await startDemo({ pagePort: 0, intakePort: 0, dataDir, seed: 40 });
    try {
      assert.equal(demo.seeded, 0);
      assert.equal((await get(demo, '/api/requests?limit=1')).total, 40);
    } finally {
      await demo.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
