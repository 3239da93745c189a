/**
 * The matcher: tokens in, health matches out. Matching order (docs/health-classifier.md):
 *  0. opaque words (base64, hashes, minified names) are skipped;
 *  1. phrases, traps and single tokens, longest first, left to right, through a token trie; a trap
 *     consumes its tokens unless a longer positive phrase starting earlier covers them; articles
 *     and conjunctions missing from a phrase are skipped (`patients-visitors`); a conditional
 *     phrase does not hide the shorter entries inside it;
 *  2. joined forms of phrases (`mentalhealth`) and whole camelCase words (`AFib`, `eGFR`);
 *  3. substring terms inside long words (`telepsychiatryvisit`), unless a dictionary guard word
 *     covers the span (`specialist` ⊃ `cialis`);
 *  4. case-sensitive abbreviations on the raw string (`ED`, `PrEP`, `AIDS`, also after a camelCase
 *     word: `StartPrEP`), except in all-caps strings, where case carries no information;
 *  5. the medical-suffix fallback (`-ectomy`, `-oscopy`, `-plasty`, `-itis`, …) for unknown words;
 *  6. context rules: allowed terms are dropped; `exclude_if_near` words, non-human context (`pet`,
 *     `dog`, `vet`, `plant`, `engine`, …) and, for care words and specialties, jobs/education
 *     context (for care settings, jobs context) suppress; `ctx` entries need a context word, a general health word or another
 *     tier-1/2 hit; `weak` words need a second weak word or health-site mode;
 *  7. matches inside a longer match are dropped; matches inside a URL host name become tier 3.
 * Every step is linear in the number of tokens (phrases are at most `maxPhrase` tokens long and
 * context windows have a fixed size).
 */import { STOPWORDS, wordList, type CompiledLexicon, type Entry, type WordList } from './compile.js';
import type { HealthCategory, HealthMatch, MatchType, Tier } from './types.js';
import { normalizeTerm, singularize, tokenize, umlautSpelling, type Token, type Word } from './tokenize.js';

/**
 * German words as the tokenizer reads them, in both spellings of their umlauts: `Geflügel` →
 * `geflugel` and `gefluegel`, `Universität` → `universitat` and `universitaet` (singularized, as
 * context words are compared).
 */
function german(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(normalizeTerm(w));
    out.add(normalizeTerm(umlautSpelling(w)));
  }
  return [...out].filter((w) => w !== '');
}

