/** The workbench API suite on SQLite. */
import { apiSuite } from './api-suite.js';
import { testStore } from './setup.js';

apiSuite('api (sqlite)', () => testStore());
