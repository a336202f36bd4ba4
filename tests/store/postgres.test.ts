/** The store suite on the real PostgreSQL server, one fresh schema per test, all dropped at the end. */
import { test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { dropSchemas, freshSchema, pgSkip, schemaUrl } from './pg.js';
import { storeSuite } from './suite.js';

const skip = await pgSkip();
if (skip) {
  await test('postgres store suite', { skip }, () => undefined);
} else {
  const schemas: string[] = [];
  try {
    await storeSuite('postgres', () => {
      const schema = freshSchema();
      schemas.push(schema);
      return openStore(schemaUrl(schema));
    });
  } finally {
    await dropSchemas(schemas);
  }
}
