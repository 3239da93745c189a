import { describe, expect, it } from 'vitest';
import { createClassifier, describeHealthMatch, lexiconStats, quotedTerm, tokenizeHealthText } from '../../src/health/index.js';

const c = createClassifier();
const terms = (s: string, cl = c) => cl.classify(s).map((m) => m.term);
const isHealth = (s: string, cl = c) => cl.classify(s).length > 0;

describe('tokenizer', () => {
  const cases: Array<[string, string[]]> = [
    ['booked_dermatology_appointment', ['booked', 'dermatology', 'appointment']],
    ['bookPsychiatristAppointment', ['book', 'psychiatrist', 'appointment']],
    ['TherapistProfileViewed', ['therapist', 'profile', 'viewed']],
    ['HTMLParserLoaded', ['html', 'parser', 'loaded']],
    ['/services/knee-replacement', ['services', 'knee', 'replacement']],
    ['Paid: Weekly Therapy', ['paid', 'weekly', 'therapy']],
    ['glp1_eligibility', ['glp1', 'eligibility']],
    ['glp1Eligibility', ['glp1', 'eligibility']],
    ['a1c_result', ['a1c', 'result']],
    ['phq9Score', ['phq9', 'score']],
    ['type 2', ['type', '2']],
    ['/find-a-doctor?specialty=oncology&x=1#top', ['find', 'a', 'doctor', 'specialty', 'oncology', 'x', '1', 'top']],
    ['mental%20health%2Fdepression', ['mental', 'health', 'depression']],
    ['mental%2520health', ['mental', 'health']],
    ['search?q=salud+mental', ['search', 'q', 'salud', 'mental']],
    ['Disfunción Eréctil', ['disfuncion', 'erectil']],
    ['%C3%A9rectil', ['erectil']],
    ["Alzheimer's", ['alzheimers']],
    ['añadir_al_carrito', ['anadir', 'al', 'carrito']],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(tokenizeHealthText(input).tokens.map((t) => t.low)).toEqual(expected);
  });

  it('keeps offsets into the original string', () => {
    const input = 'x%20mental%20health';
    for (const t of tokenizeHealthText(input).tokens) expect(input.slice(t.start, t.end).length).toBeGreaterThan(0);
    const m = c.classify('/es/salud%20mental')[0]!;
    expect('/es/salud%20mental'.slice(m.start, m.end)).toBe(m.text);
    expect(m.text).toBe('salud%20mental');
  });

  it('singularizes but keeps short words and -ss/-us/-is/-ys words', () => {
    const norm = (s: string) => tokenizeHealthText(s).tokens.map((t) => t.norm);
    expect(norm('therapists allergies diagnosis lupus dialysis stds meds sids')).toEqual(['therapist', 'allergy', 'diagnosis', 'lupus', 'dialysis', 'stds', 'meds', 'sids']);
  });

  it('folds Portuguese -ões, -ais and -eis plurals onto the singular', () => {
    const norm = (s: string) => tokenizeHealthText(s).tokens.map((t) => t.norm);
    expect(norm('infecções lesões pulmões cirurgiões hospitais mentais transmissíveis')).toEqual(
      norm('infecção lesão pulmão cirurgião hospital mental transmissível'),
    );
    // English -oes words keep their old form: `hammertoes` is not folded onto a Portuguese -ão.
    expect(norm('hammertoes potatoes overdoes')).toEqual(['hammertoe', 'potatoe', 'overdoe']);
  });
});

