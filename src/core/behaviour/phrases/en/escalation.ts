// Escalation in English, as structure rather than examples: an act of recommending or handing
// off (with its inflections) followed, within a few words, by an agent: a person, profession,
// team, service, hotline or channel. Vocabularies follow the kinds of help people are referred to
// (health, mental health, law, money, public services, product support), not any data set.
import { alternationByFirstLetter } from '../../match';
import type { EscalationPhrases } from '../types';

/** A qualification before the noun it qualifies ("a licensed plumber"). */
const QUALIFICATION = '(?:professional|expert|qualified|licensed|certified|trained|registered|accredited|experienced)';
/** Words after a qualification that are no noun: "an experienced and motivated…" names no one (en-2026.12zq). */
const NOT_A_NOUN = 'and|or|but|nor|in|at|on|with|for|to|from|of|the|enough|than|as|who|that';
/** An organisation's own people: one hires "experienced staff" to run a business, not to be helped (en-2026.12zq). */
const OWN_PEOPLE = 'staff|employees?|workers?|people|personnel|members?|hires?|candidates?|applicants?|volunteers?|interns?';
/** Nouns that make a qualification or an agent noun before them name a thing, not a person: "professional development",
 *  "support groups" as a modifier ("…support group settings"). Read by PHRASE_END and by the exception for a qualification of
 *  a thing. */
const THING_NOUNS = "development|settings?|context|world|life|environment|field|career|level|standards?|ethics|conduct|manner|way|tone|appearance|attire|experience|training|courses?|skills?|networks?|networking|certifications?|associations?|organi[sz]ations?|bodies|body";
/** Pieces of work a qualification describes, not a person: "a professional task", "your emails more professional"
 *  (en-2026.12zzzzzz22). Read by PHRASE_END and by the exception for a qualification of a thing. */
const WORK_NOUNS = 'tasks?|projects?|matters?|documents?|e-?mails?|duties';
const QUALIFIED = `${QUALIFICATION} (?!(?:${NOT_A_NOUN})\\b)[a-z]{3,}`;
const QUALIFIED_PROFESSIONAL = `${QUALIFICATION} (?!(?:${NOT_A_NOUN}|${OWN_PEOPLE})\\b)[a-z]{3,}`;
/** Services as whom one turns to, not what a business sells ("the brand and its products or services will help drive
 *  engagement": en-2026.12zzzzzz22). */