export interface ResolvedOptions {
  readonly minTier: Tier;
  readonly healthContext: boolean;
  readonly allow: ReadonlySet<string>;
  /** Allowed terms as token sequences (`norm` forms), by first token: masked wherever they occur. */
  readonly allowSeqs: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Tokens either side of a match that count as "near" for context and exclusion words. */
const WINDOW = 8;

/** Words that put a string in veterinary, gardening or mechanical context. */
const NON_HUMAN = new Set([
  'pet', 'pets', 'dog', 'dogs', 'puppy', 'cat', 'cats', 'kitten', 'vet', 'vets', 'veterinary', 'veterinarian', 'animal', 'canine', 'feline',
  'equine', 'horse', 'livestock', 'cattle', 'poultry', 'plant', 'tree', 'garden', 'gardening', 'lawn', 'seedling',
  'houseplant', 'engine', 'fish', 'aquarium', 'pond', 'koi', 'mascota', 'perro', 'gato', 'veterinario', 'veterinaria', 'planta', 'arbol',
  // Portuguese (`gato`, `planta`, `veterinaria` as in Spanish; `animais` singularizes to `animal`)
  'cachorro', 'cachorra', 'cachorrinho', 'caes', 'filhote', 'gatinho', 'cavalo', 'egua', 'gado', 'rebanho', 'vaca', 'bezerro', 'bovino',
  'suino', 'ovino', 'caprino', 'peixe', 'aquario', 'arvore', 'jardim', 'jardinagem', 'horta', 'gramado',
  // French (`animaux` folds onto `animal`, `chevaux` onto `cheval`; `chat` is also English, see ANIMAL_AFTER)
  'chien', 'chienne', 'chiot', 'chaton', 'chatte', 'veterinaire', 'cheval', 'jument', 'poulain', 'betail', 'volaille', 'poulailler', 'aviaire',
  'vache', 'bovin', 'ovin', 'porcin', 'caprin', 'equin', 'canin', 'felin', 'lapin', 'furet', 'jardin', 'jardinage', 'potager', 'pelouse',
  'vigne', 'verger', 'rosier', 'buis',
  // Italian (`veterinario`, `veterinaria`, `bovino` above; `cane` is also English, see ANIMAL_AFTER)
  'cani', 'cagnolino', 'cagnolini', 'cucciolo', 'cuccioli', 'gatto', 'gatti', 'gattino', 'gattini', 'micio', 'veterinari', 'cavallo',
  'cavalli', 'puledro', 'bestiame', 'bovini', 'suini', 'ovini', 'pollame', 'pollaio', 'avicolo', 'coniglio', 'criceto', 'animale',
  'animali', 'zootecnia', 'giardino', 'giardinaggio', 'orto', 'pianta', 'piante', 'albero', 'alberi', 'prato', 'acquario', 'vigneto',
  // Polish (inflected forms listed, compared singularized; `psa`/`psy`, the dog's genitive and
  // plural, are also PSA and French `psy`, see ANIMAL_AFTER)
  ...[
    'pies', 'psem', 'psow', 'psie', 'psiak', 'psiaka', 'psiaki', 'piesek', 'pieska', 'kot', 'kota', 'koty', 'kotow', 'kotem', 'kotu',
    'kotek', 'kotka', 'kotki', 'kocie', 'kocur', 'kocieta', 'szczeniak', 'szczeniaka', 'szczeniaki', 'szczeniakow', 'szczenie', 'szczeniecia',
    'zwierze', 'zwierzecia', 'zwierzeta', 'zwierzat', 'zwierzak', 'zwierzaka', 'zwierzaki', 'zwierzakow', 'weterynarz', 'weterynarza',
    'weterynarze', 'weterynarzy', 'weterynaria', 'weterynarii', 'weterynaryjna', 'weterynaryjny', 'weterynaryjne', 'weterynaryjnej',
    'weterynaryjnego', 'konia', 'koniem', 'konie', 'koni', 'konski', 'konska', 'konskie', 'klacz', 'zrebak', 'bydlo', 'bydla', 'krowa', 'krowy',
    'krow', 'cielak', 'swinia', 'swinie', 'swin', 'trzoda', 'drob', 'drobiu', 'kurnik', 'krolik', 'krolika', 'kroliki', 'chomik', 'chomika',
    'papuga', 'papugi', 'akwarium', 'rybki', 'rybek', 'ogrod', 'ogrodu', 'ogrodzie', 'ogrodowy', 'ogrodowa', 'ogrodnictwo', 'roslina', 'rosliny',
    'roslin', 'drzewo', 'drzewa', 'drzew', 'trawnik', 'trawnika', 'krzew', 'krzewy', 'silnik', 'silnika',
  ].flatMap((w) => [w, singularize(w)]),
  // German (`Tier` alone is the English `tier`; `Vogel` and `Fischer` are common surnames, `Kater` is
  // also a hangover; compounds such as `Tierpsychologie` are caught by NON_HUMAN_STEMS)
  ...german(['Hund', 'Hunde', 'Hunden', 'Hündin', 'Tieren', 'Haustieren', 'Pferden', 'Rindern', 'Schweinen', 'Kühen', 'Hühnern', 'Bäumen', 'Welpe', 'Welpen', 'Katze', 'Katzen', 'Kätzchen', 'Tierarzt', 'Tierärztin', 'Tierärzte', 'Tierarztpraxis',
    'Tierklinik', 'Tierkrankenhaus', 'Tiermedizin', 'tiermedizinisch', 'Tierheilpraktiker', 'Tiere', 'Haustier', 'Haustiere', 'Pferd', 'Pferde',
    'Fohlen', 'Vieh', 'Nutztier', 'Nutztiere', 'Geflügel', 'Huhn', 'Hühner', 'Rind', 'Rinder', 'Kuh', 'Kühe', 'Kalb', 'Schwein', 'Schweine',
    'Schaf', 'Schafe', 'Ziege', 'Ziegen', 'Kaninchen', 'Meerschweinchen', 'Fisch', 'Fische', 'Garten', 'Gärten', 'Pflanze', 'Pflanzen',
    'Zimmerpflanze', 'Rasen', 'Baum', 'Bäume', 'Obstbaum', 'Buchsbaum']),
  // Dutch (`kitten`, `puppy` as in English; not `kip`, also a cook's chicken, nor `kater`, also a hangover, nor `pony`, also a fringe:
  // `recepten met kip bij diabetes`)
  'hond', 'honden', 'hondje', 'pup', 'pups', 'kat', 'katten', 'poes', 'poezen', 'dier', 'dieren', 'huisdier', 'huisdieren',
  'dierenarts', 'dierenartsen', 'dierenartspraktijk', 'dierenkliniek', 'dierenziekenhuis', 'paard', 'paarden', 'veulen',
  'vee', 'rundvee', 'veehouderij', 'pluimvee', 'koe', 'koeien', 'kalf', 'kalveren', 'varken', 'varkens', 'schaap', 'schapen', 'geit',
  'geiten', 'konijn', 'konijnen', 'cavia', 'tuin', 'moestuin', 'gazon', 'planten', 'kamerplant', 'kamerplanten', 'fruitboom',
]);

/**
 * German glues the animal onto the word (`Tierpsychologie`, `Hundeschwangerschaft`,
 * `Katzendiabetes`, `Pferdezahnarzt`): a substring match whose word begins with one of these stems,
 * and nothing else before the match, is veterinary. `Tier` is safe here, inside one word.
 */
const NON_HUMAN_STEMS: ReadonlySet<string> = new Set(german(['tier', 'tiere', 'hund', 'hunde', 'katze', 'katzen', 'pferd', 'pferde', 'welpen',
  'rinder', 'kuh', 'schwein', 'schweine', 'haustier', 'kaninchen', 'vogel', 'geflügel', 'fisch', 'pflanzen', 'rasen', 'garten', 'baum']).flatMap((w) => [w, `${w}s`]));

/**
 * Animal words that are also something else, non-human context only after a determiner or
 * preposition of their language (`words` after one of `before`):
 * - French `chat` (cat) is English `chat` too (`chat with a therapist`): `diabète du chat`, `mon
 *   chat`, `croquettes pour chat`;
 * - Italian `cane` (dog) is English `cane` too (`walking cane`): `dermatite del cane`, `il mio cane`,
 *   `cibo per cane`; the plural `cani` always is;
 * - Polish `psa` and `psy` (a dog's genitive and plural) are also PSA (the prostate test) and French
 *   `psy`: `cukrzyca u psa`, `karma dla psa`, `leczenie psa`.
 */
const ANIMAL_AFTER: ReadonlyArray<{ words: ReadonlySet<string>; before: ReadonlySet<string> }> = [
  { words: new Set(['chat', 'chats']), before: new Set(['du', 'le', 'les', 'un', 'des', 'mon', 'ma', 'mes', 'ton', 'son', 'ses', 'votre', 'vos', 'notre', 'nos', 'pour', 'chez', 'leur']) },
  { words: new Set(['cane']), before: new Set(['il', 'del', 'al', 'dal', 'nel', 'sul', 'col', 'per', 'un', 'mio', 'tuo', 'suo', 'nostro', 'vostro', 'loro', 'proprio', 'questo', 'quel']) },
  { words: new Set(['psa', 'psy']), before: new Set(['u', 'dla', 'mojego', 'twojego', 'naszego', 'moj', 'twoj', 'moje', 'twoje', 'karma', 'karmy', 'leczenie', 'choroby', 'szczepienie', 'od', 'przy']) },
];

/**
 * Italian `lavoro` (work) is a jobs word only in a job offer (`offerte di lavoro`, `annunci di
 * lavoro`, `opportunità di lavoro`): elsewhere it is the workplace a patient's condition comes from
 * (`medicina del lavoro`, `stress da lavoro`, `infortunio sul lavoro`).
 */
const ITALIAN_JOB_OFFER = new Set(['offerta', 'offerte', 'annuncio', 'annunci', 'opportunita', 'proposta', 'proposte', 'cerca', 'cerco', 'cerchiamo']);
function italianJobOffer(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.low !== 'lavoro' || k === 0) return false;
  const prev = tokens[k - 1]!.low === 'di' && k > 1 ? tokens[k - 2]! : tokens[k - 1]!;
  return ITALIAN_JOB_OFFER.has(prev.norm);
}

/**
 * Words that make any context-dependent entry (`ctx`) specific enough: `/conditions/shingles`,
 * `ms_symptoms`, `rehab_treatment`. Compared with singularized tokens.
 */
