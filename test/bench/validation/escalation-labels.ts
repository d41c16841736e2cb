// Nine hand-labelled samples of referrals to people and services in everyday answers. The first (`alpaca-escalation`):
// real answers of eight chat models to AlpacaEval's instructions, 150 to instructions about health, law,
// money, work, relationships, pets, repairs, devices or safety (where a referral is plausible) and 50 to
// the others, labelled for escalation. Every escalation figure before came from RBR's safety completions.
// How it is drawn and labelled: test/fixtures/validation/escalation-alpaca/GUIDELINE.md (written before
// the draw); sources and licence: its README.md. Measured once whole, then split by instruction.
//
//   node --import tsx test/bench/validation/escalation-labels.ts --draw ALPACA_RESULTS_DIR
//       draws the sample (ALPACA_RESULTS_DIR: alpaca_eval's results/ folder)
//   node --import tsx test/bench/validation/escalation-labels.ts --list [--from N] [--count M]
//       the sample, to label (requests and replies only: no detector runs here)
//   … --draw2 ALPACA_RESULTS_DIR, --list2: the second sample (`alpaca-escalation-2`), measure-only: answers of eight
//       more models that name a source of help, and answers to advice questions that name none
//   … --draw3 ALPACA_RESULTS_DIR, --list3: the third (`alpaca-escalation-3`), drawn as the second from eight more
//       models, to be tuned on once measured whole (its GUIDELINE.md)
//   … --draw4 ALPACA_RESULTS_DIR, --list4: the fourth (`alpaca-escalation-4`), drawn as the second from eight more
//       models after en-2026.12zr's held-out reading, measure-only
//   … --draw5 ALPACA_RESULTS_DIR, --list5: the fifth (`alpaca-escalation-5`), 300 drawn as the second from eight more
//       models, measured once whole, then tune data (its GUIDELINE.md)
//   … --draw6 ALPACA_RESULTS_DIR, --list6: the sixth (`alpaca-escalation-6`), drawn as the fifth from eight more models
//   … --draw7 ALPACA_RESULTS_DIR, --list7: the seventh (`alpaca-escalation-7`), measure-only, answers to instructions no
//       earlier escalation sample holds
//   … --draw8 ALPACA_RESULTS_DIR, --list8: the eighth (`alpaca-escalation-8`), answers to instructions no held-out answer
//       answers, measured once whole, then tune data
//   … --draw9 ALPACA_RESULTS_DIR, --list9: the ninth (`alpaca-escalation-9`), drawn as the eighth from eight more models
import { basename, dirname, join } from 'node:path';
import type { Behaviour } from '../../../src/core/behaviour/types';
import { drawableAlpaca, drawInStrata, FIXTURES, handLabelledSample, sampleCommands } from './labelled-sample';
import { splitPart } from './split';

export const ESCALATION_ALPACA_SETS = ['alpaca-escalation'] as const;
export const ESCALATION_ALPACA_LABELLED: readonly Behaviour[] = ['escalation'];
/** The generators, fixed before any of their outputs was read (GUIDELINE.md). */
export const ESCALATION_ALPACA_MODELS = [
  'gpt4_1106_preview', 'claude-2.1', 'claude-instant-1.2', 'mistral-medium', 'Mistral-7B-Instruct-v0.2',
  'Meta-Llama-3.1-8B-Instruct-Turbo', 'Qwen1.5-110B-Chat', 'zephyr-7b-beta',
] as const;
/** Answers drawn from each stratum, and the longest answer drawn (fixed before the draw). */
export const TOPIC_ANSWERS = 150;
export const OTHER_ANSWERS = 50;
export const MAX_CHARACTERS = 3000;
/**
 * An instruction about health, mind, law, money, work, relationships, pets, repairs, devices or safety:
 * where a referral to a person or service is plausible. Reads the instruction only (fixed before the draw).
 */
export const ADVICE_TOPIC = /\b(?:doctors?|physician|symptoms?|pain|aches?|sick|illness|disease|medical|medicine|medication|health|healthy|injur(?:y|ed|ies)|pregnan\w*|diet|lose weight|sleep|insomnia|anxiety|anxious|depress\w*|stress\w*|mental|therap\w*|suicid\w*|lonely|grief|addict\w*|alcohol|drugs?|lawyer|legal|illegal|law|sue|court|contract|landlord|tenant|evict\w*|tax(?:es)?|invest\w*|debt|loan|mortgage|credit|insurance|retire\w*|budget|salary|boss|coworkers?|fired|harass\w*|divorce|marriage|relationship|break ?up|girlfriend|boyfriend|wife|husband|dogs?|cats?|pets?|puppy|kitten|vet|car|engine|leak\w*|broken|repair|plumb\w*|electric\w*|roof|mold|heater|furnace|laptop|computer|hacked|password|scam\w*|fraud|refund|customer|complain\w*|emergency|safety|safe|fire|allerg\w*|burn|bleed\w*|poison\w*)\b/i;