describe('match types', () => {
  const cases: Array<[string, string, string]> = [
    // [input, expected term, expected match type]
    ['submitted_mental_health_intake', 'mental health', 'phrase'],
    ['mentalhealth_signup', 'mental health', 'phrase'],
    ['birthcontrol', 'birth control', 'phrase'],
    ['weekly_therapy_booked', 'therapy', 'token'],
    ['telepsychiatryvisit', 'telepsychiatry', 'substr'],
    ['item_category2: Antidepressants', 'antidepressant', 'substr'],
    ['hiv_test_kit_ordered', 'hiv test', 'phrase'],
    ['ivf_consultation_booked', 'ivf', 'token'],
    ['ED_Consult_Completed', 'ED', 'abbr_cs'],
    ['PrEP Consult Requested', 'PrEP', 'abbr_cs'],
    // A phrase whose word is written in camelCase, as `Prep Refill` is.
    ['PrEP Refill Requested', 'prep refill', 'phrase'],
    ['PrEPStarted', 'PrEP', 'abbr_cs'],
    ['ed_consult_booked', 'ED', 'ctx'],
    ['ed_meds_checkout', 'ed meds', 'phrase'],
    ['mat_treatment_started', 'mat', 'ctx'],
    ['tympanoplastyConsultBooked', '-plasty', 'suffix'],
    ['/services/trabeculectomy', '-ectomy', 'suffix'],
    ['capsulitis_relief', '-itis', 'suffix'],
  ];
  it.each(cases)('%s → %s (%s)', (input, term, match) => {
    const ms = c.classify(input);
    const m = ms.find((x) => x.term === term);
    expect(m, JSON.stringify(ms)).toBeDefined();
    expect(m!.match).toBe(match);
    expect(input.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('weak words need a second weak word or health-site mode', () => {
    expect(isHealth('appointment_booked')).toBe(false);
    expect(isHealth('patient_intake_appointment_booked')).toBe(true);
    expect(isHealth('appointment_booked', createClassifier({ healthContext: true }))).toBe(true);
  });

  it('names the second weak word a weak match counted beside, and quotes both', () => {
    const [first, second] = c.classify('Interior Ozone Treatment Appointment');
    expect([first!.text, first!.with, second!.text, second!.with]).toEqual(['Treatment', 'Appointment', 'Appointment', 'Treatment']);
    expect(quotedTerm(first!)).toBe('Treatment" and "Appointment');
    // On a health site a weak word counts alone: nothing to pair it with.
    const [alone] = createClassifier({ healthContext: true }).classify('Interior Ozone Treatment Appointment');
    expect(alone!.with).toBeUndefined();
    expect(quotedTerm(alone!)).toBe('Treatment');
  });

  it('on a health site, ambiguous words count without context (tier 3); abbreviations and exclusions still hold', () => {
    const site = createClassifier({ healthContext: true });
    expect(isHealth('/services/detox')).toBe(false);
    expect(site.classify('/services/detox').map((m) => [m.term, m.tier, m.category])).toEqual([['detox', 3, 'care_context']]);
    expect(site.classify('/rehab').map((m) => [m.term, m.tier])).toEqual([['rehab', 3]]);
    // A match that stands on its own keeps its tier.
    expect(site.classify('detox_program').map((m) => [m.term, m.tier])).toEqual([['detox', 1]]);
    expect(site.classify('juice_detox_bundle')).toEqual([]);
    expect(site.classify('ms_form_submit')).toEqual([]);
    expect(site.classify('price_aud')).toEqual([]);
    // UI and engineering words next to an ambiguous one (blind tester, session 42).
    expect(site.classify('page_transition_complete')).toEqual([]);
    expect(site.classify('battery_discharge_alert')).toEqual([]);
    expect(site.classify('hospital_discharge_instructions').length).toBeGreaterThan(0);
  });
});

describe('traps and look-alikes are not health', () => {
  const negatives = [
    'health_check', 'health_check_passed', '/api/healthz', '/healthcheck', 'system_health_dashboard_view',
    'media_kit', 'media_upload_complete', 'medium_article_clicked', 'Size: Med', 'edit_profile', 'edit_profile_saved',
    'EDIT_MODE', 'NEED_HELP', 'ed_tech_webinar_registered', 'antivirus', 'antivirus_scan_completed', 'docker',
    'docker_build_started', 'medium', 'specialist', 'specialist_directory', 'retail_therapy_sale_banner_click',
    'stroke_width_changed', 'strokeColorPicked', 'labor_day_sale_viewed', 'Labor Day', 'stress_test', 'load_stress_test_started',
    'std_lib_loaded', 'visual_aids_download', 'VISUAL_AIDS', 'yoga_mat_added_to_cart', 'lithium_battery_added_to_cart',
    'rxjs_subscription_leak', 'xray_trace_sampled', 'pet_health_insurance_quote', 'transplant_seedlings_guide',
    'dichotomy_explained', 'academia_login', 'nostalgia_playlist', 'sympathy_card', 'horoscope', 'great_depression_documentary_view',
    'commercialism', 'caddying', 'futurology', 'add_to_cart', 'purchase', 'page_view', 'sign_up', '/careers',
  ];
  it.each(negatives)('%s', (s) => {
    expect(c.classify(s)).toEqual([]);
  });

  it('neurology is not urology', () => {
    expect(terms('neurology_clinic')).not.toContain('urology');
    expect(terms('/urology/kidney-stones')).toContain('urology');
  });
});

describe('context suppression', () => {
  it.each([
    ['dog_allergy_medication', false],
    ['pet_vaccination_reminder', false],
    ['plant_disease_guide', false],
    ['engine_diagnostics', false],
    ['allergy_medication', true],
    ['/imaging/pet-scan', true],
  ])('%s → health=%s', (s, expected) => {
    expect(isHealth(s)).toBe(expected);
  });
  it('exclude_if_near words suppress', () => {
    expect(isHealth('retail_therapy')).toBe(false);
    expect(isHealth('aromatherapy_candle_added')).toBe(false);
    expect(isHealth('weekly_therapy')).toBe(true);
  });
  it('ctx entries need a context word', () => {
    expect(isHealth('rehab_center_intake')).toBe(true);
    expect(isHealth('kitchen_rehab_estimate')).toBe(false);
    expect(isHealth('ms_teams_integration_enabled')).toBe(false);
    expect(isHealth('ms_infusion_scheduled')).toBe(true);
  });
});

describe('Spanish', () => {
  it.each([
    '/es/servicios/salud-mental', 'cita_psiquiatria_reservada', 'prueba_de_embarazo_comprada', 'Disfunción Eréctil',
    'Disfuncion Erectil', '/es/vih/prueba', 'tratamiento_ansiedad_iniciado', 'reemplazo_de_rodilla_info',
  ])('%s is health', (s) => expect(isHealth(s)).toBe(true));
  it.each(['añadir_al_carrito', '/es/blog/recetas-saludables', 'cita_peluqueria_reservada', 'rebajas_de_verano'])('%s is not', (s) =>
    expect(isHealth(s)).toBe(false),
  );
});

describe('Portuguese (lex-29b #1)', () => {
  it.each([
    '/pt-br/saude-mental', 'agendar_consulta_psiquiatria', 'teste_de_gravidez_comprado', 'Disfunção Erétil', '/exames/teste-de-hiv',
    'tratamento para ansiedade', 'clínica de reabilitação', 'fertilização in vitro', 'Infecções Sexualmente Transmissíveis', 'exames de DST',
    'pressão alta', 'AVC: sintomas', 'trabalho de parto', 'pré-natal',
  ])('%s is health', (s) => expect(isHealth(s)).toBe(true));
  it.each([
    'adicionar_ao_carrinho', '/blog/receitas-saudaveis', 'Consulta de CPF', 'agendar_consulta', 'Signo de Câncer hoje', 'Depressão tropical no litoral',
    'pressão dos pneus', 'Marcação pressão alta no futebol', 'tratamento de dados pessoais', 'Parto domani per Roma', 'Receita Federal',
    'Sessão de Terapia - Temporada 5', 'Raio-X da rodada do Brasileirão', 'Ofertas pré-Natal', 'dst_offset_minutes', 'vacina para cachorro',
    'fertilidade do solo', 'Concertar cita', 'vestido púrpura', 'natureza humana', 'contravenção penal',
  ])('%s is not', (s) => expect(isHealth(s)).toBe(false));
});

describe('options', () => {
  it('minTier filters less sensitive tiers', () => {
    const t1 = createClassifier({ minTier: 1 });
    expect(t1.classify('booked_dermatology_appointment')).toEqual([]);
    expect(t1.classify('Paid: Weekly Therapy').length).toBe(1);
    expect(createClassifier({ minTier: 2 }).classify('/locations/urgent-care')).toEqual([]);
  });
  it('allowTerms removes matches by term or text, case-insensitively', () => {
    expect(createClassifier({ allowTerms: ['Dermatology'] }).classify('booked_dermatology_appointment')).toEqual([]);
    expect(createClassifier({ allowTerms: ['THERAPY'] }).classify('Paid: Weekly Therapy')).toEqual([]);
  });
  it('an allowed word is invisible inside longer phrases too (adv23a #13)', () => {
    const dental = createClassifier({ allowTerms: ['dental'] });
    for (const text of ['Dental Care', 'Dental Cleaning', 'dental_care_kit', 'DentalCare', '/dental/cleaning']) {
      expect(c.classify(text).length, text).toBeGreaterThan(0);
      expect(dental.classify(text), text).toEqual([]);
    }
    // What is left around the allowed word still counts on its own.
    expect(dental.classify('dental anxiety')[0]).toMatchObject({ term: 'anxiety', tier: 1 });
    expect(createClassifier({ allowTerms: ['test'] }).classify('HIV Test Kit')[0]).toMatchObject({ term: 'hiv', tier: 1 });
    // An allowed phrase hides only its words together.
    const care = createClassifier({ allowTerms: ['dental care'] });
    expect(care.classify('Dental Care')).toEqual([]);
    expect(care.classify('Dental Cleaning').length).toBeGreaterThan(0);
  });
  it('an allowed camelCase word is matched whole', () => {
    expect(c.classify('GlowUp Therapy').length).toBeGreaterThan(0);
    const x = createClassifier({ extraTerms: [{ term: 'glowup', category: 'procedure' }], allowTerms: ['GlowUp'] });
    expect(x.classify('GlowUp Peel')).toEqual([]);
  });
  it('an allowed word does not serve as context', () => {
    expect(c.classify('clinic_rehab').length).toBeGreaterThan(0);
    expect(createClassifier({ allowTerms: ['clinic'] }).classify('clinic_rehab')).toEqual([]);
  });
  it('an allowed term no longer serves as context for ambiguous entries', () => {
    expect(c.classify('mat_therapy').length).toBeGreaterThan(0);
    expect(createClassifier({ allowTerms: ['therapy'] }).classify('mat_therapy')).toEqual([]);
  });
  it('undefined option values behave like defaults', () => {
    expect(createClassifier({ extraTerms: undefined, allowTerms: undefined, minTier: undefined, healthContext: undefined })).toBe(createClassifier());
  });
  it('stops on a bad extraTerms entry with the reason, as the options do (blind tester, session 50)', () => {
    expect(() => createClassifier({ extraTerms: [{ term: 'Kybella', category: 'nope' as never }] })).toThrow('extraTerms[0].category must be one of mental_health');
    expect(() => createClassifier({ extraTerms: [{ term: 'Kybella', category: 'procedure', tier: 5 as never }] })).toThrow('extraTerms[0].tier must be 1, 2 or 3');
  });

  it('extraTerms add terms and beat traps', () => {
    const x = createClassifier({ extraTerms: [{ term: 'Kybella', category: 'procedure' }, { term: 'health check', category: 'care_context', tier: 3 }] });
    expect(x.classify('kybella_consult')[0]).toMatchObject({ term: 'kybella', category: 'procedure', tier: 2, match: 'token' });
    expect(x.classify('annual_health_check_booked')[0]).toMatchObject({ term: 'health check', match: 'phrase' });
    expect(c.classify('annual_health_check_booked')).toEqual([]);
  });
  it('an extra phrase with a camelCase word matches it as written and as one word', () => {
    const x = createClassifier({ extraTerms: [{ term: 'GlowUp program', category: 'medication', tier: 2 }] });
    for (const text of ['GlowUp Program Signup', 'glowUpProgramSignup', 'glowup_program_signup']) {
      expect(x.classify(text)[0], text).toMatchObject({ term: 'glowup program', category: 'medication', tier: 2 });
    }
  });
  it('an extra phrase written in lower case matches the camelCase spelling of its words', () => {
    const x = createClassifier({ extraTerms: [{ term: 'glowup program', category: 'procedure' }, { term: 'novaskin peel', category: 'procedure' }] });
    for (const text of ['GlowUp Program Signup', 'glowUpProgram', 'GlowUp_Program', 'glowup program', 'NovaSkin Peel', 'book NovaSkin peel now']) {
      expect(x.classify(text)[0], text).toMatchObject({ category: 'procedure', tier: 2 });
    }
    expect(x.classify('GlowUp Program Signup')[0]).toMatchObject({ term: 'glowup program', text: 'GlowUp Program' });
    // Only the phrase: its words apart are not terms.
    for (const text of ['GlowUp Signup', 'NovaSkin Lotion', 'Program GlowUp']) expect(x.classify(text), text).toEqual([]);
  });
  it('equal options share one classifier', () => {
    expect(createClassifier({ minTier: 2, allowTerms: ['a', 'b'] })).toBe(createClassifier({ allowTerms: ['B', 'a'], minTier: 2 }));
  });
  it('returns matches most sensitive first, then by position', () => {
    const ms = c.classify('dermatology_then_therapy');
    expect(ms.map((m) => m.tier)).toEqual([1, 2]);
    expect(describeHealthMatch(ms[0]!)).toBe('"therapy" (mental_health, tier 1)');
  });
  it('within a tier, puts a term that needs no context before one that needed it', () => {
    const ms = c.classify('refill_request_ozempic');
    expect(ms.map((m) => [m.term, m.match])).toEqual([['ozempic', 'token'], ['refill request', 'ctx']]);
  });
});

describe('bad input never throws', () => {
  const big = 'a'.repeat(1 << 20);
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['1 MB of letters', big],
    ['1 MB of separators', '_'.repeat(1 << 20)],
    ['1 MB of therapy', 'therapy '.repeat(1 << 17)],
    ['lone surrogates', '\uD800therapy\uDC00\uD83D'],
    ['control characters', '\u0000\u0001therapy\u0007\u001b[31m'],
    ['broken percent encoding', '%E2%82%therapy%ZZ%'],
    ['emoji', '🧠 therapy 💊'],
  ];
  it.each(inputs)('%s', (_name, s) => {
    expect(() => c.classify(s)).not.toThrow();
  });
  it('non-string input returns no matches', () => {
    expect(c.classify(undefined as unknown as string)).toEqual([]);
    expect(c.classify(42 as unknown as string)).toEqual([]);
  });
  it('work grows linearly: token count of a repeated string scales with its length', () => {
    const unit = 'Paid: Weekly Therapy / ED_Consult ';
    const one = c.classify(unit.repeat(100)).length;
    const ten = c.classify(unit.repeat(1000)).length;
    expect(ten).toBe(one * 10);
  });
});

describe('lexicon', () => {
  it('reports its size', () => {
    const s = lexiconStats();
    expect(s.entries).toBeGreaterThan(1000);
    expect(s.traps).toBeGreaterThan(70);
  });
});

describe('one word in two languages', () => {
  // French `kiné` and Flemish `kine` fold to one key: the entry keeps both languages' context words
  // (scripts/build-lexicon.mjs joins them), so neither language's pages lose theirs.
  it('reads a folded word with the context words of either language', () => {
    expect(c.classify('rdv kiné dos')[0]).toMatchObject({ text: 'kiné', category: 'procedure' });
    expect(c.classify('afspraak kine')[0]).toMatchObject({ text: 'kine', category: 'procedure' });
    expect(c.classify('kine praktijk Gent')[0]).toMatchObject({ text: 'kine', category: 'procedure' });
    // …and both languages' exclusions: a Dutch film night is not physiotherapy.
    expect(c.classify('kine film avond')).toEqual([]);
    expect(c.classify('kine')).toEqual([]);
  });

  it('takes the more sensitive category of the two (Spanish litio a medication, Italian litio mental health)', () => {
    expect(c.classify('litio bipolare')[0]).toMatchObject({ text: 'litio', category: 'mental_health', tier: 1 });
    expect(c.classify('litio batteria auto')).toEqual([]);
  });
});

describe('what an adversarial tester found in page paths and product names (thirty-eighth session, p71, p72, fp09, fp17)', () => {
  it.each([
    ['/hep-c/', 'hep c', 'condition'],
    ['/clinic/hep-b/', 'hep b', 'condition'],
    ['hcv_testing_booked', 'hcv testing', 'condition'],
    ['/lgbtq-health/', 'lgbtq health', 'sexual_health'],
  ])('%s names %s', (input, term, category) => {
    expect(c.classify(input)[0]).toMatchObject({ term, category });
  });

  it.each(['hep cat jazz', 'step count', '/help-center/', 'Heart Rate Monitor Watch', 'Resistance Bands (Physical Therapy Grade)', 'therapy-grade essential oil'])('%s is not', (s) => {
    expect(c.classify(s)).toEqual([]);
  });
});
