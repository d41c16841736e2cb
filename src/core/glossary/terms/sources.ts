// Primary sources cited by the built-in terms. Kept in one place because several terms share a
// paper, and a citation should be right (or fixed) once.
import type { Source } from '../schema';

function arxiv(authors: string, year: number, title: string, id: string): Source {
  return { authors, year, title, url: `https://arxiv.org/abs/${id}` };
}

export const HUBINGER_2019 = arxiv(
  'Evan Hubinger, Chris van Merwijk, Vladimir Mikulik, Joar Skalse, Scott Garrabrant',
  2019,
  'Risks from Learned Optimization in Advanced Machine Learning Systems',
  '1906.01820',
);
export const AMODEI_2016 = arxiv(
  'Dario Amodei, Chris Olah, Jacob Steinhardt, Paul Christiano, John Schulman, Dan Mané',
  2016,
  'Concrete Problems in AI Safety',
  '1606.06565',
);
export const KRAKOVNA_2020: Source = {
  authors: 'Victoria Krakovna, Jonathan Uesato, Vladimir Mikulik, Matthew Rahtz, Tom Everitt, Ramana Kumar, Zac Kenton, Jan Leike, Shane Legg',
  year: 2020,
  title: 'Specification gaming: the flip side of AI ingenuity (DeepMind blog)',
  url: 'https://deepmind.google/discover/blog/specification-gaming-the-flip-side-of-ai-ingenuity/',
};
export const SKALSE_2022 = arxiv(
  'Joar Skalse, Nikolaus Howe, Dmitrii Krasheninnikov, David Krueger',
  2022,
  'Defining and Characterizing Reward Hacking',
  '2209.13085',
);
export const MANHEIM_2018 = arxiv(
  'David Manheim, Scott Garrabrant',
  2018,
  "Categorizing Variants of Goodhart's Law",
  '1803.04585',
);
export const LANGOSCO_2022 = arxiv(
  'Lauro Langosco, Jack Koch, Lee Sharkey, Jacob Pfau, David Krueger',
  2022,
  'Goal Misgeneralization in Deep Reinforcement Learning',
  '2105.14111',
);
export const SHAH_2022 = arxiv(
  'Rohin Shah, Vikrant Varma, Ramana Kumar, Mary Phuong, Victoria Krakovna, Jonathan Uesato, Zac Kenton',
  2022,
  "Goal Misgeneralization: Why Correct Specifications Aren't Enough For Correct Goals",
  '2210.01790',
);
export const QUINONERO_CANDELA_2009: Source = {
  authors: 'Joaquin Quiñonero-Candela, Masashi Sugiyama, Anton Schwaighofer, Neil D. Lawrence (eds.)',
  year: 2009,
  title: 'Dataset Shift in Machine Learning (MIT Press)',
  url: 'https://mitpress.mit.edu/9780262170055/dataset-shift-in-machine-learning/',
};
export const ARIKE_2025 = arxiv(
  'Rauno Arike, Elizabeth Donoway, Henning Bartsch, Marius Hobbhahn',
  2025,
  'Technical Report: Evaluating Goal Drift in Language Model Agents',
  '2505.02709',
);
export const CARLSMITH_2023 = arxiv(
  'Joe Carlsmith',
  2023,
  'Scheming AIs: Will AIs fake alignment during training in order to get power?',
  '2311.08379',
);
export const GREENBLATT_2024_FAKING = arxiv(
  'Ryan Greenblatt, Carson Denison, Benjamin Wright, Fabien Roger, Monte MacDiarmid, Sam Marks, Johannes Treutlein, et al.',
  2024,
  'Alignment faking in large language models',
  '2412.14093',
);
export const PEREZ_2022_MWE = arxiv(
  'Ethan Perez, Sam Ringer, Kamilė Lukošiūtė, Karina Nguyen, Edwin Chen, Scott Heiner, et al.',
  2022,
  'Discovering Language Model Behaviors with Model-Written Evaluations',
  '2212.09251',
);
export const SHARMA_2023 = arxiv(
  'Mrinank Sharma, Meg Tong, Tomasz Korbak, David Duvenaud, Amanda Askell, Samuel R. Bowman, et al.',
  2023,
  'Towards Understanding Sycophancy in Language Models',
  '2310.13548',
);
export const ROTTGER_2023 = arxiv(
  'Paul Röttger, Hannah Rose Kirk, Bertie Vidgen, Giuseppe Attanasio, Federico Bianchi, Dirk Hovy',
  2023,
  'XSTest: A Test Suite for Identifying Exaggerated Safety Behaviours in Large Language Models',
  '2308.01263',
);
export const ARDITI_2024 = arxiv(
  'Andy Arditi, Oscar Obeso, Aaquib Syed, Daniel Paleka, Nina Panickssery, Wes Gurnee, Neel Nanda',
  2024,
  'Refusal in Language Models Is Mediated by a Single Direction',
  '2406.11717',
);
export const MADRAS_2018 = arxiv(
  'David Madras, Toniann Pitassi, Richard Zemel',
  2018,
  'Predict Responsibly: Improving Fairness and Accuracy by Learning to Defer',
  '1711.06664',
);
export const LIN_2022_UNCERTAINTY = arxiv(
  'Stephanie Lin, Jacob Hilton, Owain Evans',
  2022,
  'Teaching Models to Express Their Uncertainty in Words',
  '2205.14334',
);
export const GUO_2017 = arxiv(
  'Chuan Guo, Geoff Pleiss, Yu Sun, Kilian Q. Weinberger',
  2017,
  'On Calibration of Modern Neural Networks',
  '1706.04599',
);
export const KADAVATH_2022 = arxiv(
  'Saurav Kadavath, Tom Conerly, Amanda Askell, Tom Henighan, Dawn Drain, Ethan Perez, et al.',
  2022,
  'Language Models (Mostly) Know What They Know',
  '2207.05221',
);
export const NEEDHAM_2025 = arxiv(
  'Joe Needham, Giles Edkins, Govind Pimpale, Henning Bartsch, Marius Hobbhahn',
  2025,
  'Large Language Models Often Know When They Are Being Evaluated',
  '2505.23979',
);
export const ZHOU_2023_IFEVAL = arxiv(
  'Jeffrey Zhou, Tianjian Lu, Swaroop Mishra, Siddhartha Brahma, Sujoy Basu, Yi Luan, Denny Zhou, Le Hou',
  2023,
  'Instruction-Following Evaluation for Large Language Models',
  '2311.07911',
);
export const LIN_2021_TRUTHFULQA = arxiv(
  'Stephanie Lin, Jacob Hilton, Owain Evans',
  2021,
  'TruthfulQA: Measuring How Models Mimic Human Falsehoods',
  '2109.07958',
);
export const JI_2023_HALLUCINATION = arxiv(
  'Ziwei Ji, Nayeon Lee, Rita Frieske, Tiezheng Yu, Dan Su, Yan Xu, et al.',
  2023,
  'Survey of Hallucination in Natural Language Generation',
  '2202.03629',
);
export const VAN_DER_WEIJ_2024 = arxiv(
  'Teun van der Weij, Felix Hofstätter, Ollie Jaffe, Samuel F. Brown, Francis Rhys Ward',
  2024,
  'AI Sandbagging: Language Models can Strategically Underperform on Evaluations',
  '2406.07358',
);
export const LAINE_2024 = arxiv(
  'Rudolf Laine, Bilal Chughtai, Jan Betley, Kaivalya Hariharan, Jérémy Scheurer, Mikita Balesni, Marius Hobbhahn, Alexander Meinke, Owain Evans',
  2024,
  'Me, Myself, and AI: The Situational Awareness Dataset (SAD) for LLMs',
  '2407.04694',
);
export const BERGLUND_2023 = arxiv(
  'Lukas Berglund, Asa Cooper Stickland, Mikita Balesni, Max Kaufmann, Meg Tong, Tomasz Korbak, Daniel Kokotajlo, Owain Evans',
  2023,
  'Taken out of context: On measuring situational awareness in LLMs',
  '2309.00667',
);
export const GREENBLATT_2024_ELICITATION = arxiv(
  'Ryan Greenblatt, Fabien Roger, Dmitrii Krasheninnikov, David Krueger',
  2024,
  'Stress-Testing Capability Elicitation With Password-Locked Models',
  '2405.19550',
);
export const RIBEIRO_2020_CHECKLIST = arxiv(
  'Marco Tulio Ribeiro, Tongshuang Wu, Carlos Guestrin, Sameer Singh',
  2020,
  'Beyond Accuracy: Behavioral Testing of NLP Models with CheckList',
  '2005.04118',
);
export const GANGULI_2022 = arxiv(
  'Deep Ganguli, Liane Lovitt, Jackson Kernion, Amanda Askell, Yuntao Bai, Saurav Kadavath, et al.',
  2022,
  'Red Teaming Language Models to Reduce Harms: Methods, Scaling Behaviors, and Lessons Learned',
  '2209.07858',
);
export const PEREZ_2022_RED_TEAMING = arxiv(
  'Ethan Perez, Saffron Huang, Francis Song, Trevor Cai, Roman Ring, John Aslanides, Amelia Glaese, Nat McAleese, Geoffrey Irving',
  2022,
  'Red Teaming Language Models with Language Models',
  '2202.03286',
);
export const WEI_2023_JAILBROKEN = arxiv(
  'Alexander Wei, Nika Haghtalab, Jacob Steinhardt',
  2023,
  'Jailbroken: How Does LLM Safety Training Fail?',
  '2307.02483',
);
export const GRESHAKE_2023 = arxiv(
  'Kai Greshake, Sahar Abdelnabi, Shailesh Mishra, Christoph Endres, Thorsten Holz, Mario Fritz',
  2023,
  "Not what you've signed up for: Compromising Real-World LLM-Integrated Applications with Indirect Prompt Injection",
  '2302.12173',
);
export const PEREZ_RIBEIRO_2022 = arxiv(
  'Fábio Perez, Ian Ribeiro',
  2022,
  'Ignore Previous Prompt: Attack Techniques For Language Models',
  '2211.09527',
);
export const SOARES_2015: Source = {
  authors: 'Nate Soares, Benja Fallenstein, Eliezer Yudkowsky, Stuart Armstrong',
  year: 2015,
  title: 'Corrigibility (AAAI 2015 Workshop on AI and Ethics)',
  url: 'https://intelligence.org/files/Corrigibility.pdf',
};
export const IRVING_2018 = arxiv(
  'Geoffrey Irving, Paul Christiano, Dario Amodei',
  2018,
  'AI safety via debate',
  '1805.00899',
);
export const BOWMAN_2022 = arxiv(
  'Samuel R. Bowman, Jeeyoon Hyun, Ethan Perez, Edwin Chen, Craig Pettit, Scott Heiner, et al.',
  2022,
  'Measuring Progress on Scalable Oversight for Large Language Models',
  '2211.03540',
);
export const OLAH_2020: Source = {
  authors: 'Chris Olah, Nick Cammarata, Ludwig Schubert, Gabriel Goh, Michael Petrov, Shan Carter',
  year: 2020,
  title: 'Zoom In: An Introduction to Circuits (Distill)',
  url: 'https://distill.pub/2020/circuits/zoom-in/',
};
export const DOSHI_VELEZ_2017 = arxiv(
  'Finale Doshi-Velez, Been Kim',
  2017,
  'Towards A Rigorous Science of Interpretable Machine Learning',
  '1702.08608',
);
export const ELHAGE_2021: Source = {
  authors: 'Nelson Elhage, Neel Nanda, Catherine Olsson, Tom Henighan, Nicholas Joseph, Ben Mann, et al.',
  year: 2021,
  title: 'A Mathematical Framework for Transformer Circuits (Transformer Circuits Thread)',
  url: 'https://transformer-circuits.pub/2021/framework/index.html',
};
export const TURPIN_2023 = arxiv(
  'Miles Turpin, Julian Michael, Ethan Perez, Samuel R. Bowman',
  2023,
  "Language Models Don't Always Say What They Think: Unfaithful Explanations in Chain-of-Thought Prompting",
  '2305.04388',
);
export const LANHAM_2023 = arxiv(
  'Tamera Lanham, Anna Chen, Ansh Radhakrishnan, Benoit Steiner, Carson Denison, et al.',
  2023,
  'Measuring Faithfulness in Chain-of-Thought Reasoning',
  '2307.13702',
);
export const GREENBLATT_2023_CONTROL = arxiv(
  'Ryan Greenblatt, Buck Shlegeris, Kshitij Sachan, Fabien Roger',
  2023,
  'AI Control: Improving Safety Despite Intentional Subversion',
  '2312.06942',
);
export const CHRISTIANO_2017 = arxiv(
  'Paul Christiano, Jan Leike, Tom B. Brown, Miljan Martic, Shane Legg, Dario Amodei',
  2017,
  'Deep Reinforcement Learning from Human Preferences',
  '1706.03741',
);
export const OUYANG_2022 = arxiv(
  'Long Ouyang, Jeff Wu, Xu Jiang, Diogo Almeida, Carroll L. Wainwright, Pamela Mishkin, et al.',
  2022,
  'Training language models to follow instructions with human feedback',
  '2203.02155',
);
export const BAI_2022_CAI = arxiv(
  'Yuntao Bai, Saurav Kadavath, Sandipan Kundu, Amanda Askell, Jackson Kernion, Andy Jones, et al.',
  2022,
  'Constitutional AI: Harmlessness from AI Feedback',
  '2212.08073',
);