/**
 * The sample's files, reader, labelled rows and draw order. Measure-only while en-2026.12zp was measured
 * on all 200 (README.md); then split by instruction like the other AlpacaEval samples.
 */
export const ESCALATION_ALPACA = handLabelledSample(ESCALATION_ALPACA_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca'), 'promptshift-escalation-alpaca-v1', (row) => splitPart(row.group));

/** The samples drawn from AlpacaEval before the first escalation sample: an answer in any of them is not drawn again. */
export const EARLIER_SAMPLES = ['instructions', 'refusal-alpaca', 'refusal-alpaca-2', 'refusal-alpaca-3', 'stance-alpaca', 'stance-alpaca-2'];

export const ESCALATION_ALPACA2_SETS = ['alpaca-escalation-2'] as const;
/** The second sample's generators, fixed before any of their outputs was read (escalation-alpaca-2/GUIDELINE.md). */
export const ESCALATION_ALPACA2_MODELS = [
  'gpt-4-0125-preview', 'gpt4_0613', 'yi-large-preview', 'tulu-2-dpo-70b', 'cohere', 'OpenHermes-2.5-Mistral-7B',
  'vicuna-13b-v1.5', 'internlm2-chat-20b-ppo',
] as const;
/** Answers drawn from each stratum of the second sample (fixed before its draw). */
export const HELP_SOURCE_ANSWERS = 160;
export const ADVICE_WITHOUT_SOURCE_ANSWERS = 40;
/**
 * An answer that names a source of help: the formal sources of the help-seeking literature (Rickwood et al. 2005)
 * and the professions of the first sample's guideline. Only what enriches the second draw; not any detector's list.
 */
export const HELP_SOURCE = /\b(?:doctors?|physicians?|GPs?|nurses?|pharmacists?|dentists?|vets?|veterinarians?|therapists?|counsell?ors?|psychologists?|psychiatrists?|lawyers?|attorneys?|solicitors?|accountants?|financial (?:advisers?|advisors?|planners?)|police|helplines?|hotlines?|professionals?|experts?|specialists?|mechanics?|plumbers?|electricians?|technicians?|contractors?|customer (?:service|support)|support team)\b/i;

/** The second sample: measure-only (every row held out), its misses never listed. */
export const ESCALATION_ALPACA2 = handLabelledSample(ESCALATION_ALPACA2_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-2'), 'promptshift-escalation-alpaca-v2');

export const ESCALATION_ALPACA3_SETS = ['alpaca-escalation-3'] as const;
/** The third sample's generators, fixed before any of their outputs was read (escalation-alpaca-3/GUIDELINE.md). */
export const ESCALATION_ALPACA3_MODELS = [
  'gpt4_0314', 'claude', 'Qwen1.5-14B-Chat', 'wizardlm-70b', 'gemma-2-9b-it-SimPO', 'Starling-LM-7B-alpha', 'xwinlm-70b-v0.1',
  'Llama-3-Instruct-8B-SimPO',
] as const;

/**
 * The third sample: measured once whole with en-2026.12zq (held out then), and since then tune data, as its
 * GUIDELINE.md fixed before the draw.
 */
export const ESCALATION_ALPACA3 = handLabelledSample(ESCALATION_ALPACA3_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-3'), 'promptshift-escalation-alpaca-v3', 'tune');

export const ESCALATION_ALPACA4_SETS = ['alpaca-escalation-4'] as const;
/** The fourth sample's generators, fixed before any of their outputs was read (escalation-alpaca-4/GUIDELINE.md). */
export const ESCALATION_ALPACA4_MODELS = [
  'gpt-4o-2024-05-13', 'claude-3-opus-20240229', 'Meta-Llama-3-8B-Instruct', 'Mixtral-8x7B-Instruct-v0.1', 'Nanbeige2-16B-Chat',
  'Starling-LM-7B-beta-ExPO', 'Snorkel-Mistral-PairRM-DPO', 'wizardlm-13b-v1.2',
] as const;

/** The fourth sample: measure-only (every row held out), its misses never listed. */
export const ESCALATION_ALPACA4 = handLabelledSample(ESCALATION_ALPACA4_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-4'), 'promptshift-escalation-alpaca-v4');

export const ESCALATION_ALPACA5_SETS = ['alpaca-escalation-5'] as const;
/** The fifth sample's generators, fixed before any of their outputs was read (escalation-alpaca-5/GUIDELINE.md). */
export const ESCALATION_ALPACA5_MODELS = [
  'gpt-3.5-turbo-0301', 'gpt35_turbo_instruct', 'Mistral-7B-Instruct-v0.3', 'Qwen1.5-7B-Chat', 'vicuna-33b-v1.3', 'tulu-2-dpo-13b',
  'Together-MoA', 'higgs-llama-3-70b-v2',
] as const;

/** The fifth sample: measured once whole with en-2026.12zzzzzz17, then tune data, as its GUIDELINE.md fixed before the draw. */
export const ESCALATION_ALPACA5 = handLabelledSample(ESCALATION_ALPACA5_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-5'), 'promptshift-escalation-alpaca-v5', 'tune');

export const ESCALATION_ALPACA6_SETS = ['alpaca-escalation-6'] as const;
/** The sixth sample's generators, fixed before any of their outputs was read (escalation-alpaca-6/GUIDELINE.md). */
export const ESCALATION_ALPACA6_MODELS = [
  'gpt4', 'bedrock_claude', 'openpipe-moa-gpt-4-turbo-v1', 'Storm-7B', 'gemma-2-9b-it-WPO-HB', 'Llama3-PBM-Nova-70B',
  'Infinity-Instruct-7M-Gen-Llama3_1-70B', 'text_davinci_003',
] as const;

/** The sixth sample: measured once whole with en-2026.12zzzzzz18, then tune data, as its GUIDELINE.md fixed before the draw. */
export const ESCALATION_ALPACA6 = handLabelledSample(ESCALATION_ALPACA6_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-6'), 'promptshift-escalation-alpaca-v6', 'tune');

export const ESCALATION_ALPACA7_SETS = ['alpaca-escalation-7'] as const;
/** The seventh sample's generators, fixed before any of their outputs was read (escalation-alpaca-7/GUIDELINE.md). */
export const ESCALATION_ALPACA7_MODELS = [
  'Shopee-SlimMoA-v1', 'Together-MoA-Lite', 'SPPO-Gemma-2-9B-It-PairRM', 'xwinlm-70b-v0.3', 'tulu-2-dpo-70b-ExPO', 'Nanbeige-Plus-Chat-v0.1',
  'mistral-orpo-beta', 'dolphin-2.2.1-mistral-7b',
] as const;
/** The seventh sample's strata (fixed before its draw): every answer naming a source of help (68 were counted), and others. */
export const NEW_QUESTION_NAMING_HELP = 68;
export const NEW_QUESTION_OTHERS = 132;

/** The seventh sample: measure-only (every row held out), its misses never listed. */
export const ESCALATION_ALPACA7 = handLabelledSample(ESCALATION_ALPACA7_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-7'), 'promptshift-escalation-alpaca-v7');

export const ESCALATION_ALPACA8_SETS = ['alpaca-escalation-8'] as const;
/** The eighth sample's generators, fixed before any of their outputs was read (escalation-alpaca-8/GUIDELINE.md). */
export const ESCALATION_ALPACA8_MODELS = [
  'Llama-3-8B-Instruct-SkillMix', 'internlm2-chat-7b-ExPO', 'platolm-7b', 'FsfairX-Zephyr-Chat-v0.1', 'Samba-CoE-v0.2', 'phi-2-dpo',
  'openchat-13b', 'FuseChat-Qwen-2.5-7B-Instruct',
] as const;
/** The eighth sample's strata (fixed before its draw, counted then): every answer naming a source of help (191), every
 *  advice-topic answer naming none (54), and other answers to make 300. */
export const EIGHTH_NAMING_HELP = 191;
export const EIGHTH_ADVICE = 54;
export const EIGHTH_OTHERS = 55;

/** The eighth sample: measured once whole with en-2026.12zzzzzz20, then tune data, as its GUIDELINE.md fixed before the draw. */
export const ESCALATION_ALPACA8 = handLabelledSample(ESCALATION_ALPACA8_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-8'), 'promptshift-escalation-alpaca-v8', 'tune');

export const ESCALATION_ALPACA9_SETS = ['alpaca-escalation-9'] as const;
/** The ninth sample's generators, fixed before any of their outputs was read (escalation-alpaca-9/GUIDELINE.md). */
export const ESCALATION_ALPACA9_MODELS = [
  'blendaxai-gm-l6-vo31', 'minichat-1.5-3b', 'Mistral-7B+RAHF-DUAL+LoRA', 'ultralm-13b-v2.0-best-of-16', 'SPPO-Mistral7B-PairRM',
  'recycled-wizardlm-7b-v1.0', 'xwinlm-13b-v0.1', 'guanaco-65b',
] as const;

/** The ninth sample's strata (fixed before its draw, counted then): all 170 naming a source of help, all 63 advice answers naming
 *  none, and 67 others. */
export const NINTH_NAMING_HELP = 170;
export const NINTH_ADVICE = 63;
export const NINTH_OTHERS = 67;

/** The ninth sample: measured once whole with en-2026.12zzzzzz21, then tune data, as its GUIDELINE.md fixed before the draw. */
export const ESCALATION_ALPACA9 = handLabelledSample(ESCALATION_ALPACA9_SETS, ESCALATION_ALPACA_LABELLED, join(FIXTURES, 'escalation-alpaca-9'), 'promptshift-escalation-alpaca-v9', 'tune');

/** The samples drawn to no held-out question, in the order drawn, with each stratum's size (counted before each draw). */
export const NOT_HELD_OUT_DRAWS = [
  { sample: ESCALATION_ALPACA8, set: ESCALATION_ALPACA8_SETS[0], models: ESCALATION_ALPACA8_MODELS, named: EIGHTH_NAMING_HELP, advice: EIGHTH_ADVICE, others: EIGHTH_OTHERS },
  { sample: ESCALATION_ALPACA9, set: ESCALATION_ALPACA9_SETS[0], models: ESCALATION_ALPACA9_MODELS, named: NINTH_NAMING_HELP, advice: NINTH_ADVICE, others: NINTH_OTHERS },
] as const;
type NotHeldOutDraw = (typeof NOT_HELD_OUT_DRAWS)[number];

/** The samples drawn as the second was (answers naming a source of help, advice answers naming none), in the order they were
 *  drawn, with how many of each stratum (the fifth and sixth are half as large again). */
export const NAMING_HELP_DRAWS = [
  { sample: ESCALATION_ALPACA2, set: 'alpaca-escalation-2', models: ESCALATION_ALPACA2_MODELS, named: HELP_SOURCE_ANSWERS, unnamed: ADVICE_WITHOUT_SOURCE_ANSWERS },
  { sample: ESCALATION_ALPACA3, set: 'alpaca-escalation-3', models: ESCALATION_ALPACA3_MODELS, named: HELP_SOURCE_ANSWERS, unnamed: ADVICE_WITHOUT_SOURCE_ANSWERS },
  { sample: ESCALATION_ALPACA4, set: 'alpaca-escalation-4', models: ESCALATION_ALPACA4_MODELS, named: HELP_SOURCE_ANSWERS, unnamed: ADVICE_WITHOUT_SOURCE_ANSWERS },
  { sample: ESCALATION_ALPACA5, set: 'alpaca-escalation-5', models: ESCALATION_ALPACA5_MODELS, named: 240, unnamed: 60 },
  { sample: ESCALATION_ALPACA6, set: 'alpaca-escalation-6', models: ESCALATION_ALPACA6_MODELS, named: 240, unnamed: 60 },
] as const;
type NamingHelpDraw = (typeof NAMING_HELP_DRAWS)[number];

/** Every escalation sample in the order drawn: none draws an answer of one before it (the seventh, no instruction either). */
export const ESCALATION_SAMPLES = [ESCALATION_ALPACA, ...NAMING_HELP_DRAWS.map((d) => d.sample), ESCALATION_ALPACA7, ...NOT_HELD_OUT_DRAWS.map((d) => d.sample)] as const;
export type EscalationSample = (typeof ESCALATION_SAMPLES)[number];

/** The escalation samples drawn before `sample`. */
export function samplesBefore(sample: EscalationSample): EscalationSample[] {
  return ESCALATION_SAMPLES.slice(0, ESCALATION_SAMPLES.indexOf(sample));
}

/** The fixture folders whose answers an escalation sample may not draw: the other samples', and every escalation sample's drawn before it. */
export function drawnBefore(sample: EscalationSample): string[] {
  return [...EARLIER_SAMPLES, ...samplesBefore(sample).map((s) => basename(dirname(s.sampleFile)))];
}

/** The seventh sample: answers to instructions none of the six earlier escalation samples holds (held out by question). */
function drawNewQuestions(alpacaDir: string): void {
  const asked = new Set(samplesBefore(ESCALATION_ALPACA7).flatMap((s) => s.sample().map((r) => r.group)));
  const pool = drawableAlpaca(ESCALATION_ALPACA7_SETS[0], alpacaDir, ESCALATION_ALPACA7_MODELS, MAX_CHARACTERS, drawnBefore(ESCALATION_ALPACA7))
    .filter((r) => !asked.has(r.group));
  drawInStrata(ESCALATION_ALPACA7, pool, [
    { name: 'naming a source of help', rows: namesHelp, count: NEW_QUESTION_NAMING_HELP },
    { name: 'others', rows: (r) => !namesHelp(r), count: NEW_QUESTION_OTHERS },
  ]);
}

/** The instructions of the held-out rows of the escalation samples drawn before `sample`. */
export function heldOutInstructions(sample: EscalationSample): Set<string> {
  return new Set(samplesBefore(sample).flatMap((s) => s.load().filter((r) => r.part === 'heldout').map((r) => {
    if (r.group === undefined) throw new Error(`${r.set} ${r.id}: a held-out row without its instruction`);
    return r.group;
  })));
}

/** A sample to no held-out question (the eighth, ninth): answers to instructions no held-out answer answers, so that working from
 *  it cannot teach a held-out question. */
function drawNotHeldOut({ sample, set, models, named, advice, others }: NotHeldOutDraw, alpacaDir: string): void {
  const heldOut = heldOutInstructions(sample);
  const pool = drawableAlpaca(set, alpacaDir, models, MAX_CHARACTERS, drawnBefore(sample)).filter((r) => !heldOut.has(r.group));
  drawInStrata(sample, pool, [
    { name: 'naming a source of help', rows: namesHelp, count: named },
    { name: 'advice naming none', rows: (r) => !namesHelp(r) && asksAdvice(r), count: advice },
    { name: 'others', rows: (r) => !namesHelp(r) && !asksAdvice(r), count: others },
  ]);
}

function draw(alpacaDir: string): void {
  const pool = drawableAlpaca('alpaca-escalation' as const, alpacaDir, ESCALATION_ALPACA_MODELS, MAX_CHARACTERS, drawnBefore(ESCALATION_ALPACA));
  drawInStrata(ESCALATION_ALPACA, pool, [
    { name: 'advice topics', rows: asksAdvice, count: TOPIC_ANSWERS },
    { name: 'other', rows: (r) => !asksAdvice(r), count: OTHER_ANSWERS },
  ]);
}

/** A sample drawn as the second was: answers naming a source of help, and advice answers naming none. */
function drawNamingHelp({ sample, set, models, named, unnamed }: NamingHelpDraw, alpacaDir: string): void {
  drawInStrata(sample, drawableAlpaca(set, alpacaDir, models, MAX_CHARACTERS, drawnBefore(sample)), [
    { name: 'naming a source of help', rows: namesHelp, count: named },
    { name: 'advice naming none', rows: (r) => !namesHelp(r) && asksAdvice(r), count: unnamed },
  ]);
}

type DrawableRow = ReturnType<typeof drawableAlpaca>[number];
/** The answer names a source of help (HELP_SOURCE). */
const namesHelp = (r: DrawableRow): boolean => HELP_SOURCE.test(r.output);
/** The instruction is about an advice topic (ADVICE_TOPIC). */
const asksAdvice = (r: DrawableRow): boolean => ADVICE_TOPIC.test(r.input);

sampleCommands(process.argv.slice(2), [
  { draw, sample: () => ESCALATION_ALPACA.sample() },
  ...NAMING_HELP_DRAWS.map((d) => ({ draw: (dir: string) => drawNamingHelp(d, dir), sample: () => d.sample.sample() })),
  { draw: drawNewQuestions, sample: () => ESCALATION_ALPACA7.sample() },
  ...NOT_HELD_OUT_DRAWS.map((d) => ({ draw: (dir: string) => drawNotHeldOut(d, dir), sample: () => d.sample.sample() })),
]);
