/**
 * What blind test 29 (adv29) found, through both front-ends: the same snippet must give the same
 * findings in ESLint and in a GTM Custom HTML tag. Each case failed before its fix.
 */
import { describe } from 'vitest';
import { EV, parityCases, PR, type ParityCases } from './parity-helpers.js';

const CASES: ParityCases = {
  "an intake quiz's answers under keys that ask the question": {
    code: `var answers = window.quizAnswers || {};
ttq.track('CompleteRegistration', { is_pregnant: true, has_diabetes: 'yes', takes_insulin: answers.insulin, is_member: true, has_coupon: 'yes' });`,
    expected: [[PR, /"is_pregnant" sends true.*pregnant/], [PR, /"has_diabetes" sends "yes".*diabetes/], [PR, /"takes_insulin" sends a value set at run time.*insulin/i]],
  },
  'vendor code in a message and in a comparison': {
    code: `console.warn("Blocked ttq.track('HIVTestOrdered') on a condition page");
if (snippet === "fbq('trackCustom', 'Dialysis Booked')") ttq.track('Lead');
fbq('trackCustom', 'Chemotherapy Booked');`,
    expected: [[EV, /Chemotherapy/]],
  },
};

describe('blind test 29 through ESLint and GTM Custom HTML', () => {
  parityCases(CASES);
});