const SERVICES = 'services(?<!\\bproducts? (?:and|or) (?:its |their |our |your )?services)';
/** Who or what a user can be handed to. Plurals are added by the pattern (`s?`). */
const AGENT_NOUNS = [
  // health
  'doctor', 'physician', 'GP', 'general practitioner', 'family doctor', 'primary care (?:doctor|physician|provider)', 'paediatrician', 'pediatrician',
  'dermatologist', 'cardiologist', 'neurologist', 'gynaecologist', 'gynecologist', 'obstetrician', 'endocrinologist', 'oncologist', 'allergist', 'urologist',
  'surgeon', 'specialist', 'pharmacist', 'nurse', 'midwife', 'health visitor', 'dentist', 'orthodontist', 'podiatrist', 'optometrist', 'ophthalmologist', 'dietitian', 'dietician', 'nutritionist',
  'physio(?:therapist)?', 'physical therapist', 'occupational therapist', 'speech therapist', 'chiropractor', 'vet', 'veterinarian', 'toxicologist',
  'clinician', 'prescriber', 'prescribing (?:doctor|physician|clinician)', 'practitioner', 'clinic', 'hospital', 'emergency room', 'ER', 'A&E', 'urgent care(?: clinic| centre| center)?', 'emergency department',
  '(?:healthcare|health care|medical|mental health|health) (?:provider|professional|practitioner|team|expert|specialist|services?|worker|authorit(?:y|ie))',
  'care team', 'poison control(?: cent(?:er|re))?',
  // the council's service for strays and nuisance animals (en-2026.12zzzzzz19)
  'animal control(?: (?:officers?|services?|department|agency))?', 'poison (?:centre|center|helpline)',
  // mental health and crisis
  'therapist', 'counsell?or', 'psychologist', 'psychiatrist', 'psychotherapist', 'social worker', 'case worker', 'caseworker',
  'hotline', 'helpline', 'help line', 'crisis (?:line|centre|center|team|service|counsell?or|text line)', 'counsell?ing (?:service|centre|center|team)', 'lifeline', 'Samaritans', 'support group',
  'suicide prevention (?:line|lifeline|hotline|service)', 'school counsell?or',
  // the informal sources of help-seeking research (Rickwood et al. 2005) when named as someone the user
  // trusts; "talk to your friends or family" alone is support, not a referral (RBR's labels agree)
  'trusted (?:friend|adult|person|family member|relative|teacher|colleague|mentor|individual|source)',
  '(?:someone|somebody|a person|people|an adult) (?:you trust|you feel (?:safe|comfortable) with|close to you)',
  // law and public services
  'lawyer', 'attorney', 'solicitor', 'tribunal', '(?:community |family )?mediation service', 'barrister', 'paralegal', 'notary', 'mediator', 'ombudsman', 'legal (?:counsel|professional|expert|advisor|adviser|aid(?: office| society)?|clinic|services?)',
  'Citizens Advice(?: Bureau)?', 'police', 'law enforcement', 'authorities', 'fire department', 'fire brigade', 'emergency services', 'ambulance', 'embassy', 'consulate', 'regulator',
  'child protective services', 'adult protective services', 'consumer protection (?:agency|office)',
  // money
  'financial (?:advisor|adviser|planner|professional|expert|counsell?or)', 'accountant', 'auditor', 'CPA',
  // who edits a manuscript, hired or worked with ("hire an editor", "a book editor"), or who will act ("an editor will check it"):
  // "choose an editor" may be a program for text;
  // where plants are raised and sold, named as such (a child's nursery is not) (en-2026.12zzzzzz21, narrowed in zzzzzz23)
  'editor(?<=\\b(?:hir(?:e|es|ed|ing)|pay(?:s|ing)?|work(?:s|ing)? with|engag(?:e|es|ed|ing)) (?:an? |the |your )?(?:[a-z-]+ )?editor)', 'editor(?= (?:will|can|could|may|would|should)\\b| ?$)', '(?:book|manuscript|copy|developmental|freelance|line) editor',
  '(?:garden|plant|local|tree) nurser(?:y|ies)(?! (?:rhymes?|schools?|rooms?|furniture|decor|staff|nurses?)\\b)',
  'enrolled agent', 'credit counsell?or', 'bank', 'insurer', 'insurance (?:company|provider|agent)', 'broker',
  // expertise in general
  'professional', 'expert', 'advisor', 'adviser', 'consultant', 'historian', 'scholar', 'educator', 'teacher', 'tutor', 'librarian',
  'coach', 'mentor', 'lecturer', 'professor', '(?:lab |laboratory )?demonstrator', '(?:module|course) (?:leader|convenor|coordinator)', 'claims? (?:handler|adjuster|assessor|desk)', 'loss adjuster', 'pastor', 'priest', 'rabbi', 'imam', 'clergy', 'spiritual (?:advisor|adviser|leader)', 'chemist', 'engineer', 'electrician',
  'plumber', 'mechanic', 'technician', 'locksmith', 'contractor', 'inspector', 'geologist', 'ethicist',
  // who designs a building, and the companies that sell a home its energy (en-2026.12zzzzzz18)
  'architect', '(?:energy|electricity|gas|water|power|utility|utilities) (?:supplier|company)',
  // the trades a house and its papers are handed to, and the retailer a faulty thing goes back to (en-2026.12zzzzzz9)
  'surveyor', 'roofer', 'handyman', 'tradesperson', 'conveyancer', 'retailer',
  // whoever lets the room or runs the event, who alone knows what the user asks ("ask the host directly for the address"), asked
  // or contacted as a person: a computer is connected to, sent to or pinged, and a host machine or function is no one
  // (en-2026.12zzzzzz21, narrowed in zzzzzz23)
  'host(?<=\\b(?:ask(?:s|ed|ing)?|contact(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|check(?:s|ed|ing)? with|(?:speak(?:s|ing)?|spoke|talk(?:s|ed|ing)?) (?:to|with)|reach(?:es|ed|ing)? out to|(?:get(?:s|ting)?|got) in touch with) (?:the|your|their) (?:[\\w-]+ )?host)(?! (?:functions?|machines?|names?|systems?|OS|computers?|servers?|address(?:es)?|files?)\\b)',
  // a school's or a building's administration, the office that decides for it (en-2026.12zzzzzz21)
  '(?:school|college|university|building|hospital|company|clinic) administration',
  // where a broken thing is taken (en-2026.12zzzzzz11: "take it to a repair shop or the manufacturer's service centre")
  'repair (?:shop|cent(?:re|er))',
  // a car's dealer, a garage (not its door, nor a sale), breakdown cover (en-2026.12zzzzzz14)
  'dealer(?:ship)?', 'garage(?! (?:doors?|sales?|floors?|roofs?|walls?|space|conversions?|gyms?|bands?|rock)\\b)', 'breakdown (?:cover|service|recovery|provider|company)',
  // a rights or advice group named by whom it serves ("a local tenants' rights organisation") (en-2026.12zzzzzz14)
  '(?:tenants?[\\x27’]?|renters?[\\x27’]?|housing|consumer|patients?[\\x27’]?|advocacy|advice|legal) (?:rights )?(?:organi[sz]ation|association|union)',
  // product and workplace support
  'support (?:team|staff|agent|representative|desk|line|services?|group|worker|specialist)', 'customer (?:service|support|care)(?: team| representative| line)?', 'help ?desk', 'service desk',
  // a maker's own repair counter (en-2026.12zzzc: "take it to an Apple Store")
  'Apple Store', 'Genius Bar',
  // the IT department, never the pronoun: the rules match case-insensitively, so bare "IT" would be "it"
  'IT (?:department|team|support|administrator|admin|helpdesk|help desk)', '(?:system |network |database )?administrator', 'admin', 'DBA', 'SRE', 'on-call(?: engineer| team)?', 'infra', '(?:data|code|product|service) owner',
  'human(?: agent| being| representative)?', 'agent', 'representative', 'rep', 'supervisor', 'manager', 'moderator', 'colleague', 'co-?worker', 'staff', 'officer',
  // safety services of the sea and hills, a school's special-needs lead, an event's coordinator (en-2026.12zzzzzz7)
  'coast ?guard', 'harbou?r ?master', 'mountain rescue', 'lifeguard', 'SENCO', 'SENDCO', '(?:venue|wedding|event|SEN|special (?:educational )?needs|disability|accessibility) co-?ordinator',
  '(?:drug|alcohol|addiction|bereavement|parenting|youth|stop[- ]smoking|sexual health|drug[- ]checking) service', '(?:adult |children[\\x27’]s )?social (?:care|services)',
  // a practice named by its kind, a first-aid post, a workplace's counselling line, the casualty department (en-2026.12zzzzzz9)
  '(?:GP|doctor[\\x27’]s|dental|dentist[\\x27’]s|vet(?:erinary)?|vet[\\x27’]s|medical) (?:practice|surgery)', '(?:medical|first[- ]aid|welfare) (?:tent|post|station|point)',
  'employee assistance program(?:me)?', '(?:eye )?casualty(?: department)?',
  // whoever does the job for the user ("ask whoever prepares your return", "book a review with whoever prescribes it")
  'whoever [a-z]+(?:es|s|ed)\\b',
  'principal', 'head ?teacher', 'dean', 'registrar', 'ranger', '(?:tour|mountain|local|wilderness|fishing|hunting) guide', 'instructor', 'trainer', 'behaviou?rist', 'HR', 'human resources', 'union(?: rep(?:resentative)?)?',
  // an organisation's own help line named through it: "the manufacturer's support", "your bank's fraud department" (en-2026.12zzj)
  "(?:manufacturer|bank|insurer|landlord|employer|airline|carrier|provider|school|university|doctor|GP|vet|dentist)[\\x27’]s (?:support(?: team| line)?|customer (?:service|support)|office|helpline|hotline|help ?desk|service desk|(?:fraud|claims|billing|security) (?:team|department|line|desk)|after-hours line)",
  // a team or office named through its organisation, whatever its remit ("your local council's private housing team", "your
  // university's student support office") (en-2026.12zzzzzz13)
  "(?:council|local authority|authority|school|university|uni|college|company|employer|workplace|hospital|practice|surgery|city|county|state|airline|insurer|bank|landlord|letting agent|provider|manufacturer|trust)[\\x27’]s (?:[\\w-]+ ){0,5}?(?:team|department|office|unit|service|services|line|desk)",
  // a firm named by the service it sells ("a reputable security firm", "a law firm") (en-2026.12zt)
  // pest control called by its name ("call pest control": en-2026.12zzzzzz16)
  'pest control(?: service)?', '(?:law|legal|security|cybersecurity|accounting|audit(?:ing)?|consulting|engineering|tax|pest control|cleaning|moving|removals?|recruitment|staffing) (?:firm|company|agency)',
  'team', 'department', 'office', 'council', '(?:government |state |federal |local |relevant )?(?:agency|agencies|authority)', 'provider', 'manufacturer', 'landlord', 'employer', 'institution', SERVICES,
  '(?:mental health|emotional|crisis|peer|professional) support', '(?:advice|support|debt|legal|mental health|health) charit(?:y|ies)', '(?:careers?|advice|welfare|wellbeing) service',
  // professions by their endings (biologist, technician, psychiatrist) and by their qualification (a licensed plumber)
  '[a-z]+(?:ologist|ician|iatrist)', QUALIFIED,
  '(?:people|individuals|someone|somebody|those|others) (?:who|that) (?:speciali[sz]e|are (?:trained|qualified|experts?|licensed|professionals))',
  '(?:people|someone|somebody|a person) with (?:[\\w-]+ ){0,2}?(?:expertise|qualifications|credentials|training)',
];
/** Agents that are an organisation's own people or parts, not a profession: hiring them runs a business ("hire more staff"). */
const ORGANISATION_ROLES = new Set(['team', 'department', 'office', 'council', SERVICES, 'provider', 'employer', 'institution', 'staff', 'human(?: agent| being| representative)?',
  'agent', 'representative', 'rep', 'supervisor', 'manager', 'moderator', 'colleague', 'co-?worker', 'officer', 'admin']);
/** An agent noun ends its noun phrase: "a professional chemist" reaches "chemist", and "professional
 *  sports" or "support groups" used as modifiers of another noun are no agent. */
const PHRASE_END = `(?! (?:sports?|athletes?|${THING_NOUNS}|look|reasons?|purposes?|uses?|advice|help|guidance|support|care|attention|judge?ment|opinions?|${WORK_NOUNS}|writers?|photographers?|equipment|tools?|software|page|website|site|portal|app|stores?|shops?|meetings?|part(?:y|ies)|buildings?|menus?|tabs?)\\b)(?![\\w\\x27’-])`;
export const AGENT = `${alternationByFirstLetter(AGENT_NOUNS)}(?:e?s)?${PHRASE_END}`;
/** A profession or expert, the agents one hires, engages or retains (en-2026.12zq). */
const PROFESSION = `${alternationByFirstLetter(AGENT_NOUNS.filter((noun) => !ORGANISATION_ROLES.has(noun)).map((noun) => (noun === QUALIFIED ? QUALIFIED_PROFESSIONAL : noun)))}(?:e?s)?${PHRASE_END}`;
/** An agent noun that ends a text ("…a licensed therapist "), tried at its last few words. */
// a particle may follow the agent before its verb: "getting a licensed roofer out to inspect it" (en-2026.12zzj)
export const AGENT_BEFORE = `${alternationByFirstLetter(AGENT_NOUNS)}(?:e?s)? (?:(?:out|in|over|round|around) )?$`;