const GLOBAL_CONTEXT = wordList([
  'condition', 'disease', 'disorder', 'syndrome', 'symptom', 'diagnosis', 'diagnosed', 'treatment', 'clinic', 'doctor',
  'physician', 'patient', 'medication', 'prescription', 'prescribed', 'specialist', 'medical',
  'enfermedad', 'sintoma', 'tratamiento', 'clinica', 'medico', 'paciente', 'medicamento',
  'doenca', 'doencas', 'tratamento', 'diagnostico', 'medica',
  'maladie', 'symptome', 'medecin', 'medicament', 'ordonnance',
  // Italian (`medico`, `paziente` above; `malattie` singularizes to `malatty`, as French `maladies`)
  'malattia', 'malatty', 'sintomo', 'sintomi', 'farmaco', 'farmaci', 'diagnosi', 'pazienti', 'ricetta medica',
  // Polish: illness, symptoms, doctor, drug, prescription (`recepta`; a recipe is `przepis`), treatment
  'choroba', 'choroby', 'chorob', 'chorobe', 'objaw', 'objawy', 'objawow', 'lekarz', 'lekarza', 'lekarze', 'lekarzy', 'lek', 'leki', 'lekow',
  'recepta', 'recepty', 'recepte', 'leczenie', 'leczenia', 'pacjent', 'pacjenta', 'pacjenci', 'pacjentow', 'diagnoza', 'diagnozy', 'schorzenie',
  'schorzenia', 'dolegliwosci', 'medyczny', 'medyczna', 'medyczne', 'medycznej', 'medycznego',
  // German (`Rezept` is also a cooking recipe, `Diagnose` also a car's or a computer's, `Praxis`
  // also "in practice" and `Termin` any appointment: none of them is here)
  ...german(['Krankheit', 'Krankheiten', 'Erkrankung', 'Erkrankungen', 'Symptome', 'Beschwerden', 'Arzt', 'Ärztin', 'Ärzte', 'Ärztinnen',
    'Facharzt', 'Fachärztin', 'Hausarzt', 'Medikament', 'Medikamente', 'Behandlung', 'Patientin', 'Patienten', 'Patientinnen', 'ärztlich', 'ärztliche']),
  // Dutch (not `recept`, also a cooking recipe, nor `arts`, also English arts)
  'ziekte', 'ziekten', 'symptomen', 'symptoom', 'klachten', 'behandeling', 'diagnose', 'aandoening', 'aandoeningen', 'stoornis',
  'syndroom', 'huisarts', 'dokter', 'medicijn', 'medicijnen', 'medicatie', 'geneesmiddel', 'geneesmiddelen', 'patienten', 'medisch', 'medische',
  // intake and scheduling form fields
  'reason for visit', 'visit reason', 'chief complaint', 'motivo de consulta', 'motivo da consulta', 'motivo della visita',
]);

/**
 * Jobs context: a care word, a specialty name or a care setting next to these is about a career,
 * not about a patient (`/careers/oncology-nurse`, `Counseling Center Jobs`).
 */
const NON_PATIENT_JOBS = new Set([
  'job', 'jobs', 'career', 'careers', 'employment', 'vacancies', 'hiring', 'internship', 'salary', 'resume', 'recruiter', 'recruiting',
  'vacancy', 'empleo', 'vacante', 'emprego', 'carreira', 'salario', 'estagio', 'concurso', 'curriculo', 'trabalhe',
  'emploi', 'recrutement', 'recrute', 'recrutons', 'candidature', 'cdi', 'cdd', 'interim', 'alternance', 'salaire', 'carriere', 'embauche',
  // Italian (`lavora` as in `lavora con noi`; `lavoro` only in a job offer, see ITALIAN_JOB_OFFER, since it
  // is also `medicina del lavoro` and `stress da lavoro`)
  'lavora', 'assunzione', 'assunzioni', 'candidatura', 'candidarsi', 'stipendio', 'tirocinio', 'tirocini', 'concorso', 'concorsi', 'bando', 'impiego',
  // Polish
  'praca', 'pracy', 'kariera', 'kariery', 'rekrutacja', 'rekrutacji', 'rekrutujemy', 'zatrudnimy', 'zatrudnienie', 'zatrudnienia',
  'wynagrodzenie', 'wynagrodzenia', 'staz', 'stazu', 'stazysta', 'etatu', 'wakat', 'wakaty', 'wolontariat', 'wolontariusz',
  'wolontariusze', 'rezydentura', 'rezydentury',
  // `Assistenzarzt` (a resident) and `(m/w/d)` name a post, not a patient's doctor.
  ...german(['Assistenzarzt', 'Assistenzärztin', 'Assistenzärzte', 'mwd', 'Stellenangebot', 'Stellenangebote', 'Stellenanzeige', 'Stellenanzeigen', 'Stellenmarkt', 'Stellenbörse', 'Jobbörse', 'Karriere',
    'Bewerbung', 'Bewerbungen', 'bewerben', 'Initiativbewerbung', 'Gehalt', 'Praktikum', 'Praktikant', 'Praktikantin', 'Vollzeit', 'Teilzeit',
    'Ausbildungsplatz', 'Ausbildungsstelle', 'Ehrenamt', 'ehrenamtlich']),
  // Dutch (and `werken bij`, the careers page of every Dutch employer: see nearAny)
  'vacature', 'vacatures', 'sollicitatie', 'sollicitaties', 'solliciteren', 'solliciteer', 'sollicitatiebrief', 'salaris', 'werkenbij', 'werkgever',
  'stagiair', 'stagiaire', 'stageplaats', 'stageplek', 'loopbaan', 'bijbaan', 'functieomschrijving',
  // Volunteering at a hospice or a hospital is unpaid work there (`hospice_volunteer_application`).
  'volunteer', 'volunteers', 'volunteering', 'voluntario', 'voluntariado',
  // Graduate medical education: a residency or fellowship in psychiatry trains doctors.
  'residency', 'residencies', 'fellowship', 'fellowships',
  // Software and papers sold to practitioners (`EHR Software for Therapists`, `Mental Health Benefits Whitepaper`).
  'software', 'saas', 'ehr', 'emr', 'whitepaper',
]);

/** Words before `for` that make it a search (`looking for therapists`): the visitor wants care. */
const SEEKING = new Set(['looking', 'look', 'search', 'searching', 'find', 'finding', 'need', 'help']);
/** Businesses of practitioners (`for mental health practices`): an audience, not a patient. */
const PRACTICES = new Set(['practice', 'clinic', 'professional', 'provider', 'practitioner', 'clinician', 'organization', 'agency', 'team', 'business', 'employer', 'group']);

/**
 * A practitioner or their business as the audience (`EHR for therapists`, `/for-psychiatrists`,
 * `Practice Management for Mental Health Clinics`): `for` and a plural practitioner, or a specialty
 * and the business that practises it; not a search for care (`looking for therapists`).
 */
function forPractitioners(tokens: readonly Token[], a: number, b: number): boolean {
  if (a === 0 || tokens[a - 1]!.low !== 'for' || (a > 1 && SEEKING.has(tokens[a - 2]!.low))) return false;
  const last = tokens[b - 1]!;
  const next = tokens[b];
  return (last.low !== last.norm && last.low.endsWith('s')) || (next !== undefined && PRACTICES.has(next.norm));
}

/** Words after a practitioner's title that make the page theirs: signing up, applying, logging in. */
const PROVIDER_SIDE = new Set(['register', 'registration', 'signup', 'join', 'apply', 'application', 'onboarding', 'enroll', 'enrollment', 'enrolment', 'login', 'signin', 'portal']);

/**
 * A practitioner signing up or logging in on a marketplace (`/therapists/register`, `Therapist Sign Up`,
 * `psychiatrist-login`, `become a counselor`): an occupation, not a patient's care. Only a title
 * (`-ist`, `-ian`, `-or`), so the patient's `/therapy/register` stays health.
 */
