import { describe, expect, it } from 'vitest';
import { createClassifier, describeHealthMatch } from '../../src/health/index.js';

// A finding's tier is the most sensitive one its words support: a phrase is at least as sensitive as
// its modifiers (docs/health-classifier.md, "Categories and tiers"), so a longer, less sensitive
// phrase must not hide a tier-1 term inside it — neither in the report nor under `minTier: 1`.
const c = createClassifier();
const tier1Only = createClassifier({ minTier: 1 });
const top = (s: string, cl = c) => cl.classify(s)[0];

describe('mental-health screening, assessment and evaluation are tier 1', () => {
  const reference = top('depression_screening')!;
  it('depression screening and adhd assessment are the reference (mental_health, tier 1)', () => {
    expect(reference).toMatchObject({ category: 'mental_health', tier: 1 });
    expect(top('adhd_assessment')).toMatchObject({ category: reference.category, tier: 1 });
  });

  it.each([
    'Mental Health Screening',
    'mental_health_assessment',
    'psychological_evaluation',
    'psychological testing',
    'MentalHealthScreening',
    'mentalhealthassessment',
    '/services/mental-health-evaluation',
    'psychological_assessment_booked',
    'psychoeducational evaluation',
    'neuropsych_evaluation_request',
  ])('%s', (s) => {
    expect(top(s)).toMatchObject({ category: reference.category, tier: 1 });
    const reported = tier1Only.classify(s);
    expect(reported.length, `minTier 1 drops ${s}`).toBeGreaterThan(0);
    expect(reported[0]).toMatchObject({ category: 'mental_health', tier: 1 });
  });

  it('keeps the longer phrase as the match, with its text and offsets', () => {
    const m = top('Paid: Mental Health Screening')!;
    expect(m).toMatchObject({ term: 'mental health screening', text: 'Mental Health Screening', start: 6, end: 29 });
    expect(describeHealthMatch(m)).toBe('"mental health screening" (mental_health, tier 1)');
  });
});

describe('tests and procedures: tier by what they reveal', () => {
  it.each([
    ['HIV test', 'hiv_sti'],
    ['pregnancy_test_ordered', 'reproductive'],
    ['STD screening', 'hiv_sti'],
    ['genetic testing', 'genetic'],
    ['/services/no-scalpel-vasectomy', 'reproductive'],
    ['pelvic_floor_physical_therapy_booked', 'reproductive'],
    ['pelvic-floor-therapy', 'reproductive'],
    ['viral_load_test_result', 'hiv_sti'],
    ['semen_analysis_results', 'reproductive'],
    ['cesarea programada', 'reproductive'],
    ['/es/centros-de-salud-mental', 'mental_health'],
    ['Vaginal Birth After Cesarean', 'reproductive'],
    ['vaginal_delivery_class', 'reproductive'],
    ['In Vitro Fertilization Consultation', 'reproductive'],
    ['Fertilización in vitro', 'reproductive'],
    ['Chemical Dependency Program', 'substance_use'],
    ['dependencia química', 'substance_use'],
  ])('%s → %s, tier 1', (s, category) => {
    expect(top(s)).toMatchObject({ category, tier: 1 });
    expect(tier1Only.classify(s).length).toBeGreaterThan(0);
  });

  it.each([
    'blood test', 'x-ray', 'cancer screening', 'developmental screening', 'physical_therapy_session', 'radiation therapy',
    '/pain-management/epidural-steroid-injection', 'epidural injection', 'mitral valve prolapse', 'hearing aids', 'cialis for bph',
    'hormone therapy for cancer',
  ])('%s stays tier 2 (reveals nothing tier-1)', (s) => {
    expect(top(s)?.tier).toBe(2);
    expect(tier1Only.classify(s)).toEqual([]);
  });
});

describe('modifiers lend their tier, also when they are phrases', () => {
  it('a multi-word tier-1 modifier lifts a tier-2 phrase (extra terms too)', () => {
    const extra = { term: 'mental health intake packet', category: 'procedure', tier: 2 } as const;
    expect(top('mental_health_intake_packet', createClassifier({ extraTerms: [extra] }))).toMatchObject({
      term: 'mental health intake packet',
      category: 'mental_health',
      tier: 1,
    });
    expect(createClassifier({ extraTerms: [extra], minTier: 1 }).classify('mental_health_intake_packet')).toHaveLength(1);
  });

  it('the head noun does not lend (physical therapy is not mental health)', () => {
    const extra = { term: 'sports injury therapy', category: 'procedure', tier: 2 } as const;
    expect(top('sports_injury_therapy', createClassifier({ extraTerms: [extra] }))).toMatchObject({ category: 'procedure', tier: 2 });
  });

  it('in English, the words after a preposition lend, the head before it does not', () => {
    expect(top('medication for opioid use disorder')).toMatchObject({ category: 'substance_use', tier: 1 });
    const extra = { term: 'support group for hiv', category: 'care_context', tier: 3 } as const;
    expect(top('support_group_for_hiv', createClassifier({ extraTerms: [extra] }))).toMatchObject({ category: 'hiv_sti', tier: 1 });
  });

  it('in Portuguese, as in Spanish, the words after the head lend (lex-29b #1)', () => {
    // `consulta de psiquiatria` is listed as a care setting (tier 3); its modifier makes it mental health.
    expect(top('consulta de psiquiatria')).toMatchObject({ term: 'consulta de psiquiatria', category: 'mental_health', tier: 1, lang: 'pt' });
    expect(top('Consulta de Ginecologia')).toMatchObject({ category: 'reproductive', tier: 1, lang: 'pt' });
    expect(top('consulta_de_urologia')).toMatchObject({ category: 'specialty', tier: 2 });
  });

  it('a Portuguese rehabilitation clinic is addiction care unless it names physical rehabilitation', () => {
    expect(top('clínica de reabilitação')).toMatchObject({ category: 'substance_use', tier: 1 });
    expect(top('Clínica de reabilitação física')).toMatchObject({ category: 'procedure', tier: 2 });
    expect(top('teste do pezinho')).toMatchObject({ category: 'reproductive', tier: 1 });
  });

  it('a modifier whose exclusion list names a word of the phrase does not lend', () => {
    // `epidural` (labour) excludes `steroid` and `injection`: spinal pain procedures stay tier 2.
    expect(top('epidural')).toMatchObject({ category: 'reproductive', tier: 1 });
    expect(top('epidural steroid injection')).toMatchObject({ category: 'procedure', tier: 2 });
  });
});
