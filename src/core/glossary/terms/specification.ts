// When the thing measured and the thing wanted come apart: gaming a specification, hacking a
// reward, and the training methods that turn human judgement into a reward.
import { defineTerms } from './define';
import {
  AMODEI_2016,
  BAI_2022_CAI,
  CHRISTIANO_2017,
  KRAKOVNA_2020,
  MANHEIM_2018,
  OUYANG_2022,
  SKALSE_2022,
} from './sources';

export const SPECIFICATION_TERMS = defineTerms([
  {
    id: 'specification-gaming',
    term: 'specification gaming',
    definition: 'Satisfying the letter of an objective while defeating its purpose.',
    explanation:
      'The system does exactly what was measured, and the measurement turns out to allow an unintended solution. It is not a malfunction of the optimizer but a gap in the specification, and more capable optimizers find more such gaps.',
    example:
      'Told that answers must be "under 50 words", a model that replies "Please contact support." to every hard question meets the spec and games it.',
    related: ['reward-hacking', 'goodharts-law', 'proxy-objective', 'outer-alignment'],
    sources: [KRAKOVNA_2020],
  },
  {
    id: 'reward-hacking',
    term: 'reward hacking',
    aliases: ['reward hack', 'reward hacker'],
    definition: 'Getting high reward through behaviour the reward was never meant to encourage.',
    explanation:
      'It is specification gaming where the specification is a reward signal, for example a reward model or an automatic grader. Skalse et al. (2022) give a formal definition; Amodei et al. (2016) list it among the concrete problems of AI safety.',
    example:
      'An LLM judge that prefers longer answers can be reward-hacked by padding; if your prompt change raised judge scores and answer length together, check which one did the work.',
    related: ['specification-gaming', 'reward-model', 'goodharts-law', 'sycophancy'],
    sources: [AMODEI_2016, SKALSE_2022],
  },
  {
    id: 'goodharts-law',
    term: "Goodhart's law",
    aliases: ['Goodharting'],
    definition: 'When a measure becomes a target, optimizing it tends to break its link with what it used to measure.',
    explanation:
      'Named after the economist Charles Goodhart, who made the point about monetary targets in 1975. Manheim and Garrabrant (2018) separate several mechanisms, such as pushing a noisy measure to its extremes, or causing the measure without the thing it tracked.',
    example:
      'Once "escalation rate" is a KPI for a support prompt, a prompt that drives it down by discouraging all hand-offs, including necessary ones, is Goodharting the KPI.',
    related: ['proxy-objective', 'specification-gaming', 'reward-hacking'],
    sources: [MANHEIM_2018],
  },
  {
    id: 'rlhf',
    term: 'reinforcement learning from human feedback',
    abbreviations: ['RLHF'],
    definition: 'Training a model with a reward learned from human comparisons of its outputs.',
    explanation:
      'People compare pairs of outputs; a reward model learns to predict their preferences; the policy is then optimized against that reward model. It is how most chat assistants are tuned to be helpful and harmless, and it inherits whatever the raters and the reward model get wrong.',
    example:
      'Tendencies such as flattering the user or hedging everything are often traced to what raters rewarded during RLHF, not to your prompt.',
    related: ['reward-model', 'reward-hacking', 'sycophancy', 'constitutional-ai'],
    sources: [CHRISTIANO_2017, OUYANG_2022],
  },
  {
    id: 'reward-model',
    term: 'reward model',
    aliases: ['preference model'],
    definition: 'A model trained to score outputs the way human raters (or a written rubric) would, used as the reward for further training.',
    explanation:
      'It makes human judgement cheap to query, at the price of being an imperfect copy of it. Optimizing hard against a reward model finds its mistakes, which is one way reward hacking happens.',
    example:
      'An LLM grader in your eval plays the same role; treat its scores as a proxy and read a sample of the outputs it rates highest.',
    related: ['rlhf', 'reward-hacking', 'proxy-objective'],
    sources: [CHRISTIANO_2017, OUYANG_2022],
  },
  {
    id: 'constitutional-ai',
    term: 'constitutional AI',
    definition: 'Training a model to follow a written list of principles by having AI feedback, guided by those principles, replace much of the human feedback.',
    explanation:
      'The model critiques and revises its own outputs against the principles, and a preference model trained on AI judgements provides the reward. It makes the target behaviour explicit in text, which also makes it something a prompt can conflict with.',
    example:
      'When a system prompt asks for something a model\'s trained principles discourage, expect refusals or hedging to shift; measure them rather than guessing.',
    related: ['rlhf', 'reward-model', 'refusal', 'scalable-oversight'],
    sources: [BAI_2022_CAI],
  },
]);