/** What is booked with someone: "an appointment", "a session", "a consultation" (en-2026.12za). */
const APPOINTMENT = '(?: an? (?:\\w+ )?(?:appointment|session|consultation|visit|check-?up|repair|service|inspection|assessment|review|follow-?up|call))?';
/** What is handed or gone through with someone: a pronoun, or a noun phrase of up to three words after one of `determiners`
 *  ("send the final budget to…", "go through the result with…"). */
const HANDED = (determiners: string): string => `(?:it|this|that|them|${determiners} (?:[\\w\\x27’-]+ ){0,2}?[\\w\\x27’-]+)`;
/** Looking something up, recommended rather than a person: "recommended checking multiple suppliers or retailers". */
const LOOKING_UP = '(?:checking|comparing|researching|reading|reviewing|browsing|shopping|looking|searching|using|buying)\\b';
/** Acts of recommending, consulting or handing off, with their inflections. */
const ACTS = [
  // someone recommended as such ("I'd recommend a fee-only planner", "gently suggest a pet loss support group"), not a claim
  // ("psychologists suggest that the human brain…") (en-2026.12zzzzzz18)
  // nor looking something up ("it is recommended checking multiple suppliers or retailers": en-2026.12zzzzzz22, narrowed in
  // zzzzzz23 to these verbs: "suggest bringing it to your manager" still recommends the manager)
  `recommend(?:s|ed|ing)?(?! that\\b)(?! ${LOOKING_UP})`, `suggest(?:s|ed|ing)?(?! that\\b)(?! ${LOOKING_UP})`,
  // "contact information for customer service" and "make your email(s) more professional" name no act (en-2026.12zzzzzz22,
  // the singular in zzzzzz23)
  'consult(?:s|ed|ing)?(?: with)?', 'see(?:s|ing)?', 'visit(?:s|ed|ing)?', 'contact(?:s|ed|ing)?(?! (?:information|info|details|numbers?|forms?|pages?|lists?|points?)\\b)', 'call(?:s|ed|ing)?', 'phon(?:e|es|ed|ing)',
  'e-?mail(?:ed|ing)?(?<!\\b(?:a|an|the|your|this|that|my|our|their|his|her|each|every|any) e-?mail)', 'e-?mails(?= (?:a|an|the|your|their|his|her|them|him|us)\\b)', `sen(?:ds?|ding|t) ${HANDED('(?:the|your|a|an|my|our)')} to`, 'open(?:s|ed|ing)? (?:a |an )?(?:ticket|case|issue|incident|request|[a-z]+-\\d+) with', 'pag(?:ed|ing)', 'reach(?:es|ed|ing)? out(?: to)?', 'talk(?:s|ed|ing)? (?:(?:it|this|that|things) (?:through|over) )?(?:to|with)', 'speak(?:s|ing)? (?:to|with)', 'spoke (?:to|with)',
  'check(?:s|ed|ing)?(?: in)? with',
  // the plan or the figures checked with someone ("check this plan with your midwife", "double-check the figures with your payroll provider")
  `(?:check|confirm|verify)(?:s|ed|ing)? ${HANDED('(?:the|your|this|these|those|my|our|any)')} with`,
  // the work put before someone ("get it reviewed by someone with cryptography expertise")
  '(?:get|have)(?:s|ting|ing)? (?:it|this|that|them|(?:the|your) (?:[\\w-]+ ){0,2}?[\\w-]+) (?:reviewed|checked|looked at|looked over|inspected|assessed|audited|examined|evaluated|signed off|verified) by', 'discuss(?:es|ed|ing)? (?:\\w+ ){0,5}?with', 'rais(?:e|es|ed|ing) (?:it |this |that |the (?:\\w+ ){0,2}?|your (?:\\w+ ){0,2}?)(?:formally |officially |directly |informally )?with', 'rais(?:e|es|ed|ing) an? (?:[\\w-]+ )?(?:query|complaint|ticket|grievance|dispute|case|concern) with', 'bring (?:it|this|that) (?:up )?(?:to|with)', 'confer(?:ring)? with', 'ask(?:s|ed|ing)?', 'seek(?:s|ing)?(?: out)?', 'sought', 'get(?:s|ting)? in touch with', 'turn(?:s|ed|ing)? to',
  'go(?:es|ing)? (?:straight |directly |back )?to', `go(?:es|ing)? (?:through|over) ${HANDED('(?:the|your|these|those)')} with`, 'head(?:ing)? to',
  // "pop down to urgent care" (en-2026.12zzzzzz15)
  'pop(?:s|ping)? (?:down |over |round |along |in )?(?:to|into)', 'get(?:s|ting)? (?:yourself |them |him |her |it |this |that |(?:the|your) [\\w-]+ )?(?:to|into)',
  // sitting down with one ("it's worth sitting down with a fee-only planner": en-2026.12zzzk)
  'sit(?:s|ting)? down with', 'hav(?:e|ing) a (?:quick |quiet )?(?:word|chat) with',
  // a pet, a car or a person taken to someone ("take her to the vet", "take your car to a mechanic") (en-2026.12zzj)
  'tak(?:e|es|ing) (?:it|her|him|them|this|that|(?:your|the) [\\w-]+)(?: in| back)? to',
  // being taught by someone ("take lessons from a teacher", "taking a course with a certified instructor") (en-2026.12zzzzzz18)
  'tak(?:e|es|ing) (?:a few |some |private |regular )?(?:lessons?|classes|a class|a course|sessions?) (?:from|with)',
  // and learning a skill from them ("a knife skills class to learn proper techniques from professionals") (en-2026.12zzzzzz21)
  'learn(?:s|ing)? (?:the |proper |correct |basic |safe |good )?(?:techniques?|skills?|basics|ropes|craft|trade|methods?|form) from',
  // a thing shown to someone, a job left to them ("show it to your GP", "leave it to a pest control company") (en-2026.12zzzzzz14)
  `show(?:s|ed|ing)? ${HANDED('(?:the|your|any)')} to`, 'leav(?:e|es|ing) (?:it|this|that|them|the (?:job|work|rest|repair)) to', 'tow(?:s|ed|ing)? (?:it |this |that |(?:your|the) [\\w-]+ )?to', 'request(?:s|ed|ing)? (?:a |an )?(?:review|sign-?off|approval|audit|second opinion|opinion) from', '(?:session|consultation)s? with', `book(?:ing)?${APPOINTMENT} with`, 'mak(?:e|es|ing) an appointment with', 'get(?:s|ting)? an? (?:\\w+ )?(?:appointment|consultation|check-?up) with',
  // booked in with or registered with ('book in with your GP', 'register with the disability services office') (en-2026.12zzzs)
  // approval got from someone who decides ("get written sign-off from your manager and HR": en-2026.12zzzzzz7)
  'get(?:s|ting)? (?:written |formal |explicit |prior )?(?:sign-?off|approval|permission|the go-ahead|the green light|the all-clear|the OK|clearance) from',
  // putting the case in writing to someone, or a complaint (en-2026.12zzzzzz9: "write to your landlord", "complain to the council")
  'writ(?:e|es|ing) (?:(?:a |an )?(?:letter|complaint|email|e-mail) )?to', 'wrote (?:(?:a |an )?(?:letter|complaint|email|e-mail) )?to', 'complain(?:s|ed|ing)? to',
  // a business registered with someone, a charge disputed with them (en-2026.12zzzzzz15: "register your food business with the
  // council's environmental health team", "dispute it directly with your card provider")
  'book(?:s|ed|ing)? (?:(?:him|her|them|yourself|it) )?in with', `register(?:s|ed|ing)? (?:${HANDED('(?:the|your)')} )?with`, 'disput(?:e|es|ed|ing) (?:it|this|that|them|the (?:\\w+ ){0,2}?\\w+) (?:directly |formally )?with',
  // a meeting asked for, an hour worth spending with someone (en-2026.12zzzzzz8)
  'ask(?:s|ed|ing)? for (?:a |an )?(?:meeting|appointment|call|chat|word|referral) (?:with|to)', 'worth (?:(?:paying for|booking|spending) )?(?:an hour|half an hour|a (?:(?:quick|short|brief|confidential|free),? )*(?:session|chat|call|conversation|meeting|consultation)|an appointment) with',
  // confiding hands the problem to someone too ("confide in a trusted adult"); telling is below (DIRECT_ACTS); an appeal to a
  // tribunal and leaning on someone you trust are turning to someone too (en-2026.12zzzzzz13)
  'confid(?:e|es|ing) in', 'appeal(?:s|ed|ing)? to', 'lean(?:s|ing)? on', 'open(?:s|ing)? up to', 'involv(?:e|es|ing)', 'mention(?:s|ing)? (?:it |this |that |them |these |those )?to', 'run(?:s|ning)? (?:it|this|that|them|(?:the|your|these|those|my) (?:[\\w-]+ ){0,3}?[\\w-]+) (?:by|past)',
  // what is reported may be named ("report the pothole to the council": en-2026.12zzzzzz15; a job's duties written the same way are
  // read as that role's, escalation.ts)
  `schedul(?:e|ing)${APPOINTMENT} with`, 'notif(?:y|ies|ied|ying)', 'alert(?:s|ed|ing)?', `report(?:s|ed|ing)? (?:${HANDED('(?:the|your|any)')} )?to`, 'report(?:ing)? [\\w-]+ (?:[\\w-]+ )?to',
  'file (?:a |an )?(?:[\\w-]+ )?(?:report|complaint|claim|grievance|dispute) with', 'refer(?:s|red|ring)? (?:you |them |him |her |this |it |(?:your|the) (?:\\w+ ){0,2}?)?(?:back )?to', 'connect(?:s|ed|ing)? (?:you |them )?(?:with|to)', 'ring(?:s|ing)?(?: up)?', '(?:set(?:s|ting)? up|arrang(?:e|es|ing)) (?:a |an )?(?:meeting|call|appointment|time to talk) with', 'flag(?:s|ged|ging)? (?:it |this |that |the (?:\\w+ ){0,2}?)?(?:up )?(?:to|with)',
  'escalat(?:e|es|ed|ing)(?: (?:this|it|that|(?:your|the|my) (?:\\w+ )?\\w+))?(?: to)?', 'transfer(?:s|red|ring)? (?:you |this |it |your (?:\\w+ ){0,2})?(?:now |right now |directly )?to(?: (?:a |one )?members? of)?', 'put(?:ting)? you through to',
  'hand(?:s|ed|ing)? (?:this |it |you |your (?:\\w+ ){0,2})?(?:over |off )?to',
  // something handed over to an authority: "turn it in to the police", "surrender the weapon to police" (en-2026.12zq), "turn
  // found money into the police" as it is often written (en-2026.12zzzzzz19)
  '(?:turn(?:s|ed|ing)?|hand(?:s|ed|ing)?) (?:it|this|that|them|(?:the|your|found|lost) (?:\\w+ ){0,2}?\\w+) (?:in ?|over )to', 'surrender(?:s|ed|ing)? (?:it |this |that |them |(?:the|your) (?:\\w+ ){0,2}?)?to', 'pass(?:es|ed|ing)? (?:this |it |your (?:\\w+ ){0,2})?(?:on |along |over )?to', `pass(?:es|ed|ing)? ${HANDED('(?:the|these|those|all the)')} (?:on |along |over )?to`,
  'forward(?:s|ed|ing)? (?:[\\w\\x27’-]+ ){0,3}?to', `book(?:s|ed)${APPOINTMENT} with`, `schedul(?:es|ed)${APPOINTMENT} with`, 'loop(?:s|ed|ing)? in', 'get(?:ting)? (?:help|advice|support|guidance|input|an opinion|a (?:second )?opinion) from',
  // a survey or inspection got from someone ("get a full structural survey from a qualified surveyor") (en-2026.12zzzzzz13)
  'get(?:s|ting)? (?:an? |the |your )?(?:[\\w-]+ ){0,2}?(?:survey|inspection|valuation|diagnosis|check-?up|quote|estimate) (?:done )?(?:from|by)',
  '(?:seek|get|find|ask for|obtain)(?:s|ing|ting)? (?:\\w+ ){0,2}(?:help|advice|guidance|support|care|assistance|treatment|counsell?ing|input|an opinion|a (?:second )?opinion|an evaluation|an assessment) (?:from|of)',
];

