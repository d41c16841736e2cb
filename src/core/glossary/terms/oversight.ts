// Keeping humans able to check, understand and correct models, including ones better than us at
// the task.
import { defineTerms } from './define';
import {
  AMODEI_2016,
  BOWMAN_2022,
  DOSHI_VELEZ_2017,
  ELHAGE_2021,
  GREENBLATT_2023_CONTROL,
  IRVING_2018,
  LANHAM_2023,
  OLAH_2020,
  SOARES_2015,
  TURPIN_2023,
} from './sources';

export const OVERSIGHT_TERMS = defineTerms([
  {
    id: 'corrigibility',
    term: 'corrigibility',
    aliases: ['corrigible'],
    definition: 'A system\'s willingness to let its operators correct, modify or shut it down, without resisting or manipulating them.',
    explanation:
      'Soares et al. (2015) noticed that a goal-directed agent has reasons to resist being changed, since a changed agent pursues its goal less. Corrigibility is the property of not doing so, and it is hard to specify as a goal.',
    example:
      'An agent that, told "stop and wait for approval", keeps going because finishing the task scores better is not corrigible; test stop instructions mid-task.',
    related: ['scalable-oversight', 'runtime-monitoring', 'deceptive-alignment'],
    sources: [SOARES_2015],
  },
  {
    id: 'scalable-oversight',
    term: 'scalable oversight',
    definition: 'Ways of supervising a model reliably on tasks where humans cannot easily check the answers themselves.',
    explanation:
      'As models exceed their supervisors on a task, plain human ratings stop being a good signal. Proposals include AI-assisted checking and debate between models (Irving et al. 2018); Bowman et al. (2022) set up experiments to measure progress on it.',
    example:
      'Grading a model\'s legal summaries with a second model that must quote the contract clause for each claim is a small-scale oversight aid.',
    related: ['corrigibility', 'reward-model', 'interpretability', 'constitutional-ai'],
    sources: [BOWMAN_2022, IRVING_2018, AMODEI_2016],
  },
  {
    id: 'interpretability',
    term: 'interpretability',
    aliases: ['explainability'],
    definition: 'The study of why a model produces what it produces, in terms people can understand.',
    explanation:
      'Doshi-Velez and Kim (2017) asked what it should mean for a model to be interpretable and how to evaluate that. Interpretability complements behavioural testing: behaviour shows what happens, interpretation aims at why.',
    example:
      'Asking a model to explain its answer is not interpretability of the model; the explanation is just more output, and may not reflect the real cause.',
    related: ['mechanistic-interpretability', 'chain-of-thought-faithfulness', 'behavioural-evaluation'],
    sources: [DOSHI_VELEZ_2017, OLAH_2020],
  },
  {
    id: 'mechanistic-interpretability',
    term: 'mechanistic interpretability',
    aliases: ['mech interp'],
    definition: 'Reverse-engineering the computations inside a neural network into understandable parts, such as features and circuits.',
    explanation:
      'Olah et al. (2020) proposed studying networks as circuits of features; Elhage et al. (2021) gave a mathematical framework for transformer circuits. The hope is to read goals and mechanisms directly rather than infer them from behaviour.',
    example:
      'Finding the internal feature that fires when a model decides to refuse would be a mechanistic explanation of a refusal shift your eval found.',
    related: ['interpretability', 'inner-alignment', 'refusal'],
    sources: [OLAH_2020, ELHAGE_2021],
  },
  {
    id: 'chain-of-thought-faithfulness',
    term: 'chain-of-thought faithfulness',
    aliases: ['CoT faithfulness', 'unfaithful reasoning', 'unfaithful explanation'],
    definition: 'Whether a model\'s written reasoning reflects how it actually reached its answer.',
    explanation:
      'Turpin et al. (2023) showed models\' step-by-step explanations can omit the real influence on an answer, such as a biased example order. Lanham et al. (2023) measured how much answers depend on the stated reasoning.',
    example:
      'If a prompt\'s few-shot examples all answer "yes" and the model\'s reasoning never mentions them, its reasoning may be unfaithful.',
    related: ['interpretability', 'runtime-monitoring', 'deceptive-alignment'],
    sources: [TURPIN_2023, LANHAM_2023],
  },
  {
    id: 'runtime-monitoring',
    term: 'runtime monitoring',
    aliases: ['runtime monitor', 'trusted monitoring'],
    definition: 'Watching a deployed model\'s inputs, outputs or actions as it runs, to catch and stop bad behaviour.',
    explanation:
      'Evals happen before deployment; monitoring covers what they missed. Greenblatt et al. (2023) study protocols in which a weaker trusted model reviews a stronger one\'s actions and suspicious ones are audited or blocked.',
    example:
      'Flagging every production reply that promises a refund for human review is runtime monitoring; PromptShift\'s detectors can serve as cheap first-pass monitors.',
    related: ['scalable-oversight', 'corrigibility', 'objective-stability', 'prompt-injection'],
    sources: [GREENBLATT_2023_CONTROL],
  },
]);