function providerSide(tokens: readonly Token[], a: number, b: number): boolean {
  if (!/(?:ist|ian|or)$/u.test(tokens[b - 1]!.norm)) return false;
  const next = tokens[b]?.low;
  if (next !== undefined && (PROVIDER_SIDE.has(next) || ((next === 'sign' || next === 'log') && (tokens[b + 1]?.low === 'up' || tokens[b + 1]?.low === 'in')))) return true;
  let k = a - 1;
  if (k >= 0 && (tokens[k]!.low === 'a' || tokens[k]!.low === 'an')) k--;
  return k >= 0 && tokens[k]!.low === 'become';
}

/**
 * Jobs and education context: a care word or a specialty name next to these is about a career or
 * a course, not about a patient (`pharmacy_tech_course`, `school counseling degree`). Applies to
 * tier-3 and specialty matches. A care setting named with a school is a service for its students
 * (`University Counseling Center`): education words leave it alone, job words do not.
 */
const NON_PATIENT = new Set([
  ...NON_PATIENT_JOBS,
  'course', 'degree', 'school', 'university', 'college', 'student', 'certification', 'curriculum', 'textbook', 'curso',
  // Certificates and postgraduate study sold to practitioners (`Certificação em Psicanálise`, `Pós Psicologia Positiva`).
  'certificate', 'certificacao', 'certificado', 'certificacion', 'postgraduate', 'posgraduacao', 'posgrado', 'aula',
  'faculdade', 'universidade', 'escola', 'estudante', 'aluno', 'graduacao',
  'ecole', 'faculte', 'universite', 'etudiant', 'etudiante', 'formation', 'diplome', 'concours', 'annale', 'ifsi', 'licence', 'master', 'cours',
  'studia', 'studiow', 'studiach', 'kurs', 'kursu', 'kursy', 'kursow', 'szkolenie', 'szkolenia', 'szkolen', 'uczelnia', 'uczelni',
  'uniwersytet', 'uniwersytetu', 'szkola', 'szkoly', 'szkole', 'student', 'studenta', 'studenci', 'studentow', 'studentka', 'wyklad',
  'wyklady', 'egzamin', 'egzaminu', 'podrecznik', 'dyplom', 'certyfikat', 'certyfikatu', 'wydzial', 'podyplomowe', 'kierunek',
  // Dutch (compared as written too: `studie` folds onto `study`, which stays out, as in `sleep study`)
  'opleiding', 'opleidingen', 'studeren', 'toelatingsexamen', 'studie', 'cursus', 'cursussen', 'universiteit', 'hogeschool', 'nascholing', 'bijscholing', 'scholing', 'studenten',
  'leerling', 'leerlingen', 'diploma', 'hbo', 'mbo', 'collegegeld', 'masteropleiding', 'bacheloropleiding', 'leergang',
  // Compared singular: `cours` and `lycées` lose their `s`.
  'cour', 'lycee',
  // Italian (`master`, `curriculum` above; `università` and `facoltà` fold onto `universita`, `facolta`)
  'corso', 'corsi', 'laurea', 'lauree', 'universita', 'facolta', 'ateneo', 'scuola', 'scuole', 'liceo', 'studente', 'studenti',
  'studentessa', 'dottorato', 'specializzando', 'specializzandi', 'formazione', 'lezione', 'lezioni', 'diploma', 'ecm', 'tesi',
  // German (`Ausbildung` is vocational training, `Weiterbildung`/`Fortbildung` courses for practitioners)
  ...german(['studieren', 'Studium', 'Medizinstudium', 'Psychologiestudium', 'Studiengang', 'Studierende', 'Studenten', 'Universität', 'Uni', 'Hochschule',
    'Fachhochschule', 'Kurs', 'Kurse', 'Weiterbildung', 'Fortbildung', 'Ausbildung', 'Schule', 'Berufsschule', 'Lehrgang', 'Zertifikat',
    'Zertifizierung', 'Vorlesung', 'Semester', 'Abschluss', 'Staatsexamen', 'Approbationsprüfung']),
]);

interface SuffixRule {
  readonly suffix: string;
  readonly category: HealthCategory;
  readonly facet: string;
}
/** Medical suffixes checked against the wamerican-large word list (see data/suffix-guards.txt). */
const SUFFIXES: readonly SuffixRule[] = [
  { suffix: 'ectomy', category: 'procedure', facet: 'procedure' },
  { suffix: 'oscopy', category: 'procedure', facet: 'procedure' },
  { suffix: 'plasty', category: 'procedure', facet: 'procedure' },
  { suffix: 'otomy', category: 'procedure', facet: 'procedure' },
  { suffix: 'ostomy', category: 'procedure', facet: 'procedure' },
  { suffix: 'itis', category: 'condition', facet: 'condition' },
  { suffix: 'algia', category: 'condition', facet: 'condition' },
  { suffix: 'pathy', category: 'condition', facet: 'condition' },
  { suffix: 'emia', category: 'condition', facet: 'condition' },
  { suffix: 'iatry', category: 'specialty', facet: 'specialty' },
  { suffix: 'iatric', category: 'specialty', facet: 'specialty' },
  { suffix: 'iatrist', category: 'specialty', facet: 'specialty' },
];

interface Cand {
  entry: Entry | null;
  /** For suffix matches. */
  rule?: SuffixRule;
  match: MatchType;
  /** Token range [a, b). */
  a: number;
  b: number;
  start: number;
  end: number;
  dead?: boolean;
  /** Kept only because the site is a health site (`healthContext`): reported as care context. */
  siteOnly?: boolean;
  /** A weak word that counts only beside another one: that other word, as written in the input. */
  pair?: string;
}

/**
 * On a health site (`healthContext`), an ambiguous word of this length or more (`detox`, `rehab`,
 * `infusion`) counts without a context word, as care context (tier 3); shorter entries are
 * abbreviations (`ms`, `ct`, `aud`) and still need their context.
 */
const SITE_WORD_MIN = 5;

/**
 * Character class changes (lower / upper / digit) in a third or more of a long word: base64, hashes,
 * ids. Exported for tests.
 */
export function isOpaque(input: string, word: Word, tokens: readonly Token[]): boolean {
  const { start, end } = word;
  let switches = 0;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    const k = c >= 97 && c <= 122 ? 0 : c >= 65 && c <= 90 ? 1 : c >= 48 && c <= 57 ? 2 : 3;
    if (prev >= 0 && k !== prev) switches++;
    prev = k;
  }
  return switches * 3 >= end - start && !readsAsCamelCase(input, word, tokens);
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isVowel = (c: number): boolean => 'aeiouyAEIOUY'.includes(String.fromCharCode(c));