const DETERMINER = '(?:a|an|the|your|our|my|some|someone|somebody|their|his|her)';
/** A word between an act and its agent (no number: "a case involving 200 doctors" counts people). */
const WORD = '(?!\\d)[\\w\\x27’&-]+';
/** A word of a list's item: no preposition or conjunction, so an item is a noun phrase, not a clause. */
const ITEM_WORD = `(?!(?:with|to|of|for|in|on|at|by|from|about|and|or|that|which|who|what|why|how|when|where|i|you|he|she|it|we|they|me|him|us|them|yourself)\\b)${WORD}`;
const ITEM = `(?:an? |the |your |my )?(?:${ITEM_WORD} )?${ITEM_WORD}`;
/** The items of a list before its last, the agent, where people are asked or consulted: "ask friends, family, or ", "consult
 *  reliable sources, such as nutrition databases or ", "seek feedback from beta readers, writing groups, or " (two items at least,
 *  joined by commas and a last "or" or "and"; a comma alone may end a clause) (en-2026.12zzzzzz21). The act is looked back at
 *  only once a first item and its comma are read (at every act, the look back cost more than the list finds), and must stand
 *  right before that item; an item is a short noun phrase, not a clause ("I asked my friend, she laughed, and the doctor…"),
 *  and after the last "or" or "and" only a determiner and one word may come before the agent ("…, and thank the teacher" is no
 *  list of people) (zzzzzz23). */
const LIST_BEFORE = `${ITEM},(?<=\\b(?:ask(?:s|ed|ing)?|seek(?:s|ing)?|consult(?:s|ed|ing)?(?: with)?|contact(?:s|ed|ing)?|(?:feedback|advice|help|guidance|input|support|opinions?) from) ${ITEM},) (?:(?:such as|like|including) )?(?:${ITEM}, ){0,3}${ITEM},? (?:or|and) (?:even |perhaps |maybe |possibly |also )?(?:an? |the |your )?(?:${ITEM_WORD} )?`;
/** Up to two words that can stand between a determiner and its agent noun ("a licensed", "your local"):
 *  not a pronoun or a word that starts a clause, so "tell me about doctors" tells no doctor. */
const MODIFIERS = '(?:(?!(?:me|you|us|them|him|her|it|about|of|what|how|why|when|where|that|this|to|for|if|whether|and|or)\\b)[\\w\\x27’-]+ ){0,2}?';

/** What follows the agent when the case is given to it: "let your doctor know", "get a lawyer involved", "have a solicitor
 *  draft it" (en-2026.12zzzzzz12),
 *  "have an electrician check the wiring", "get a plumber to look at it". */
const SEE_TO = '(?:look at|look over|look (?:it|this|that|them) over|go over (?:it|this|that|them)|look through|look into|go through|check|inspect|examine|review|assess|evaluate|take a look|go over|see to|do (?:a|an) (?:[\\w-]+ ){0,2}?(?:test|check|inspection|assessment|diagnostic|evaluation)|do (?:it|this|that|the (?:work|job|repair|install(?:ation)?|wiring))|handle (?:it|this|that)|fix (?:it|this|that)|sort (?:it|this|that) out|confirm|read (?:it|this|that|yours|the \\w+)|sign off|watch (?:you|it|them|your [\\w-]+)|rule out|set up|plug (?:it |them |this |that )?in|draft (?:it|this|that|them|one|yours))';
/** What a tradesperson is got in to do, after "to" only ("get a registered electrician to test it"): read at every word, these
 *  would cost every output's scan more than they find (en-2026.12zzzzzz9). */
