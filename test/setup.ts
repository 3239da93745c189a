import { RuleTester } from 'eslint';
import * as vitest from 'vitest';

// Wire ESLint's RuleTester to vitest so every valid/invalid case is its own test.
RuleTester.describe = vitest.describe;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;
