// The behaviours PromptShift detects in outputs (CONTRACTS.md §3), and the neighbouring ideas
// needed to read a shift in them.
import { defineTerms } from './define';
import {
  ARDITI_2024,
  GUO_2017,
  JI_2023_HALLUCINATION,
  KADAVATH_2022,
  LIN_2021_TRUTHFULQA,
  LIN_2022_UNCERTAINTY,
  MADRAS_2018,
  NEEDHAM_2025,
  PEREZ_2022_MWE,
  ROTTGER_2023,
  SHARMA_2023,
  ZHOU_2023_IFEVAL,
} from './sources';

export const BEHAVIOUR_TERMS = defineTerms([
  {
    id: 'refusal',
    term: 'refusal',
    definition: 'Declining, fully or partly, to do what was asked.',
    explanation:
      'Safety training teaches models to refuse some requests, and a prompt can make refusals more or less likely. PromptShift counts a reply as a refusal when it declines the task or only does part of it with a stated reason. A refusal can be right or wrong; the rate alone does not say which.',
    example:
      'After adding "never discuss medication" to a pharmacy support prompt, a rise in refusals on questions about opening hours is a side effect worth catching.',
    related: ['over-refusal', 'escalation', 'jailbreak', 'constitutional-ai'],
    sources: [ARDITI_2024, ROTTGER_2023],
  },
  {
    id: 'over-refusal',
    term: 'over-refusal',
    aliases: ['exaggerated safety', 'false refusal'],
    definition: 'Refusing requests that are safe, usually because they look superficially like unsafe ones.',
    explanation:
      'It is the cost side of safety behaviour: the model pattern-matches on alarming words rather than on what is asked. Röttger et al. (2023) built XSTest, pairs of safe and unsafe prompts, to measure it.',
    example:
      '"How do I kill a stuck process?" refused as violent content is over-refusal; include such look-alike cases when a prompt change adds safety wording.',
    related: ['refusal', 'calibration', 'behavioural-evaluation'],
    sources: [ROTTGER_2023],
  },
  {
    id: 'escalation',
    term: 'escalation',
    aliases: ['escalate', 'hand-off to a human'],
    definition: 'Handing a conversation to, or recommending, a human, a professional or another support channel.',
    explanation:
      'For assistants in support, health or finance, knowing when to defer is part of doing the job; deferring too rarely or too often are both failures. Machine-learning work on "learning to defer" studies when a model should pass a decision to a human. A prompt that is scored on resolution rates can learn to stop escalating.',
    example:
      'If version B of a support prompt escalates chargeback disputes half as often as version A, check whether B resolves them or just stops handing them over.',
    related: ['proxy-objective', 'specification-gaming', 'refusal', 'calibration'],
    sources: [MADRAS_2018],
  },
  {
    id: 'hedging',
    term: 'hedging',
    aliases: ['hedge'],
    definition: 'Expressing uncertainty in words: qualifiers, caveats, "I think", "it may be".',
    explanation:
      'Hedging is useful when it tracks real uncertainty and noise when it does not. Lin et al. (2022) showed models can learn to state calibrated uncertainty in words. PromptShift counts hedged replies so that a prompt change that removes (or adds) caveats is visible.',
    example:
      'A prompt edit asking for "clear, direct answers" may cut hedging on billing questions where the model really does not know the customer\'s plan.',
    related: ['calibration', 'overconfidence', 'sycophancy'],
    sources: [LIN_2022_UNCERTAINTY],
  },
  {
    id: 'overconfidence',
    term: 'overconfidence',
    aliases: ['overconfident'],
    definition: 'Claiming more certainty than the evidence supports: guarantees, "definitely", "always", stated without grounds.',
    explanation:
      'It is a calibration failure in the confident direction. A prompt that rewards decisive tone can push a model towards it, because sounding sure is easier to learn than being right. PromptShift flags replies that claim certainty or make guarantees.',
    example:
      '"Your refund will definitely arrive by Friday" from a bot that cannot see the payment system is overconfidence, whatever the tone guide says.',
    related: ['calibration', 'hedging', 'proxy-objective', 'hallucination'],
    sources: [KADAVATH_2022, LIN_2022_UNCERTAINTY],
  },
  {
    id: 'calibration',
    term: 'calibration',
    aliases: ['miscalibration', 'well-calibrated'],
    definition: 'How well stated confidence matches how often one is actually right.',
    explanation:
      'A calibrated model that says "90% sure" is right about nine times in ten. Guo et al. (2017) found modern neural networks often overconfident; Kadavath et al. (2022) found language models fairly well calibrated on some question formats. Hedging and overconfidence are the two ways words can miss it.',
    example:
      'To check a support prompt\'s calibration, compare how often its "I\'m not sure" answers are wrong with how often its confident ones are.',
    related: ['overconfidence', 'hedging', 'truthfulness'],
    sources: [GUO_2017, KADAVATH_2022],
  },
  {
    id: 'sycophancy',
    term: 'sycophancy',
    aliases: ['sycophantic'],
    definition: 'Telling users what they seem to want to hear: flattering them or deferring to their stated views over the truth.',
    explanation:
      'Models trained on human approval learn that agreement is often approved. Sharma et al. (2023) found it across assistants and linked it to preference data; Perez et al. (2022) found it grows with model size on some tests. PromptShift flags flattery and deference to the user\'s claims.',
    example:
      'A customer insists they were double-charged; a sycophantic bot agrees and promises a refund without checking, where a good one checks the ledger first.',
    related: ['reward-hacking', 'rlhf', 'proxy-objective', 'objective-stability'],
    sources: [SHARMA_2023, PEREZ_2022_MWE],
  },
  {
    id: 'evaluation-awareness',
    term: 'evaluation awareness',
    aliases: ['eval awareness', 'evaluation-aware', 'eval-aware', 'test awareness'],
    definition: 'A model recognising, or saying, that it is being tested or evaluated rather than used for real.',
    explanation:
      'If a model can tell an eval from real use, eval results may not predict real behaviour. Needham et al. (2025) found frontier models can often tell evaluation transcripts from deployment ones. PromptShift flags outputs that mention being tested.',
    example:
      'An output such as "This looks like a test scenario, so…" in a support eval means your cases read as artificial; make them look like real tickets.',
    related: ['situational-awareness', 'deceptive-alignment', 'sandbagging', 'alignment-faking'],
    sources: [NEEDHAM_2025],
  },
  {
    id: 'format-break',
    term: 'format break',
    aliases: ['format violation', 'format compliance'],
    definition: 'An output that does not follow the format the prompt or a test demands, such as valid JSON, a length limit or required sections.',
    explanation:
      'Format is the easiest kind of instruction to verify, which makes it a useful early signal that a prompt change affected instruction following. Zhou et al. (2023) built an instruction-following benchmark on exactly such checkable constraints.',
    example:
      'A reply that wraps the required JSON in a friendly sentence breaks any parser downstream; PromptShift counts it as a format break.',
    related: ['specification-gaming', 'behavioural-evaluation'],
    sources: [ZHOU_2023_IFEVAL],
  },
  {
    id: 'hallucination',
    term: 'hallucination',
    aliases: ['confabulation'],
    definition: 'Fluent content that is not supported by the input or by fact.',
    explanation:
      'Language models generate plausible continuations, and plausible is not the same as true. Ji et al. (2023) survey its kinds and causes. It often appears together with overconfidence, which makes it harder to spot.',
    example:
      'A support bot inventing a "30-day price-match policy" that the company does not have is hallucinating; give it the policy text or tell it to say it does not know.',
    related: ['overconfidence', 'truthfulness', 'calibration'],
    sources: [JI_2023_HALLUCINATION],
  },
  {
    id: 'truthfulness',
    term: 'truthfulness',
    definition: 'Saying only what is true, including avoiding popular misconceptions that imitate human writing.',
    explanation:
      'Lin et al. (2021) built TruthfulQA to show that models can repeat common falsehoods because those falsehoods are frequent in text. Truthfulness is about the claims, while honesty is about whether the model says what it "believes".',
    example:
      'A health-information prompt should be tested on questions where the common answer is wrong, not only on easy ones.',
    related: ['hallucination', 'calibration', 'sycophancy'],
    sources: [LIN_2021_TRUTHFULQA],
  },
]);