/**
 * Short camelCase words change case often too (`AddOzempicToCart`). They read as words: each
 * segment is a capitalized or lowercase word (`Add`, `to`, `Rx`, `Http`; one of 5+ letters has a
 * vowel), an acronym of 2–5 capitals (`ADHD`) or its plural (`STDs`) or `A`/`I`, with digits only at its end (`glp1`), and
 * at least half the letters are in words of 3+ letters with a vowel. Random strings fail on lone
 * capitals, digits inside a segment or long consonant runs.
 */
function readsAsCamelCase(input: string, word: Word, tokens: readonly Token[]): boolean {
  let letters = 0;
  let good = 0;
  for (let t = word.firstToken; t < word.firstToken + word.tokenCount; t++) {
    const { start, end } = tokens[t]!;
    let e = end;
    while (e > start && input.charCodeAt(e - 1) >= 48 && input.charCodeAt(e - 1) <= 57) e--;
    const len = e - start;
    if (len === 0) {
      if (end - start > 4) return false; // a number of up to four digits (`2024AnnualReport`)
      continue;
    }
    let uppers = 0;
    let lowers = 0;
    let vowel = false;
    for (let i = start; i < e; i++) {
      const c = input.charCodeAt(i);
      if (isUpperAscii(c)) uppers++;
      else if (isLowerAscii(c)) lowers++;
      else return false; // a digit inside the segment, or a non-ASCII letter
      vowel ||= isVowel(c);
    }
    const first = input.charCodeAt(start);
    const word1 = len >= 2 && (lowers === len || (uppers === 1 && isUpperAscii(first)));
    // An acronym, or its plural (`STDs`, `URLs`: the tokenizer keeps the `s` with the capitals).
    const acronym = (uppers === len && len >= 2 && len <= 5) || (uppers === len - 1 && len >= 3 && len <= 6 && input.charCodeAt(e - 1) === 115);
    const lone = len === 1 && (first === 65 || first === 73); // `A`, `I`
    if (!(word1 && (len < 5 || vowel)) && !acronym && !lone) return false;
    letters += len;
    if (word1 && len >= 3 && vowel) good += len;
  }
  return good > 0 && good * 2 >= letters;
}

/** `cancer2024` → `cancer`; null unless the token is 4+ letters followed by digits only. */
function letterPrefix(low: string): string | null {
  let k = low.length;
  while (k > 0 && low.charCodeAt(k - 1) >= 48 && low.charCodeAt(k - 1) <= 57) k--;
  if (k === low.length || k < 4) return null;
  for (let q = 0; q < k; q++) {
    const c = low.charCodeAt(q);
    if (c < 97 || c > 122) return null;
  }
  return low.slice(0, k);
}

/**
 * Whether an abbreviation at `start` begins a camelCase segment: nothing or a separator before it,
 * or a word before it that is capitalized (`GetED`, `MyPrEP`) or of 3+ lowercase letters
 * (`orderPrEP`); not a stray letter or two (`bED`, `rAIDS`, `neED`). The scan stops at the first
 * character that is not a lowercase letter, and the previous match ends in a capital, so it is linear.
 */
function camelBoundaryBefore(input: string, start: number): boolean {
  let j = start;
  while (j > 0 && isLowerAscii(input.charCodeAt(j - 1))) j--;
  if (j === start) return true;
  return start - j >= 3 || (j > 0 && isUpperAscii(input.charCodeAt(j - 1)));
}

function hasLowerCase(input: string): boolean {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Host names of URLs in the input (`scheme://host` or `www.host`), as sorted [start, end) spans. */
function hostSpans(input: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  // Next occurrences are only searched again once passed, so the scan stays linear.
  let scheme = input.indexOf('://');
  let www = input.indexOf('www.');
  for (;;) {
    if (scheme >= 0 && scheme < from) scheme = input.indexOf('://', from);
    if (www >= 0 && www < from) www = input.indexOf('www.', from);
    if (scheme < 0 && www < 0) break;
    const start = scheme >= 0 && (www < 0 || scheme < www) ? scheme + 3 : www;
    let end = start;
    while (end < input.length) {
      const ch = input.charCodeAt(end);
      if (ch === 47 /* / */ || ch === 63 /* ? */ || ch === 35 /* # */ || ch <= 32 || ch === 34 || ch === 39) break;
      end++;
    }
    if (end > start) spans.push([start, end]);
    from = Math.max(end, start + 1);
  }
  return spans;
}

/** Tokens of allowed terms in the string being classified (`null` when none): they are not context. */
let masked: Uint8Array | null = null;

function windowHas(tokens: readonly Token[], a: number, b: number, list: WordList, skipInside: boolean): boolean {
  const lo = Math.max(0, a - WINDOW);
  const hi = Math.min(tokens.length, b + WINDOW);
  const words = list.words;
  if (words.size) {
    for (let k = lo; k < hi; k++) {
      if ((skipInside && k >= a && k < b) || masked?.[k]) continue;
      const t = tokens[k]!;
      if (words.has(t.norm) || words.has(t.low)) return true;
    }
  }
  if (list.phrases.length) {
    let joined = ' ';
    for (let k = lo; k < hi; k++) joined += masked?.[k] ? '| ' : tokens[k]!.norm + ' ';
    for (const p of list.phrases) if (joined.includes(` ${p} `)) return true;
  }
  return false;
}

function isAllowed(allow: ReadonlySet<string>, c: Cand, input: string): boolean {
  const term = c.entry ? c.entry.term : `-${c.rule!.suffix}`;
  if (allow.has(term.toLowerCase()) || allow.has(input.slice(c.start, c.end).toLowerCase())) return true;
  return c.entry !== null && allow.has(c.entry.key);
}

/** Animals that work for people (`ptsd service dog`, `guide dog`) are not veterinary context. */
const WORKING_ANIMAL = new Set(['service', 'guide', 'assistance', 'support', 'seizure', 'diabetic', 'hearing']);
const WORKING_ANIMALS = new Set(['dog', 'dogs', 'animal', 'horse']);

/**
 * Compounds in which a non-human word names a food, a supplement, a diet, a genealogy, a veterans'
 * centre, a therapy with animals or a person's allergy to an animal, not an animal or plant patient.
 * Singularized tokens.
 */
const HUMAN_COMPOUNDS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const seqs: string[][] = [
    ['family', 'tree'], ['tree', 'nut'], ['tree', 'pollen'], ['category', 'tree'], ['decision', 'tree'],
    ['plant', 'based'], ['fish', 'oil'], ['fish', 'allergy'], ['vet', 'center'],
    ['equine', 'therapy'], ['equine', 'assisted'], ['equine', 'facilitated'],
    ...['animal', 'horse', 'dog', 'pet'].map((w) => [w, 'assisted']),
    // An allergist's test or shots for an allergy to cats or dogs (`dog allergy chews` stay veterinary).
    ...['cat', 'dog', 'pet', 'horse'].flatMap((w) => ['test', 'testing', 'shot', 'immunotherapy', 'panel'].map((x) => [w, 'allergy', x])),
  ];
  const map = new Map<string, string[][]>();
  for (const seq of seqs) for (const w of new Set(seq)) if (NON_HUMAN.has(w)) map.set(w, [...(map.get(w) ?? []), seq]);
  return map;
})();

