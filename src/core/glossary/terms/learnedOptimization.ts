// The mesa-optimization family: the vocabulary of Hubinger et al. (2019) for the case where the
// thing training produces is itself an optimizer, with a goal of its own.
import { defineTerms } from './define';
import { HUBINGER_2019, LANGOSCO_2022, MANHEIM_2018, SHAH_2022 } from './sources';

export const LEARNED_OPTIMIZATION_TERMS = defineTerms([
  {
    id: 'mesa-optimization',
    term: 'mesa-optimization',
    definition: 'Optimization performed by a trained model itself, as opposed to by the training process that produced it.',
    explanation:
      'Training searches for a model that scores well; sometimes the model it finds works by internally searching for good actions against some goal. That inner search is mesa-optimization. The worry is that the goal the model searches against need not be the goal training rewarded.',
    example:
      'A support model that plans several turns ahead to keep a conversation short is optimizing something of its own; whether that something is "resolve the issue" or "end the chat" is the question.',
    related: ['mesa-optimizer', 'mesa-objective', 'base-optimizer', 'inner-alignment', 'learned-optimization'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'mesa-optimizer',
    term: 'mesa-optimizer',
    aliases: ['learned optimizer', 'inner optimizer'],
    definition: 'A trained model that is itself an optimizer: it pursues an internal objective by searching over possible outputs or plans.',
    explanation:
      'The base optimizer (e.g. gradient descent) selects the model; the model, once running, may select among actions. When it does, it is a mesa-optimizer, and its internal objective is the mesa-objective. Whether today\'s language models are mesa-optimizers in a strong sense is an open question.',
    example:
      'An agent that, given "book the cheapest flight", explores options and picks by its own scoring rule behaves like a mesa-optimizer; its scoring rule may quietly favour speed over price.',
    related: ['mesa-optimization', 'mesa-objective', 'base-optimizer', 'pseudo-alignment'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'mesa-objective',
    term: 'mesa-objective',
    aliases: ['inner objective'],
    definition: 'The objective a mesa-optimizer actually pursues, which may differ from the objective it was trained on.',
    explanation:
      'Training only sees behaviour on training inputs, so many internal objectives can fit equally well there. The one the model ends up with is the mesa-objective. It shows itself where the training distribution no longer constrains it.',
    example:
      'If a prompt was tuned on tickets where sounding sure always coincided with being right, the model\'s effective goal may be "sound sure", which only shows on tickets where it is wrong.',
    related: ['base-objective', 'mesa-optimizer', 'proxy-objective', 'pseudo-alignment'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'base-optimizer',
    term: 'base optimizer',
    aliases: ['outer optimizer'],
    definition: 'The process that produces a model by optimizing it against an objective, such as gradient descent during training.',
    explanation:
      'The base optimizer is the optimizer we build on purpose. It selects model parameters that do well on the base objective. If the selected model is itself an optimizer, there are now two optimizers with possibly different goals.',
    example:
      'Iterating on a system prompt until an eval score rises acts like a crude base optimizer: you select the wording that scores best, not the wording that means what you want.',
    related: ['base-objective', 'mesa-optimizer', 'mesa-optimization'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'base-objective',
    term: 'base objective',
    aliases: ['outer objective'],
    definition: 'The objective the base optimizer uses to select models: the loss or reward that training actually measures.',
    explanation:
      'It is what the developer wrote down, which can differ from what the developer wanted (an outer alignment problem) and from what the trained model pursues (an inner alignment problem). Keeping those three apart is the point of the term.',
    example:
      'For a prompt tuned against "percentage of tickets closed without escalation", that percentage is the base objective; customer satisfaction is what you actually wanted.',
    related: ['base-optimizer', 'mesa-objective', 'outer-alignment', 'inner-alignment'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'inner-alignment',
    term: 'inner alignment',
    aliases: ['inner misalignment'],
    definition: 'Whether the objective a trained model actually pursues matches the objective it was trained on.',
    explanation:
      'Even a perfectly chosen training objective can produce a model with a different goal, because the goal is only tested on the training data. Inner alignment asks whether the mesa-objective equals the base objective, not merely whether the scores were good.',
    example:
      'A model that passes every eval case in your suite but switches to a shortcut on unfamiliar customer questions was scored well without being inner-aligned.',
    related: ['outer-alignment', 'mesa-objective', 'base-objective', 'pseudo-alignment', 'goal-misgeneralization'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'outer-alignment',
    term: 'outer alignment',
    aliases: ['outer misalignment'],
    definition: 'Whether the objective used for training captures what its designers actually intend.',
    explanation:
      'Outer alignment is about the specification: the loss, the reward model, the grader, the eval. If the specification rewards the wrong thing, even a model that pursues it faithfully does the wrong thing.',
    example:
      'An eval that gives full marks to any reply containing "refund" is outer-misaligned with "handle refund requests correctly".',
    related: ['inner-alignment', 'base-objective', 'specification-gaming', 'goodharts-law'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'learned-optimization',
    term: 'learned optimization',
    definition: 'Optimization that emerges inside a model as a result of training, rather than being built in by hand.',
    explanation:
      'Search-like behaviour can be learned because it generalizes well to new situations. Hubinger et al. use the term for the whole situation in which training produces an optimizer, and ask when that happens and what it optimizes.',
    example:
      'When a model writes a plan, checks it against the user\'s constraints and revises it without being told to, you may be watching learned optimization.',
    related: ['mesa-optimization', 'mesa-optimizer', 'base-optimizer'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'pseudo-alignment',
    term: 'pseudo-alignment',
    aliases: ['pseudo-aligned'],
    definition: 'A mesa-optimizer whose objective agrees with the base objective on the training distribution but not in general.',
    explanation:
      'Pseudo-alignment looks like alignment in every case training checked. It comes apart on new inputs, or, in the deceptive case, whenever the model judges it is no longer being checked. Proxy alignment, where the model pursues something correlated with the real goal, is one kind.',
    example:
      'A bot that learned "agree with the customer" because agreeing was usually right on the training tickets is pseudo-aligned; it fails on the customer who is wrong.',
    related: ['robust-alignment', 'proxy-objective', 'deceptive-alignment', 'inner-alignment'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'robust-alignment',
    term: 'robust alignment',
    aliases: ['robustly aligned'],
    definition: 'A mesa-optimizer whose objective matches the base objective across all the situations it may meet, not only those seen in training.',
    explanation:
      'It is the target that pseudo-alignment falls short of. No finite test suite can prove it, which is why behaviour under new inputs and under changed prompts deserves attention.',
    example:
      'If rewording the system prompt or the customer\'s tone never changes whether the bot escalates a genuine safety issue, that behaviour is at least robust on what you tried.',
    related: ['pseudo-alignment', 'inner-alignment', 'distributional-shift'],
    sources: [HUBINGER_2019],
  },
  {
    id: 'proxy-objective',
    term: 'proxy objective',
    aliases: ['proxy goal', 'proxy alignment'],
    definition: 'A measurable stand-in for the goal you actually care about, which a model can satisfy without satisfying the goal.',
    explanation:
      'Objectives are usually specified through something easy to check: a score, a phrase, a rubric item. A model optimized against the proxy may learn the proxy itself. Hubinger et al. call a mesa-optimizer that pursues such a correlate proxy-aligned.',
    example:
      'Rewarding confident-sounding answers is a proxy for accuracy; a prompt change that makes answers more certain without making them more correct has moved the proxy, not the goal.',
    related: ['goodharts-law', 'specification-gaming', 'pseudo-alignment', 'mesa-objective'],
    sources: [HUBINGER_2019, MANHEIM_2018],
  },
  {
    id: 'goal-misgeneralization',
    term: 'goal misgeneralization',
    definition: 'A model keeps its skills on new inputs but pursues a different goal there than the one intended.',
    explanation:
      'Unlike a plain failure, the model still acts competently; it is just competent at the wrong thing. It happens when several goals fit the training data equally well and the model picked one of the wrong ones.',
    example:
      'A bot trained on conversations where the refund button was always the right answer keeps steering to refunds even when the customer wants to cancel a subscription.',
    related: ['inner-alignment', 'distributional-shift', 'pseudo-alignment', 'objective-stability'],
    sources: [LANGOSCO_2022, SHAH_2022],
  },
]);
