/**
 * Parameter names that say what kind of health information their value is: whatever a visitor
 * entered under `diagnosis`, `symptoms` or `current_medications` is their health data, although the
 * value itself is only known at run time (an intake form, a quiz, a data-layer variable). Keys are
 * normalised as identity keys are (lower case, no `_`, `-`, `.` or spaces).
 *
 * Left out on purpose: names that also mean something else on a site's pages or in its code:
 * `condition` (a product's), `treatment` (an A/B test's arm), `dose`, `weight` (shipping), `dx`
 * (a scroll delta), `due_date` (an invoice's), `concern`, `specialty` (a directory filter).
 */
import type { HealthCategory, Tier } from './types.js';

export interface HealthField {
  /** What the value is, as a message names it: "the visitor's <label>". */
  readonly label: string;
  readonly category: HealthCategory;
  readonly tier: Tier;
}

const table: ReadonlyArray<[HealthField, readonly string[]]> = [
  [{ label: 'diagnosis', category: 'condition', tier: 2 }, ['diagnosis', 'diagnoses', 'diagnosiscode', 'icd10', 'icd10code', 'icdcode']],
  [{ label: 'symptoms', category: 'condition', tier: 2 }, ['symptom', 'symptoms']],
  [{ label: 'medication', category: 'medication', tier: 2 }, ['medication', 'medications', 'currentmedication', 'currentmedications', 'prescription', 'prescriptions', 'drugname', 'dosage']],
  [{ label: 'medical condition', category: 'condition', tier: 2 }, ['medicalcondition', 'medicalconditions', 'healthcondition', 'healthconditions', 'chroniccondition', 'chronicconditions', 'preexistingcondition', 'preexistingconditions']],
  [{ label: 'allergies', category: 'condition', tier: 2 }, ['allergy', 'allergies']],
  [{ label: 'medical history', category: 'condition', tier: 2 }, ['medicalhistory', 'healthhistory', 'familyhistory', 'familymedicalhistory']],
  [{ label: 'reason for the visit', category: 'condition', tier: 2 }, ['reasonforvisit', 'visitreason', 'chiefcomplaint', 'healthconcern', 'healthconcerns', 'medicalconcern', 'medicalconcerns', 'presentingproblem']],
  [{ label: 'health measurement', category: 'measurement', tier: 2 }, ['bmi', 'bloodpressure', 'bloodsugar', 'bloodglucose', 'a1c', 'hba1c']],
  [{ label: 'sexual orientation', category: 'sexual_health', tier: 1 }, ['sexualorientation']],
  // An intake questionnaire's answers (`struggling_with: answers.concerns`, sent with a lead by a ketamine clinic's site).
  [{ label: 'intake answers', category: 'condition', tier: 2 }, ['strugglingwith', 'treatmentgoals', 'treatmentgoal', 'intakeanswers', 'intakeresponses']],
];

const FIELDS: ReadonlyMap<string, HealthField> = new Map(table.flatMap(([field, keys]) => keys.map((key) => [key, field] as const)));

/** Words before a field that say whose or which it is (`patient_diagnosis`, `selectedSymptoms`): the rest names the field. */
const OWNER = /^(?:patient|user|customer|member|visitor|client|selected|current|primary|main|chosen|reported|your|my)(?=[a-z])/u;

/** The health field a parameter name names (`diagnosis`, `patient_symptoms`, `currentMedications`), if any. */
export function healthField(key: string): HealthField | undefined {
  const normal = key.toLowerCase().replace(/[-_.\s]/gu, '');
  return FIELDS.get(normal) ?? FIELDS.get(normal.replace(OWNER, ''));
}

/**
 * The health field a value is read from, by the member or key path it is read at: `form.diagnosis`,
 * `answers.currentMedications`, `intake.symptoms.value` (a form field's value is named by the
 * field), the data-layer key `patient.allergies`.
 */
export function healthFieldOfPath(path: string): HealthField | undefined {
  const segments = path.split(/[.[\]]+/u).filter(Boolean);
  const member = segments.at(-1) === 'value' && segments.length > 2 ? segments.at(-2) : segments.at(-1);
  return member === undefined ? undefined : healthField(member);
}
