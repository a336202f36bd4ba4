/** The workbench API suite on PostgreSQL (skipped with a message when no server answers, failing in CI). */
import { openStore } from '../../src/store/open.js';
import { dropSchemas, freshSchema, pgSkip, schemaUrl } from '../store/pg.js';
import { apiSuite } from './api-suite.js';
import { testStore } from './setup.js';

const skip = await pgSkip();
if (skip) process.stderr.write(`api (postgres): ${skip}\n`);
const schema = freshSchema('ng_web');
apiSuite('api (postgres)', () => testStore(() => openStore(schemaUrl(schema)), () => dropSchemas([schema])), skip);
