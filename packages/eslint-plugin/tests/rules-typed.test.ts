import { fileURLToPath } from 'node:url';
import { RuleTester, type Rule } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import rule from '../src/rules/no-health-event-names.js';
import { at } from './tester.js';

// With type information, event names typed as string literals resolve even through calls and parameters.
const tsconfigRootDir = fileURLToPath(new URL('./fixtures/typed', import.meta.url));
const tester = new RuleTester({
  languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir } },
});

const code1 = "declare function currentEvent(): 'hiv_test_order';\nttq.track(currentEvent());";
const code2 = "type Booked = 'psychiatry_booked' | 'therapy_booked';\ndeclare const events: { next: Booked };\nfbq('trackCustom', events.next);";

tester.run('no-health-event-names (type-aware)', rule as unknown as Rule.RuleModule, {
  valid: [{ code: "declare function currentEvent(): 'Purchase';\nttq.track(currentEvent());", filename: `${tsconfigRootDir}/file.ts` }],
  invalid: [
    { code: code1, filename: `${tsconfigRootDir}/file.ts`, errors: [{ messageId: 'healthEventName', ...at(code1, 'currentEvent()', 1) }] },
    { code: code2, filename: `${tsconfigRootDir}/file.ts`, errors: [{ messageId: 'healthEventName', ...at(code2, 'events.next') }] },
  ],
});
