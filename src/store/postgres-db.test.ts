import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pgTarget } from './postgres-db.js';

await test('a postgres URL gives its schema to newsgraph and hides the password in messages', () => {
  const t = pgTarget('postgres://app:secret@db.example:5433/news?schema=team_a&sslmode=require');
  assert.equal(t.schema, 'team_a');
  assert.equal(t.connectionString, 'postgres://app:secret@db.example:5433/news?sslmode=require');
  assert.ok(!t.display.includes('secret'));
  assert.equal(pgTarget('postgres://localhost/x').schema, 'public');
  assert.throws(() => pgTarget('postgres://localhost/x?schema=a;drop'), /letters, digits/);
});