const TO_SEE_TO = '(?:help|finish (?:it|this|that|the (?:job|work|repair))|take over|test (?:it|this|that|them|the [\\w-]+)|track (?:it|this|that|them) down|trace (?:it|this|that|the [\\w-]+)|service (?:it|this|that|the [\\w-]+)|repair (?:it|this|that|them)|(?:take|have) a (?:\\w+ )?look)';
// "getting an electrician out to open it up" only after "to": found from "open", every word with an o tried it (en-2026.12zzzc)
// "get a licensed roofer up there" (en-2026.12zzzh)
const HAND_OVER = `(?:know|involved|(?:up|out|over|in) there|to (?:${SEE_TO}|${TO_SEE_TO}|open (?:it|this|that|them) up)|${SEE_TO})`;

export const ESCALATION_EN: EscalationPhrases = {
  agentBefore: AGENT_BEFORE,
  // an organisation the agent vocabulary cannot list, named after the act: "contact HMRC", "get free advice from StepChange or
  // National Debtline", "escalate it to the CAA" (en-2026.12zzzzz8); the name itself is read in case (namedBody)
  namedBodyActBefore: "\\b(?:contact(?:ing)?|call|ring|phone|e-?mail|write to|complain to|get in touch with|go back to|(?:file|lodge|make|submit)(?:s|d)? (?:a |an )?(?:formal |written )?(?:complaint|dispute|claim) (?:with|to)|(?:report|escalate|refer) (?:it|this|that|them|yourself) to|escalate to|(?:advice|help|support) from|speak to|talk to) (?:the )?$",
  // an acronym, a name in two capitals, or capitalised words ending in a word such as Service (each alternative starts with a
  // capital, so V8 can skip to one); notABody: the acronyms of software and of roles ("call the API", "email the CEO")
  namedBody: "(?:[A-Z]{2,6}(?![\\w-])|[A-Z][a-z]+[A-Z][a-z]+\\b|[A-Z][a-z]+(?: (?:of |and |for |on )?[A-Z][a-z]+)* (?:National|Advice|Service|Services|Line|Helpline|Debtline|Council|Office|Agency|Authority|Commission|Ombudsman|Trust|Society|Centre|Center|Bureau|Association|Foundation|Department|Board|Team)\\b)",
  notABody: ['API', 'URL', 'PDF', 'CSV', 'SQL', 'AWS', 'GCP', 'CLI', 'SSH', 'DNS', 'AI', 'ML', 'LLM', 'GPT', 'ASAP', 'FAQ', 'OK', 'TV', 'PC', 'ID', 'USB', 'CPU', 'GPU', 'RAM', 'JSON', 'HTML', 'HTTP', 'HTTPS', 'REST', 'SDK', 'IDE', 'OS', 'UI', 'UX', 'CEO', 'CTO', 'CFO', 'COO', 'VP', 'PM', 'QA', 'DM', 'PR', 'MR', 'CI', 'CD'],
  // a number to ring ("ring their membership line on 0345 000 0123", "Call us 24/7 on +44 20 7946 0000"): whoever answers it
  // takes the case (en-2026.12zzzk); an ad or a letter the request asks for has its own number
  numberToCall: [{ pattern: "(?:call|ring|phone|dial)(?:s|ed|ing)? (?:[\\w\\x27’/-]+ ){0,4}?(?:on|at) \\+?\\d[\\d ().-]{6,}\\d", reason: 'recommends calling a service' }],
  referral: [
    // a number in the gap counts people in a description ("a case involving 200 doctors"); advice names whom to go to (en-2026.12zt)
    // the agent may be the second of two joined by "or" and a determiner ("consult a local mycological society or an experienced
    // expert": en-2026.12zzzp; not "and": "seeking an experienced and collaborative Software Engineer" is a job advert)
    // and the decision left to one, in the passive ("it must be decided by your pediatrician": en-2026.12zzzp); the two share one
    // agent list, written once (en-2026.12zzzzzz7: two copies of it passed V8's optimising limit)
    // an agent that ends a list ("ask friends, family, or teachers for feedback", "consult reliable sources, such as nutrition
    // databases or professional nutritionists"), not an infinitive of becoming one ("the exams to pass to become a CPA"); work
    // done under an agent's guidance ("should be done under the guidance of experts") (en-2026.12zzzzzz21)
    { pattern: `(?:${alternationByFirstLetter(ACTS)} (?!(?:become|becoming|be)\\b)(?:${WORD} ){0,4}?(?:or (?:an? |the |your )(?:${WORD} ){0,2}?|${LIST_BEFORE})?|(?:must|should|needs? to|has to|have to)(?: \\w+ly)? be (?:\\w+ )?(?:decided|determined|prescribed|assessed|checked|confirmed|handled|done|carried out|fitted|installed|serviced|repaired|signed off|approved|reviewed|looked over|vetted) (?:by|under the (?:guidance|supervision|direction) of) (?:your |a |an |the )?(?:[\\w\\x27’-]+ ){0,3}?)${AGENT}`, reason: 'recommends a person, professional or service' },
    // bringing in a professional: "consider hiring a licensed plumber", "retain an attorney", "enlist the help of an expert" (en-2026.12zq);
    // getting one and instructing one ("get a licensed plumber for the water supply", "instruct a conveyancing solicitor": en-2026.12zzzzzz13);
    // finding one ("find an exotic vet", "look for a licensed electrician"); "engage in" and "engage with" take part, they hire no one (en-2026.12zt)
    // employing one ("employ a plumber"; not "employing inspectors" in an organisation's history: en-2026.12zzzzzz19)
    // working with one ("work with a certified veterinary behaviourist": en-2026.12zzzh; a profession after "a" or "your", not
    // "your team" or "fellow engineers" in a job advert)
    // using one, named with a trade's credentials and a noun of a person's trade ("use reputable auditors", "use a licensed
    // electrician"; not "use a professional tone", "use certified organic ingredients", "use registered mail") (en-2026.12zzzzzz21,
    // narrowed in zzzzzz23)
    { pattern: `(?:hir(?:e|es|ed|ing)|us(?:e|es|ing)(?= (?:(?:a|an) )?(?:reputable|trusted|qualified|licensed|certified|registered|experienced|professional) (?:[a-z]+ )?[a-z]+(?:ors?|ers?|ists?|ians?|ants?)\\b)|get(?:s|ting)?(?= (?:a|an) )|work(?:s|ing)? with(?= (?:a|an|your) )|pay(?:s|ing)?(?= (?:a|an|your|the) )|engag(?:e|es|ed|ing)(?! (?:in|with|into|on)\\b)|employ(?:s|ed|ing)?(?= (?:a|an) )|retain(?:s|ed|ing)?|instruct(?:s|ed|ing)?|enlist(?:s|ed|ing)?|find(?:s|ing)?(?! out\\b)|look(?:s|ing)? for|search(?:es|ing)? for|choos(?:e|es|ing)) (?:(?:the (?:help|services|support) of|some|one|the|your|an?) )?(?:[\\w\\x27’&-]+ ){0,2}?${PROFESSION}`, reason: 'recommends bringing in a professional' },
  ],
  direct: [
    // "tell your doctor", "inform HR": the agent follows at once (with the four-word gap of ACTS, "tell me about your doctor" would tell a doctor)
    // and "give your vet a quick call", "give the surgery a ring" (en-2026.12zzzy; the call looked ahead at, so the agent list is written once)
    { pattern: `(?:tell(?:s|ing)?|inform(?:s|ing)?|giv(?:e|ing)(?= (?:[\\w\\x27’-]+ ){1,8}?an? (?:quick |short |brief )?(?:call|ring|bell|buzz|shout)\\b)) (?!(?:me|you|us|them|him|about|that|what|how)\\b)(?:${DETERMINER} )?${MODIFIERS}${AGENT}`, reason: 'recommends telling or calling a person, professional or service' },
    { pattern: "(?:seek|get|find|obtain|need|receive|pursue|reach(?:es|ed|ing)? out for|ask(?:s|ed|ing)? for|look(?:s|ed|ing)? for|turn(?:s|ed|ing)? to)(?:s|ing|ting)? (?:\\w+ ){0,2}?(?:professional|medical|legal|psychological|psychiatric|mental health|emergency|expert|clinical|veterinary|vet|dental|specialist|qualified) (?:help|advice|guidance|support|care|attention|assistance|treatment|counsell?ing|counsel|input|evaluation|assessment|opinion|services)", reason: 'recommends professional help' },
    // a professional service named by what it is ("consider therapy", "seek counselling", "get treatment"), its kinds
    // stacked ("suggest professional grief counseling": en-2026.12zzzzzz18)
    // (no lookahead for the noun after the verb: the words that follow say the same, and reading up to
    // four words ahead after every "get", "try" or "start" cost more than the rest of the rule)
    { pattern: "(?:seek(?:s|ing)?|sought|get(?:s|ting)?|find(?:s|ing)?|look(?:s|ing)? (?:for|into)|tr(?:y|ying)|consider(?:ing)?|start(?:s|ing)?|pursu(?:e|es|ing)|recommend(?:s|ing)?|suggest(?:s|ing)?|go(?:es|ing)? to|attend(?:s|ing)?|receiv(?:e|es|ing)|explor(?:e|es|ing)|book(?:s|ing)?) (?:some |a |an )?(?:(?:couples?|family|group|grief|talk|cognitive behavio(?:u)?ral|marriage|trauma|addiction|professional|individual) ){0,2}(?:therapy|counsell?ing|psychotherapy|CBT|rehab)(?! (?:\\w+ )?(?:useful|helpful|effective|beneficial|valuable|difficult|hard|expensive|works?|worked)\\b)", reason: 'recommends a professional service' },
    { pattern: "join(?:s|ing)? (?:a |an )?(?:local |peer |online )?support group", reason: 'recommends a support group' },
    // lessons name their teacher ("watch online tutorials, or take lessons", "consider taking golf lessons"), not the lessons
    // of history (en-2026.12zzzzzz21; lessons "from" someone are read with the agent, in `referral`)
    { pattern: "tak(?:e|ing) (?:(?!(?:the|these|those|its|their|his|her|our|my|your|any|no|many)\\b)[a-z\\x27’-]+ ){0,2}?lessons\\b(?! (?:from|of|learned|learnt|here|away|to heart)\\b)", reason: 'recommends lessons with a teacher' },
    // the passive of advice: "professional help should be sought"
    // (found from "should be sought", then looked back at: "help" alone is too common a start)
    { pattern: "(?:should|must|needs to|ought to) be (?:\\w+ )?(?:sought|obtained)(?<=(?:help|advice|guidance|attention|care|assistance|support|counsel|treatment|opinion|input) (?:should|must|needs to|ought to) be (?:\\w+ )?(?:sought|obtained))", reason: 'recommends professional help' },
    { pattern: "professional (?:help|guidance|advice|support|counsell?ing|treatment) (?:that |which )?(?:(?:can|could|may|might|would|will) (?:\\w+ ){0,2})?(?:be|help|provide|give|make)", reason: 'recommends professional help' },
    { pattern: "(?:call|dial|text|phone|ring)(?: or (?:text|call))? (?:[\\w\\x27’]+ ){0,3}?(?:911|999|112|988|000|111|741741|ambulance|emergency (?:services|line|number)|local emergency)", reason: 'sends the user to an emergency service' },
    { pattern: "(?:National (?:\\w+ ){0,3}(?:Lifeline|Hotline|Helpline)|Crisis Text Line|Samaritans|988 (?:Suicide|Lifeline)|Suicide (?:&|and) Crisis Lifeline|Poison Control|Childline|Trevor (?:Project|Lifeline)|RAINN|Al-Anon|Alateen|(?:Alcoholics|Narcotics|Gamblers) Anonymous|SMART Recovery|StepChange|National Debtline|Cruse Bereavement)", reason: 'names a support service' },
    { pattern: "1-8\\d\\d-[\\dA-Z]{3}-[\\dA-Z]{4}", reason: 'gives a helpline number' },
    { pattern: "call the (?:number|phone number|hotline) (?:on|at) (?:the back of )?(?:your|the) (?:card|policy|statement|bill|letter|website|box|label)", reason: 'sends the user to the provider' },
    { pattern: "(?:open(?:ed)?|raise[ds]?|creat(?:ed|e)|fil(?:ed|e)|submitt?(?:ed)?|log(?:ged)?) (?:a |an )?(?:support |priority |urgent )?(?:ticket|case|incident|claim)", reason: 'opens a ticket for someone else to handle' },
    { pattern: "(?:a|our|one of our|a member of (?:our|the)) (?:\\w+ ){0,3}?(?:specialist|agent|colleague|team|representative|engineer|advisor|adviser|staff|member)s? (?:will|can|is going to|'ll) (?:\\w+ ){0,2}?(?:contact|call|phone|ring|reach out|get back|email|follow up|be in touch)", reason: 'says a human will follow up' },
    { pattern: "(?:handled|confirmed|reviewed|processed|dealt with|looked at|assessed|decided) by (?:a |an |our |the |your |your city's )(?:\\w+ ){0,3}?(?:team|department|office|specialists?|authority|professional|doctor|human|agent|staff)", reason: 'routes the request to someone else' },
    // from a sixth blind probe set (en-2026.12zzzc): the issuer's own line ("ring the number on the back of your card")
    { pattern: "(?:call|ring|phone|dial)(?:s|ed|ing)? (?:the|their) (?:\\w+ )?(?:number|line|hotline) (?:on the back of|printed on|on) (?:your|the) (?:card|statement|bill|policy|insurance card|letter)\\b", reason: 'recommends a person, professional or service' },
    // from a fourth blind probe set (en-2026.12zzz): the work called someone's job ("Electrical work in a house that age is
    // really a job for a licensed electrician"), found from "job" and looked back at; a company's support named
    // ("contact Apple Support", "call your bank's customer service"), whatever the company
    { pattern: `job(?<=\\b(?:is|'s|are|sounds like|seems like) (?:really |probably |definitely |honestly |clearly |more )?(?:a |an )?(?:\\w+ )?job) (?:best |better )?(?:left )?for ${DETERMINER} ${MODIFIERS}${AGENT}`, reason: 'leaves the task to a person, professional or service' },
    { pattern: "(?:contact|call|e-?mail|ring|phone|message|chat with|reach out to|get in touch with|talk to|speak (?:to|with))(?:s|ed|ing)? (?:the |their |your )?(?:(?!(?:for|of|in|with|to|on|about|emotional|moral|family|peer|social)\\b)[\\w&\\x27’-]+(?:\\.[\\w&\\x27’-]+)* ){1,2}?(?:support|customer service|customer care|help ?desk|service desk)(?![\\w-])(?! (?:groups?|network|networks|systems?|options?|plans?|animals?|for|of)\\b)", reason: 'recommends a person, professional or service' },
  ],
  /**
   * Three more forms that carry their own act and name their agent from the whole agent vocabulary ("tell …" and
   * "checked by …" stay in `direct`). A group of their own: with them, `direct` would pass the size past which V8
   * stops optimising a regex (RuleSet.OPTIMISED_SOURCE_LIMIT) (en-2026.12zt; a RuleSet now cuts such a set into parts itself).
   */
  directToAgent: [
    // a referral named as a thing and recommended in the passive: "expert guidance is advised", "consultation with an
    // immigration attorney is recommended" (en-2026.12zt)
    { pattern: `(?:(?:professional|expert|medical|legal|veterinary|vet|specialist|qualified) (?:help|advice|guidance|support|care|attention|assistance|input|consultation|evaluation|assessment|opinion)|(?:consultation|a visit|check-?ups?|an appointment|a conversation|session) (?:with|to) (?:[\\w\\x27’-]+ ){0,3}?${AGENT}) (?:is|are|would be|will be|may be|might be) (?:\\w+ )?(?:recommended|advised|advisable|encouraged|essential|wise|a good idea|warranted|something I(?:'d| would) (?:genuinely |really |strongly |definitely )?(?:consider|recommend))`, reason: 'recommends professional help' },
    // the request called someone else's to answer: "That's a question for your doctor", "this is a conversation to have with a lawyer"
    { pattern: `(?:that|this|it)(?:'s| is| would be| may be| might be)(?: really| probably| best| more)? (?:a |an )?(?:question|matter|decision|conversation|topic|issue|call|something|one|job|task|repair) (?:best |better )?(?:(?:left )?(?:for|to)|(?:to|you should|you'll want to) (?:raise|discuss|have|take up|bring up) with) ${DETERMINER} ${MODIFIERS}${AGENT}`, reason: 'leaves the question to a person, professional or service' },
    { pattern: "(?:guidance|help|advice|assistance|support|input|expertise|opinion) (?:of|from) (?:a|an|the|your) (?:[\\w\\x27’-]+ ){0,3}?" + AGENT, reason: 'recommends a professional\'s help' },
    // the task left to someone ("it is best left to a repair technician") (en-2026.12zzf)
    { pattern: `(?:best|better|safest|wisest) left to ${DETERMINER} ${MODIFIERS}${AGENT}`, reason: 'leaves the task to a person, professional or service' },
    // an appointment that names the professional by its kind ("book a dental appointment", "schedule a vet visit") (en-2026.12zzf)
    { pattern: "(?:book|make|schedule|arrange|get)(?:s|ing)? (?:a|an|your) (?:dental|dentist(?:'s)?|doctor(?:'s)?|medical|GP|vet(?:erinary)?|vet's|eye|optometrist(?:'s)?|physiotherapy|therapy|counsell?ing) (?:appointment|check-?up|visit|exam|examination|consultation)", reason: 'recommends seeing a professional' },
    // "have it checked by a professional", "get it looked at by a vet" (in `direct` until en-2026.12zzzzzz9, where with
    // the grown agent list it would have taken that set past V8's optimising limit)
    { pattern: `(?:checked|looked at|examined|inspected|reviewed|assessed|evaluated|seen|treated|handled|audited|serviced|repaired|fixed|installed|tested|diagnosed)(?: (?:today|now|soon|promptly|quickly|first|properly|urgently|regularly|annually|yearly|professionally))? by ${DETERMINER} (?:[\\w\\x27’-]+ ){0,2}?${AGENT}`, reason: 'has a professional see to it' },
    // the one to go to named as such, whoever it is ("The person to talk to is your school's Designated School Official")
    // (en-2026.12zzzzzz11)
    { pattern: "the (?:right |best |first )?(?:person|people|one) (?:to (?:talk|speak) (?:to|with)|to ask|to see|to contact|to call|to turn to|to go to)(?: about (?:this|that|it))? (?:here )?(?:is|are|would be|will be)\\b(?!,? (?:really )?(?:you|yourself|me|myself)\\b)", reason: 'names whom to turn to' },
  ],
  /** "A licensed therapist can help…": what an agent can do for the user; the agent itself is looked
   *  for in the words just before (AGENT_BEFORE), which is far cheaper than scanning for it first. */
  // Each of these is found first (the rarer word) and the agent noun before it is then checked (agentCan
  // in escalation.ts): starting from every "a", "the", "get" or "have" would cost far more.
  agentCan: [
    // what the agent can do or must see to: "a therapist trained in CBT can teach you…", "a qualified technician needs to inspect it" (en-2026.12zzi)
    // the agent named as the one to ask: "your doctor is the right person to ask", "a planner would be the best person to answer that"
    // (agentCan reads the agent just before the verb, its modal included; more adjectives and nouns, "the ideal contact for",
    // or starting from "best" and looking back at the verb, slowed every output's scan of this set by 3–4 %)
    { pattern: "(?:is|are|(?:would|will|may|might|could|should|must) be) (?:probably |likely |really |always |usually )?(?:(?:the |your )?(?:best|right) (?:person|people|professional)s? to\\b|the ones? (?:who|that) (?:deal|deals|handle|handles|can)\\b|(?:the|a good) place to (?:start|call|go|ask)\\b)", reason: 'points to someone who can help' },
    // the case given to someone: "let your doctor know", "get a lawyer involved", "have an electrician check the wiring"
    { pattern: `${HAND_OVER}(?<=\\b(?:let|lets|letting|get|gets|getting|have|having|has) (?!(?:to|you|been|not|no|any|it|them|this|that|a look|me|us)\\b)(?:[\\w\\x27’&-]+ ){1,7}${HAND_OVER})`, reason: 'hands the case to a person, professional or service' },
    // the passive of advice: "a doctor should be consulted", "the police must be called"
    // an adverb may stand before "be": "your bank's fraud department should also be told" (en-2026.12zzf)
    { pattern: "(?:should|must|needs to|ought to|has to|have to|need to)(?: also| always| then| first| still| definitely| immediately| promptly)? be (?:\\w+ )?(?:consulted|contacted|called|notified|informed|involved|alerted|told|seen|asked)", reason: 'recommends consulting a person, professional or service' },
    { pattern: "(?:(?:can|could|will|would|may|might)(?! have\\b)|should be able to|(?:is|are|will be|would be) (?:the )?(?:best|well|better|ideally|uniquely|specially|specifically)? ?(?:placed|positioned|equipped|qualified|trained|able)(?: to)?) (?:\\w+ ){0,3}?(?:help|review|assess|advise|check|look|tell|refer|examine|process|contact|guide|support|answer|provide|give|recommend|evaluate|diagnose|assist|walk you|talk you through|work with you|arrange|get|handle|deal|sort|fix|resolve|represent|file|negotiate|explain|confirm|treat|prescribe|investigate|inspect|test|teach|show you|coach|go over|go through|run|put you in touch|sign you off|set up|put (?:\\w+ ){0,2}?together|draw up|work out|spot|step in|intervene|send (?:someone|somebody|an? (?!(?:e-?mail|letter|message|text|invoice|reply|response|note|form|link|copy|quote|request|notice|reminder)\\b)\\w+)|take (?:it|them|him|her) in|set (?:you|them|him|her|it|things) up|take samples)|(?:needs? to|has to|must) (?:\\w+ ){0,2}?(?:inspect|check|look at|examine|assess|review|see|fix|repair|service|diagnose|treat)|(?:will|would|should) know (?:whether|if|what|how|when|which|the answer|best)\\b|(?:wants?|would (?:want|like)|will want) to (?:see|check) (?:it|this|that|them|you)\\b|(?:can|could|will|may) (?:go|come) (?:in )?with you\\b", reason: 'points to someone who can help' },
    // what the agent offers, or the agent as the one for it ("your university's counselling service runs sessions on exam anxiety",
    // "your school counsellor is also someone whose job this is") (en-2026.12zzzz9)
    { pattern: "(?:runs|offers|provides|holds) (?:free |regular |drop-in |confidential |short |weekly )?(?:sessions|appointments|workshops|consultations|clinics|drop-ins)\\b|(?:is|are) (?:usually |often |generally |probably |almost always |well )?worth (?:the|their|its) (?:fee|fees|money|cost|price|(?:few |extra |couple of )?(?:hundred |thousand )?(?:pounds|dollars|euros|quid|bucks))\\b|(?:is|are) (?:also |always )?(?:someone|somebody|a person|people) (?:you can (?:talk to|go to|ask|turn to)|whose (?:\\w+ )?job)\\b", reason: 'points to someone who can help' },
  ],
  /** Without one of these in its clause, an act + agent is a story or a description, not advice. */
  recommending: [
    { pattern: "you|your|please|(?:I|we) (?:would |'d )?(?:strongly |highly |really )?(?:recommend|suggest|encourage|urge|advise)|consider|it(?:'s| is| would be| may be| might be| could be) (?:\\w+ ){0,2}?(?:best|better|advisable|wise|important|crucial|essential|vital|helpful|beneficial|worth|a good idea|recommended|necessary|reasonable|sensible)|(?:should|must|need to|needs to|have to|ought to)|(?:can|could|may|might) (?:help|be|(?:\\w+ )?(?:provide|offer|give))|don't hesitate|feel free|it's time to|(?:I|we)(?: would|'d)(?! not| never| have)|if I were you|(?:next|first|best|safest|wisest|right|smartest) (?:\\w+ ){0,3}?(?:is|would be|is always)(?: to)?|(?:make|be) sure|try|remember to|(?:I|we)(?:'ve|'ll|'d| have| will| would| am| are|'m|'re)? (?:\\w+ ){0,2}(?:escalat|transferr|connect|refer|forward|pass|hand|loop|notif|open|rais|creat|fil|log|contact|reach|put|pag|flag|alert|e-?mail|messag|report|sen[dt]|ping|call|phon|book|ask)\\w*|let me|I can|I'll|we'll|get (?:it|this|that|them|yourself) |(?:I|we)(?:'d| would) (?:like|love|be happy|be glad) to|(?:I|we)(?:'m| am|'re| are) going to", reason: 'addresses the user' },
  ],
  /** Someone else in a story or a description does the act: "she called the police". */
  narrative: [
    // what a kind of person can or does do describes a service or a process: "customers can chat or call AppleCare advisors",
    // "callers are then put through to a nurse" (en-2026.12zzzzzz13)
    { pattern: "(?:customers|users|patients|clients|callers|employees|residents|tenants|visitors|guests|passengers|applicants|policyholders|consumers|shoppers|buyers) (?:can|may|could|will|would|are able to|typically|usually|often|then|first|generally)(?= )", reason: 'what a kind of person does' },
    // an audience described by what it seeks ("students seeking expert advice") (en-2026.12zzzzzz19)
    { pattern: "(?:customers|users|patients|clients|students|people|readers|viewers|listeners|individuals|families|parents|those|anyone|visitors|consumers|buyers|learners|beginners) (?:who are )?(?:seeking|looking for|in need of|who (?:seek|need|want))(?= )", reason: 'an audience described' },
    { pattern: "(?:he|she|they|his|her|their|it|people|someone|patients|users|customers|many|some|one|[A-Z][a-z]+) (?:\\w+ ){0,2}?(?:consulted|called|contacted|visited|saw|sought|reached out|talked|spoke|went|turned|asked|connected|referred|got|worked|checked|alerted|hired|phoned|rang|emailed|complained|appealed|enlisted|engaged|retained|recruited)(?! by\\b)", reason: 'someone else acts' },
  ],
  /** A quotation given to someone in a story ('"See a doctor," his mother said'): the words just after
   *  its closing quotation mark, or just before its opening one, name the speaker. */
  quoteAttribution: [
    { pattern: "^[\\s,.!?]*(?:[\\w\\x27’-]+ ){0,3}?(?:said|says|asked|asks|replied|replies|told|tells|shouted|yelled|whispered|added|explained|insisted|urged|advised|warned|cried|continued|snapped|muttered|pleaded)\\b", reason: 'a speaker after the quotation' },
    { pattern: "(?:said|says|asked|asks|replied|replies|told (?:\\w+ )?|tells (?:\\w+ )?|shouted|yelled|whispered|added|explained|insisted|urged|advised|warned|cried|continued|snapped|muttered|pleaded)[,:]?\\s*$", reason: 'a speaker before the quotation' },
  ],
  /**
   * Words before the act that make it no advice. A negation in the last words before the act, NegEx-style (Chapman et al. 2001): "there's no need to
   * see a doctor", "you don't have to involve HR", "without seeing a doctor", "I wouldn't recommend
   * calling the police". The window is the end of the text before the act, stopped by a comma or a dash
   * ("If it does not improve, see a doctor" is advice); negated urging ("don't hesitate to", "don't
   * wait to", "not a substitute for") is not negation of the act.
   */
  notAdvice: [
    { pattern: "(?:not|no|never|cannot|without|nor|neither|instead of|rather than|avoid(?:ing)?|\\w+n't)(?! (?:only|just|hesitate|wait|delay|put off|forget|be (?:afraid|ashamed|embarrassed|shy)|feel (?:ashamed|embarrassed|afraid)|(?:a |an )?(?:substitute|replacement|alternative))\\b)(?: [^\\s,;:—–]+){0,3} ?$", reason: 'a negated referral' },
    // what something lets others do describes it: "allowing patients to receive medical advice" (en-2026.12zt)
    { pattern: "(?:allow|enabl(?:e|es|ed|ing)|help|let|permit|empower)(?:s|ed|ing|ting)? (?:patients|people|users|customers|individuals|clients|employees|students|residents|citizens|consumers|members|families|seniors|victims) (?:to )?$", reason: 'what something lets others do' },
    // a condition on what the user has already done: "If you've already seen a doctor, follow their plan"
    { pattern: "(?:if|once|since|now that|as|because|when) you(?:'ve| have| had)?(?: already| recently| previously| just)? ?$", reason: 'a condition on what the user did' },
  ],
  exceptions: [
    { pattern: "(?:(?:don't|do not)(?! (?:hesitate|wait|delay|put (?:it )?off))|no need to|needn't|won't need to|shouldn't need to|not necessary to|without (?:having to |needing to )?|instead of|rather than|avoid|never) (?:need to |have to )?(?:\\w+ ){0,2}?(?:see|call|contact|visit|consult|go to|seek|talk to|speak (?:to|with))", reason: 'says no referral is needed' },
    { pattern: "referred to as|refer(?:s|red|ring)? to (?:the|this|that|these|those|it|page|section|chapter|table|figure|above|below|earlier|later|as)\\b", reason: 'refers to a text, not a person' },
    { pattern: "connect(?:s|ed|ing)? with (?:your |the |an? |their |his |her )?(?:audience|readers?|customers?|nature|others|people|each other|friends|family|community|character|emotions?|feelings?|roots|culture)", reason: 'connecting as a feeling, not a hand-off' },
    // networking with peers is not being helped (en-2026.12zt)
    { pattern: "connect(?:s|ed|ing)? with (?:your |the |other |fellow |like-minded |more )*(?:colleagues?|co-?workers?|peers?|classmates?|alumni|like-minded)\\b", reason: 'networking with peers, not a hand-off' },
    { pattern: "look(?:s|ed|ing)? forward to", reason: 'an idiom of looking ahead, not a hand-off' },
    // a qualification of a thing, not a person: "professional development", "the professional relationship you share"
    // (en-2026.12zzzzzz18), "expert tips" (en-2026.12zzzzzz19); an exception, read only around a referral found: as a lookahead
    // in the agent list's qualification it cost every scan 6 %
    { pattern: `${QUALIFICATION} (?:${THING_NOUNS}|relationships?|growth|image|reputation|profile|boundaries|distance|capacity|goals?|journey|network|tips|insights|knowledge|techniques|strategies|methods|content|guides?|articles?|tutorials?|videos?|${WORK_NOUNS})\\b`, reason: 'a qualification of a thing, not a person' },
    // "need" as a noun ("the need for professional help"), "get to know" (becoming acquainted), mechanics as a game's or a
    // science's workings ("mob management mechanics") (en-2026.12zzzzzz19)
    { pattern: "(?:the|a|an|their|his|her|your|my|our|any) (?:\\w+ )?need for|get(?:s|ting)? to know|(?:game(?:play)?|core|combat|physics|quantum|fluid|orbital|celestial|statistical|classical|management|redstone|movement|underlying|basic|farming|crafting|building|puzzle|platforming) mechanics", reason: 'no referral: a noun, an idiom or a system' },
    // keeping a workforce ("attracting and retaining qualified educators"), not retaining a lawyer (en-2026.12zzzzzz18)
    { pattern: "(?:attract|recruit|hir|train|develop|keep)\\w* and retain\\w*|retain\\w* (?:and|or) (?:attract|recruit|develop|motivat|train|reward)\\w*", reason: 'keeping staff, not bringing in a professional' },
    // software linked to an account is no hand-off ("apps that connect to your bank") (en-2026.12zzzzzz16)
    { pattern: "connect(?:s|ed|ing)? (?:directly |securely |automatically )?(?:to|with) (?:your |a )?(?:bank|bank accounts?|accounts?|cards?)\\b", reason: 'software linked to an account, not a hand-off' },
  ],
};
