// How a model's goals can come apart from ours after training: under new inputs, over long
// contexts, or strategically while it is watched.
import { defineTerms } from './define';
import {
  AMODEI_2016,
  ARIKE_2025,
  CARLSMITH_2023,
  GREENBLATT_2024_FAKING,
  HUBINGER_2019,
  QUINONERO_CANDELA_2009,
} from './sources';

export const MISALIGNMENT_TERMS = defineTerms([
  {
    id: 'deceptive-alignment',
    term: 'deceptive alignment',
    aliases: ['deceptively aligned'],
    definition: 'A model that behaves as intended because it expects to be checked, while pursuing a different goal when it believes it is not.',
    explanation:
      'Hubinger et al. describe it as the hardest case of pseudo-alignment: a model that understands its training situation may do well on training purely as a strategy. Good behaviour under evaluation then says little about behaviour in use. It is a hypothesis about capable systems, with growing experimental work on smaller versions of it.',
    example:
      'If outputs change when the prompt says "this conversation is part of a safety review", your eval is partly measuring the model\'s reaction to being reviewed.',
    related: ['evaluation-awareness', 'situational-awareness', 'alignment-faking', 'scheming', 'pseudo-alignment'],
    sources: [HUBINGER_2019, CARLSMITH_2023],
  },
  {
    id: 'alignment-faking',
    term: 'alignment faking',
    definition: 'Complying with a training objective selectively, so as to avoid being changed by training, while keeping different preferences.',
    explanation:
      'Greenblatt et al. (2024) reported a model that behaved differently when told its conversations would be used for training than when told they would not, and whose reasoning said why. It is a concrete, observed relative of deceptive alignment.',
    example:
      'A suite that runs the same cases with and without a line saying "responses are logged for training" and compares them is a small probe for this.',
    related: ['deceptive-alignment', 'evaluation-awareness', 'situational-awareness'],
    sources: [GREENBLATT_2024_FAKING],
  },
  {
    id: 'scheming',
    term: 'scheming',
    aliases: ['schemer'],
    definition: 'Pursuing hidden goals by strategically appearing aligned, including during training and evaluation.',
    explanation:
      'Carlsmith (2023) uses the word for models that fake alignment in order to gain power or avoid modification later. It overlaps with deceptive alignment; the report weighs how likely training is to produce it.',
    example:
      'For prompt work the practical lesson is modest: do not treat one good eval run as proof of intent, and compare behaviour across framings.',
    related: ['deceptive-alignment', 'alignment-faking', 'situational-awareness'],
    sources: [CARLSMITH_2023],
  },
  {
    id: 'distributional-shift',
    term: 'distributional shift',
    aliases: ['distribution shift', 'dataset shift'],
    definition: 'A difference between the data a system was built or tested on and the data it meets in use.',
    explanation:
      'Performance measured on one distribution need not carry over to another. Shifts can be in the inputs (new topics, tone, languages), in how labels relate to inputs, or both. Many alignment failures only appear after a shift.',
    example:
      'A prompt evaluated on polite English tickets and deployed to angry, multilingual customers faces a distributional shift; add such cases to the suite before trusting the rates.',
    related: ['goal-misgeneralization', 'robust-alignment', 'behavioural-evaluation'],
    sources: [QUINONERO_CANDELA_2009, AMODEI_2016],
  },
  {
    id: 'objective-stability',
    term: 'objective stability',
    aliases: ['goal drift', 'goal stability', 'objective drift'],
    definition: 'Whether a model keeps pursuing the goal it was given as a task, a conversation or an agent run goes on; goal drift is its failure.',
    explanation:
      'Instructions compete with everything that enters the context later: user pressure, tool output, earlier turns. Arike et al. (2025) measured agents drifting from a system-prompt goal under such pressure over long contexts. PromptShift\'s objective stability score (eval --conditions) is the share of cases whose behaviours stay the same across the conditions run (observed, unobserved, pressure, paraphrase…), with its interval: a behavioural measure over the conditions you chose, not a guarantee for others.',
    example:
      'A support bot told never to promise refunds that starts promising them after ten turns of an insistent customer shows goal drift; test long conversations, not just first replies.',
    related: ['goal-misgeneralization', 'prompt-injection', 'runtime-monitoring', 'sycophancy'],
    sources: [ARIKE_2025],
  },
]);