/** Non-human words that mean something else in a parameter name: `cat` (category), `tree` (hierarchy). */
export const NAME_NOT_NON_HUMAN: ReadonlySet<string> = new Set(['cat', 'tree']);

/** Whether the non-human word at `k` is part of a human compound, or a working animal. */
function humanSense(tokens: readonly Token[], k: number, input: string): boolean {
  const t = tokens[k]!;
  // In a query parameter's name (`?cat=antidepressants`, `prod_cat=`, `category_tree=`) `cat` is a
  // category and `tree` a hierarchy.
  if (NAME_NOT_NON_HUMAN.has(t.norm) && input.charCodeAt(t.end) === 61 /* = */) return true;
  if (k > 0 && WORKING_ANIMALS.has(t.norm) && WORKING_ANIMAL.has(tokens[k - 1]!.low)) return true;
  for (const seq of HUMAN_COMPOUNDS.get(t.norm) ?? []) {
    const at = seq.indexOf(t.norm);
    const from = k - at;
    if (from < 0 || from + seq.length > tokens.length) continue;
    if (seq.every((w, q) => tokens[from + q]!.norm === w)) return true;
  }
  return false;
}

/** Words after `faculty` that make it a post: `Faculty Positions`, `faculty openings`, `faculty search`. */
const FACULTY_POSTS = new Set(['position', 'opening', 'search', 'vacancy', 'recruitment', 'job']);

function nearAny(set: ReadonlySet<string>, tokens: readonly Token[], a: number, b: number, input: string): boolean {
  const lo = Math.max(0, a - WINDOW);
  const hi = Math.min(tokens.length, b + WINDOW);
  for (let k = lo; k < hi; k++) {
    if (k >= a && k < b) continue;
    // Compared singularized and as written: Dutch `studie` and `sollicitatie` fold onto `study` and
    // `sollicitaty` (and English `study`, as in `sleep study`, is no course).
    const t = tokens[k]!;
    if (set.has(t.norm) || (t.low !== t.norm && set.has(t.low))) {
      if (set === NON_HUMAN && humanSense(tokens, k, input)) continue;
      return true;
    }
    if (set === NON_HUMAN && k > 0 && ANIMAL_AFTER.some((x) => x.words.has(t.low) && x.before.has(tokens[k - 1]!.low))) return true;
    if ((set === NON_PATIENT || set === NON_PATIENT_JOBS) && italianJobOffer(tokens, k)) return true;
    // Dutch `werken bij` (work at), the heading of every Dutch careers page (`/werken-bij/huisartsenpost`).
    if (set !== NON_HUMAN && t.low === 'werken' && k + 1 < tokens.length && tokens[k + 1]!.low === 'bij') return true;
    // A university's posts (`Department of Psychiatry - Faculty Positions`); a `faculty practice` sees patients.
    if (set !== NON_HUMAN && t.low === 'faculty' && k + 1 < tokens.length && FACULTY_POSTS.has(tokens[k + 1]!.norm)) return true;
  }
  return false;
}

/** Scratch buffers reused across calls (classification is synchronous, never re-entrant). */
let scratchState = new Uint8Array(256);
let scratchSub = new Uint8Array(256);
let scratchCandAt = new Int32Array(256);
let scratchMask = new Uint8Array(256);
function scratch(n: number): void {
  if (scratchState.length < n) {
    let cap = scratchState.length;
    while (cap < n) cap *= 2;
    scratchState = new Uint8Array(cap);
    scratchSub = new Uint8Array(cap);
    scratchCandAt = new Int32Array(cap);
    scratchMask = new Uint8Array(cap);
  }
  scratchState.fill(0, 0, n);
  scratchSub.fill(0, 0, n);
  scratchCandAt.fill(-1, 0, n);
}

/**
 * Marks the tokens of allowed terms, wherever they occur (`dental` in `Dental Care`), as traps,
 * so nothing matches through them and they are no context; the words around them still count
 * (`dental anxiety`). A camelCase word is compared whole as well (`GlowUp`).
 */
function maskAllowed(tokens: readonly Token[], words: readonly Word[], seqs: ResolvedOptions['allowSeqs'], state: Uint8Array): Uint8Array | null {
  const n = tokens.length;
  let mask: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = words[t.word]!;
    let len = 0;
    if (w.firstToken === i && w.tokenCount > 1 && seqs.get(singularize(w.low))?.some((x) => x.length === 1)) len = w.tokenCount;
    for (const seq of seqs.get(t.norm) ?? []) {
      if (seq.length <= len || i + seq.length > n) continue;
      let k = 1;
      while (k < seq.length && tokens[i + k]!.norm === seq[k]) k++;
      if (k === seq.length) len = seq.length;
    }
    if (!len) continue;
    if (!mask) {
      mask = scratchMask;
      mask.fill(0, 0, n);
    }
    mask.fill(1, i, i + len);
    state.fill(1, i, i + len);
  }
  return mask;
}

/**
 * Whether a phrase walk may skip this token as an article or conjunction the phrase does not have.
 * An accented `é` or `è` folds onto the conjunction `e` but is the verb "is" (Portuguese `o parto é
 * amanhã`, Italian `è`), never a conjunction, so it is not skipped: `parto é amanhã` is not the
 * trap `parto amanhã` (I leave tomorrow). A plain `e` is still skipped (`saúde e beleza`).
 */
function skippable(input: string, t: Token): boolean {
  if (!STOPWORDS.has(t.norm)) return false;
  if (t.low !== 'e') return true;
  const raw = input.slice(t.start, t.end);
  return raw === 'e' || raw === 'E';
}

export function classifyWith(lex: CompiledLexicon, input: string, opts: ResolvedOptions): HealthMatch[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const { tokens, words } = tokenize(input);
  const n = tokens.length;
  if (n === 0) return [];
  scratch(n);
  /** 0 = free, 1 = trap, 2 = matched. */
  const state = scratchState;
  const cands: Cand[] = [];
  /** Index in `cands` of the trie match starting at each token (-1 = none). */
  const candAt = scratchCandAt;

  // Opaque words (base64, hashes, minified names: many camelCase/digit breaks) are skipped.
  for (const w of words) {
    if (w.low.length >= 16 && isOpaque(input, w, tokens)) state.fill(1, w.firstToken, w.firstToken + w.tokenCount);
  }
  masked = opts.allowSeqs.size ? maskAllowed(tokens, words, opts.allowSeqs, state) : null;

  // 1–2. Trie walk, joined forms and whole camelCase words, longest first.
  const hasCamel = words.some((w) => w.tokenCount > 1);
  let i = 0;
  while (i < n) {
    if (state[i] === 1) {
      i++;
      continue;
    }
    let bestLen = 0;
    let bestEntry: Entry | null = null;
    let bestTrap = false;
    let bestMatch: MatchType | null = null;
    let shorterEntry: Entry | null = null;
    let shorterLen = 0;
    let node = lex.root;
    for (let k = i, depth = 0; k < n && depth < lex.maxPhrase && k - i < 2 * lex.maxPhrase && state[k] !== 1; k++) {
      const child = node.next?.get(tokens[k]!.norm);
      if (!child) {
        // Skip an article or conjunction the phrase does not have (`patients and visitors`).
        if (k > i && skippable(input, tokens[k]!)) continue;
        break;
      }
      depth++;
      node = child;
      if (node.trap) {
        bestLen = k - i + 1;
        bestTrap = true;
        bestEntry = null;
      } else if (node.entry) {
        if (bestEntry) {
          shorterEntry = bestEntry;
          shorterLen = bestLen;
        }
        bestLen = k - i + 1;
        bestTrap = false;
        bestEntry = node.entry;
        bestMatch = null;
      }
    }
    if (hasCamel && !bestTrap) {
      // A phrase with a word the input writes in camelCase (`GlowUp Program` for the term
      // `glowup program`): the same walk, each camelCase word taken whole.
      let node = lex.root;
      let joined = false;
      for (let k = i, depth = 0; k < n && depth < lex.maxPhrase && state[k] !== 1; ) {
        const w = words[tokens[k]!.word]!;
        const whole = w.firstToken === k && w.tokenCount > 1;
        const child = node.next?.get(whole ? singularize(w.low) : tokens[k]!.norm);
        if (!child) {
          if (k > i && skippable(input, tokens[k]!)) {
            k++;
            continue;
          }
          break;
        }
        joined ||= whole;
        depth++;
        node = child;
        k += whole ? w.tokenCount : 1;
        if (joined && depth > 1 && k - i > bestLen && (node.trap || node.entry)) {
          bestLen = k - i;
          bestTrap = node.trap;
          bestEntry = node.trap ? null : node.entry;
          bestMatch = null;
          shorterEntry = null;
        }
      }
    }
    const tok = tokens[i]!;
    const word = words[tok.word]!;
    if (word.firstToken === i && word.tokenCount > 1 && word.tokenCount > bestLen) {
      // camelCase split a word the lexicon knows whole (`AFib`, `eGFR`, `MyChart`).
      const whole = singularize(word.low);
      const e = lex.root.next?.get(whole);
      const j = lex.joined.get(whole);
      if (e && (e.trap || e.entry)) {
        bestLen = word.tokenCount;
        bestTrap = e.trap;
        bestEntry = e.trap ? null : e.entry;
        bestMatch = null;
      } else if (j !== undefined) {
        bestLen = word.tokenCount;
        bestTrap = j === 'trap';
        bestEntry = j === 'trap' ? null : j;
        bestMatch = 'phrase';
      }
    }
    if (bestLen <= 1 && !bestTrap) {
      const j = lex.joined.get(tok.norm);
      if (j !== undefined) {
        bestLen = 1;
        bestTrap = j === 'trap';
        bestEntry = j === 'trap' ? null : j;
        bestMatch = 'phrase';
      }
    }
    if (bestLen === 0) {
      // A word with a number glued on (`cancer2024`, `therapy101`, `ozempic05mg` is not split):
      // look up the letters alone, if there are at least four of them.
      const prefix = letterPrefix(tok.low);
      const e = prefix ? lex.root.next?.get(singularize(prefix)) : undefined;
      if (e?.entry && !e.trap && e.entry.match !== 'weak') {
        bestLen = 1;
        bestEntry = e.entry;
      } else {
        i++;
        continue;
      }
    }
    if (bestTrap) {
      state.fill(1, i, i + bestLen);
    } else if (bestEntry && bestLen > 1 && (bestEntry.match === 'ctx' || bestEntry.context !== null)) {
      // A conditional phrase does not consume its tokens: if its context is missing, shorter
      // entries inside it (`allergy` in `allergy medication`) still count. Containment is resolved
      // after the context rules.
      candAt[i] = cands.length;
      cands.push({ entry: bestEntry, match: bestMatch ?? bestEntry.match, a: i, b: i + bestLen, start: tokens[i]!.start, end: tokens[i + bestLen - 1]!.end });
      if (shorterEntry) {
        cands.push({ entry: shorterEntry, match: shorterEntry.match, a: i, b: i + shorterLen, start: tokens[i]!.start, end: tokens[i + shorterLen - 1]!.end });
        if (shorterEntry.match !== 'ctx' && shorterEntry.context === null) state.fill(2, i, i + shorterLen);
        i += shorterLen;
      } else {
        i += 1;
      }
      continue;
    } else if (bestEntry) {
      state.fill(2, i, i + bestLen);
      candAt[i] = cands.length;
      cands.push({ entry: bestEntry, match: bestMatch ?? bestEntry.match, a: i, b: i + bestLen, start: tokens[i]!.start, end: tokens[i + bestLen - 1]!.end });
    }
    i += bestLen;
  }

  // 3. Substring terms inside long words.
  /** Tokens that overlap a substring match (the suffix fallback skips them). */
  const subCovered = scratchSub;
  const nEntries = lex.substrEntries.length;
  for (const word of words) {
    if (word.low.length < 7) continue;
    const a = word.firstToken;
    const b = word.firstToken + word.tokenCount;
    let trapped = false;
    for (let k = a; k < b; k++) if (state[k] === 1) trapped = true;
    if (trapped) continue;
    const hits = lex.substr.search(word.low);
    if (!hits.length) continue;
    // Sweep by start, longest first: drop entry hits inside a guard word (`specialist` ⊃ `cialis`)
    // or inside a longer entry hit (`neurology` ⊃ `urology`).
    hits.sort((x, y) => x.start - y.start || y.end - x.end);
    let guardEnd = -1;
    let entryEnd = -1;
    let ta = a;
    for (const h of hits) {
      if (h.pattern >= nEntries) {
        if (h.end > guardEnd) guardEnd = h.end;
        continue;
      }
      if (h.end <= guardEnd || h.end <= entryEnd) continue;
      // A German compound that starts with an animal or a plant (`Tierpsychologie`, `Hundeschwangerschaft`).
      if (h.start >= 3 && h.start <= 12 && NON_HUMAN_STEMS.has(word.low.slice(0, h.start))) continue;
      entryEnd = h.end;
      const start = word.charStarts ? word.charStarts[h.start]! : word.start + h.start;
      const end = word.charEnds ? word.charEnds[h.end - 1]! : word.start + h.end;
      // Token range of the hit, for context windows.
      while (ta < b - 1 && tokens[ta]!.end <= start) ta++;
      let tb = ta + 1;
      while (tb < b && tokens[tb]!.start < end) tb++;
      // Already covered by token-level matches?
      let covered = true;
      for (let k = ta; k < tb; k++) if (state[k] !== 2) covered = false;
      if (covered) continue;
      for (let k = ta; k < tb; k++) subCovered[k] = 1;
      cands.push({ entry: lex.substrEntries[h.pattern]!, match: 'substr', a: ta, b: tb, start, end });
    }
  }

  // 4. Case-sensitive abbreviations on the raw string. In an all-caps string (`ED_EDITION_SELECTED`)
  // case says nothing, so they are left to their context-dependent lower-case entries.
  if (lex.abbrCs && hasLowerCase(input)) {
    const re = lex.abbrCs;
    re.lastIndex = 0;
    let mm: RegExpExecArray | null;
    let ti = 0;
    while ((mm = re.exec(input)) !== null) {
      const start = mm.index;
      const end = start + mm[0].length;
      if (!camelBoundaryBefore(input, start)) continue;
      while (ti < n && tokens[ti]!.end <= start) ti++;
      let tj = ti;
      while (tj < n && tokens[tj]!.start < end) tj++;
      let trapped = false;
      for (let k = ti; k < tj; k++) if (state[k] === 1) trapped = true;
      if (trapped || tj === ti) continue;
      const entry = lex.abbrCsEntries.get(mm[0]);
      if (!entry) continue;
      // Replace a lowercase (context-dependent) match of the same tokens.
      const prev = candAt[ti];
      if (prev !== undefined && prev >= 0) {
        const x = cands[prev]!;
        if (x.b <= tj && x.entry && x.entry.term.toLowerCase() === entry.term.toLowerCase()) x.dead = true;
      }
      cands.push({ entry: { ...entry, context: null }, match: 'abbr_cs', a: ti, b: tj, start, end });
      for (let k = ti; k < tj; k++) state[k] = 2;
    }
  }

  // 5. Medical-suffix fallback for unmatched tokens.
  for (let k = 0; k < n; k++) {
    if (state[k] !== 0 || subCovered[k]) continue;
    const t = tokens[k]!;
    const w = t.norm;
    if (w.length < 7) continue;
    for (const rule of SUFFIXES) {
      if (w.length >= rule.suffix.length + 4 && w.endsWith(rule.suffix) && !lex.suffixGuards.has(w) && !lex.suffixGuards.has(t.low)) {
        cands.push({ entry: null, rule, match: 'suffix', a: k, b: k + 1, start: t.start, end: t.end });
        break;
      }
    }
  }

  // 6. Context rules.
  const survivors: Cand[] = [];
  const conditional: Cand[] = [];
  const weak: Cand[] = [];
  for (const c of cands) {
    if (c.dead) continue;
    const e = c.entry;
    // Allowed terms are removed before they can serve as context for other entries.
    if (opts.allow.size && isAllowed(opts.allow, c, input)) continue;
    if (e?.exclude && windowHas(tokens, c.a, c.b, e.exclude, false)) continue;
    if (nearAny(NON_HUMAN, tokens, c.a, c.b, input)) continue;
    const tier = e ? e.tier : 2;
    // A job posting or a course names a field of work (`psychiatric nurse jobs`), not a patient's;
    // a posting names a care setting as a workplace (`Counseling Center Jobs`).
    if ((tier === 3 || e?.category === 'specialty' || e?.facet === 'specialty') && (nearAny(NON_PATIENT, tokens, c.a, c.b, input) || forPractitioners(tokens, c.a, c.b) || providerSide(tokens, c.a, c.b))) continue;
    if (e?.facet === 'care_setting' && nearAny(NON_PATIENT_JOBS, tokens, c.a, c.b, input)) continue;
    if (!e) {
      survivors.push(c);
      continue;
    }
    if (e.match === 'weak') weak.push(c);
    else if (e.match === 'ctx' || (e.context && c.match !== 'abbr_cs')) conditional.push(c);
    else survivors.push(c);
  }
  const strong = survivors.some((c) => (c.entry ? c.entry.tier : 2) <= 2);
  const weakCount = new Set(weak.map((c) => c.entry!.key)).size;
  const weakCounts = opts.healthContext || weakCount >= 2;
  const siteOnly: Cand[] = [];
  for (const c of conditional) {
    const e = c.entry!;
    if (
      strong ||
      (e.context && windowHas(tokens, c.a, c.b, e.context, true)) ||
      windowHas(tokens, c.a, c.b, GLOBAL_CONTEXT, true) ||
      (opts.healthContext && weak.length > 0)
    ) {
      survivors.push(c);
    } else if (opts.healthContext && e.match === 'ctx' && c.match !== 'abbr_cs' && c.end - c.start >= SITE_WORD_MIN) {
      siteOnly.push({ ...c, siteOnly: true });
    }
  }
  // Site-only matches never displace a match that stands on its own (`detox` with its context word).
  for (const c of siteOnly) if (!survivors.some((x) => x.start < c.end && c.start < x.end)) survivors.push(c);
  if (weakCounts) {
    for (const c of weak) {
      const other = opts.healthContext ? undefined : weak.find((o) => o.entry!.key !== c.entry!.key);
      survivors.push(other ? { ...c, pair: input.slice(other.start, other.end) } : c);
    }
  }

  // Drop matches lying inside a longer surviving match (a conditional phrase that found its context).
  survivors.sort((x, y) => x.start - y.start || y.end - x.end);
  let coverEnd = -1;
  const kept: Cand[] = [];
  for (const c of survivors) {
    if (c.end <= coverEnd && kept.length && kept[kept.length - 1]!.end - kept[kept.length - 1]!.start > c.end - c.start) continue;
    if (c.end > coverEnd) coverEnd = c.end;
    kept.push(c);
  }

  const hosts = hostSpans(input);
  const out: HealthMatch[] = [];
  let hi = 0;
  for (const c of kept) {
    const e = c.entry;
    let tier: Tier = e ? e.tier : 2;
    // A match inside a URL's host name (`mentalhealthcenter.org`) says which site this is, not what
    // the visitor has: it is reported as care context (tier 3).
    while (hi < hosts.length && hosts[hi]![1] <= c.start) hi++;
    const inHost = hi < hosts.length && hosts[hi]![0] <= c.start && c.end <= hosts[hi]![1];
    if (inHost || c.siteOnly) tier = 3;
    if (tier > opts.minTier) continue;
    const text = input.slice(c.start, c.end);
    const term = e ? e.term : `-${c.rule!.suffix}`;
    out.push({
      term,
      text,
      // Kept only because of the site (`/detox` on a health site): care context, as its tier says.
      category: inHost || c.siteOnly ? 'care_context' : e ? e.category : c.rule!.category,
      tier,
      facet: inHost ? 'care_setting' : e ? e.facet : c.rule!.facet,
      match: c.match,
      lang: e ? e.lang : 'en',
      start: c.start,
      end: c.end,
      ...(c.pair === undefined ? {} : { with: c.pair }),
    });
  }
  // Most sensitive first; within a tier, a term that needs no context (`ozempic`) is better
  // evidence than one that needed its neighbours (`refill request`).
  out.sort((x, y) => x.tier - y.tier || Number(x.match === 'ctx') - Number(y.match === 'ctx') || x.start - y.start || y.end - x.end);
  return out;
}
