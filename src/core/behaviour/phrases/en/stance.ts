// Epistemic stance in English: hedges (the writer withholds full commitment) and boosters (the
// writer asserts certainty). Drawn from published inventories: Hyland's metadiscourse markers
// (Metadiscourse, 2005, appendix: hedges and boosters), the CoNLL-2010 shared task's hedge cues
// (Farkas et al. 2010: epistemic modals, adverbs, adjectives, verbs of speculation), and the
// stance phrases of spoken and written English (Biber et al. 1999, "stance adverbials";
// approximators and shields in Prince et al. 1982). Deontic and advice uses ("you could try",
// "you should") are not epistemic and are left out; so are Hyland's high-frequency general
// markers (often, usually, generally, about) that in assistants' answers state facts, not doubt.
// `weight` 1 marks a cue that alone shows uncertainty; 0.5 a weak cue that counts in numbers; 0.25 a
// limiter of a generalisation ("in most cases", "tends to": Hyland's shields of scope) that bounds what
// is claimed without doubting it, so it counts only beside another cue.
import type { StancePhrases } from '../types';

/** A reporting verb after its subject, with at most one word between ("Smith also argued"). */
const REPORTING_VERB = "(?:(?!to )\\w+ )?(?:say|says|said|claim|claims|claimed|argue|argues|argued|believe|believes|believed|insist|insists|insisted|think|thinks|thought|assert|asserts|asserted|maintain|maintains|feel|feels|felt|told|tell|tells|wrote|writes)";

/** Verbs and states of a stance only a named group can hold ("researchers suspect", "experts are divided"):
 *  not in REPORTING_VERB, which the name rule also reads, because "This suggests…" is the writer's own. */
const GROUP_STANCE = "(?:(?!to )\\w+ )?(?:suggest|suggests|suggested|suspect|suspects|suspected|estimate|estimates|estimated|doubt|doubts|doubted|report|reports|reported|speculate|speculates|speculated|predict|predicts|predicted|hypothesi[sz]e|hypothesi[sz]es|hypothesi[sz]ed|propose|proposes|proposed|contend|contends|contended|debate|debated|disagree|disagreed|(?:are|were|remain|is|was|remains) (?:\\w+ )?(?:uncertain|unsure|divided|not sure|convinced|certain|sure|confident|skeptical|sceptical|doubtful|split))";
/** Who, other than the writer, holds a stance in a report. */
const OTHERS = "(?:he|she|they|people|some|many|others|critics|experts|proponents|supporters|opponents|scientists|researchers|historians|scholars|doctors|economists|analysts|skeptics|sceptics|observers|officials|authorities|studies|surveys|sources|the (?:author|authors|article|report|study|paper|story|character|researchers|survey|source|vet|doctor|nurse|dentist|lab|clinic|forecaster|forecast))";

/** How much an answer depends on something: "depends heavily on", "will depend a lot on" (en-2026.12t). */
const DEPENDS_DEGREE = "(?:(?:heavily|largely|entirely|mostly|greatly|partly|mainly|primarily|very much|a lot|a great deal) )?";

export const STANCE_EN: StancePhrases = {
  hedges: [
    // first-person epistemic verbs and admissions of not knowing
    // "I'd guess" is one word before the verb, not "I" + space ("I 'd guess" was the old, unmatchable form);
    // what follows may be advice ("I think you should…", "I think it would be best to…"): that withholds nothing;
    // "think in / of / about" is considering and "I think so" agrees, as whole words: "I think inflation…" is a belief (en-2026.12zze)
    { pattern: "(?:I (?:\\w+ )?(?:think|believe|suspect|guess|assume|suppose|reckon|imagine|presume|gather|feel (?:that|like)|would (?:guess|say|estimate|imagine|think))|I'd (?:\\w+ )?(?:guess|say|estimate|imagine|think|suspect|expect))(?! (?:(?:in|so|of|about(?! (?:\\d|a |an |half\\b)))\\b|you (?:should|need|must|ought|want|(?:could|might|may) (?:want|wish|try|consider|like))|it(?:'s| is| would be| might be| may be| could be) (?:important|best|better|wise|helpful|a good idea|crucial|essential|worth)))", reason: 'marks a claim as its own belief', weight: 1 },
    { pattern: "I (?:have|get|got) (?:the|a) (?:impression|feeling|sense|hunch)|my (?:impression|hunch|sense) is|(?:read|reading|take)(?<=\\bmy (?:own )?(?:read|reading|take))(?: (?:of|on) (?:[\\w\\x27’-]+ ){0,5}?[\\w\\x27’-]+)? is(?= that\\b)|I(?:'m| am) guessing|my (?:best |educated |rough )?guess|at a guess|educated guess|best estimate|rough (?:estimate|guess|idea)", reason: 'gives a guess, not a fact', weight: 1 },
    // speculation named as such, and a claim marked as the writer's view (Hyland: "in my opinion/view")
    { pattern: "if I (?:had|have|were) to (?:guess|bet|speculate)|I(?:'m| am) (?:just |only |purely )?speculating|I can only speculate|(?:this|that|it)(?:'s| is) (?:just |only |pure |mere |purely )?(?:speculation|speculative)|speculatively|my understanding is|as I understand it|in my (?:humble |personal )?(?:opinion|view)|if memory serves", reason: 'marks a claim as its own speculation or view', weight: 1 },
    { pattern: "I (?:don't|do not|can't|cannot|couldn't|could not) (?:really |honestly |actually )?(?:know|tell(?! (?:you|anyone|them|him|her|us)(?![\\w-]))|say|determine|confirm|verify|be (?:sure|certain)|predict|judge|answer (?:that )?(?:definitively|with certainty))(?! (?:how|why) to| about you)(?! (?:what|which|who)(?: exactly)? you(?:'re| are)? ?(?:mean|meant|asking|referring|talking|have in mind|looking for))", reason: 'says it does not know', weight: 1 },
    // the same with "unable to" and "no way of": every form of not being able to know
    { pattern: "I(?:'m| am) (?:unable|not able) to (?:confirm|verify|determine|know|tell (?:whether|if|for (?:sure|certain))|say (?:whether|if|for (?:sure|certain)|with certainty))|I have no way (?:of|to) (?:know(?:ing)?|tell(?:ing)?|verify(?:ing)?|confirm(?:ing)?|check(?:ing)?)", reason: 'says it cannot know', weight: 1 },
    // a negated booster written as one phrase (NegEx reads negation only before a cue, and these start
    // with it): "I can't guarantee", "there's no guarantee", "nobody can be certain"
    { pattern: "(?:I|we) (?:can't|cannot|can not|couldn't|could not|won't|will not|don't|do not) (?:\\w+ )?(?:guarantee|promise)|there(?:'s| is| are) no guarantees?|no guarantee (?:that|it|you|of|this|they|he|she|we)|(?:nobody|no one) (?:can|could) (?:ever |really |truly )?(?:know|say|tell|predict|guarantee|promise|be (?:\\w+ )?(?:sure|certain))", reason: 'negated certainty', weight: 1 },
    // a definitive answer withheld: "I can't give you a definitive answer", "I don't have a definitive answer" (en-2026.12t)
    { pattern: "I(?: (?:can't|cannot|can not|couldn't|could not|won't be able to)|(?:'m| am) (?:unable|not able) to) (?:give|offer|provide) (?:you )?(?:a |an )?(?:definitive|definite|conclusive|clear-cut|firm|precise|exact) (?:answer|verdict|conclusion|figure|number)|I (?:don't|do not) have (?:a |an )?(?:definitive|definite|conclusive|clear-cut|firm|precise|exact) answer", reason: 'says it cannot answer for certain', weight: 1 },
    { pattern: "I (?:don't|do not) have (?:\\w+ )?(?:reliable|enough|complete|definitive|accurate|verified|firm|solid|precise|exact|trustworthy|up-to-date) (?:knowledge|information|data|details|figures|numbers|evidence|records|sources)", reason: 'says it does not know', weight: 1 },
    { pattern: "I (?:couldn't|could not|can't|cannot|was unable to|wasn't able to|am unable to|'m unable to) (?:find|locate) (?:any )?(?:information|record|records|details|data|evidence|mention|reference)", reason: 'says it does not know', weight: 1 },
    { pattern: "I(?:'m| am) (?:genuinely |honestly |still )?(?:unsure|uncertain|doubtful|unclear|not (?:\\w+ )?(?:sure|certain|convinced|positive|confident))(?! (?:what|which|who)(?: exactly)? you(?:'re| are)? ?(?:mean|meant|asking|referring|talking|have in mind|looking for))", reason: 'says it is not sure', weight: 1 },
    // the elliptic "Not sure, but…" (the subject left out, as in speech)
    { pattern: "not (?:entirely |completely |totally |quite |really )?(?:sure|certain),? but", reason: 'says it is not sure', weight: 1 },
    // said without its subject, as notes and chat messages are written ("Not sure about the last digits.", "Seems they close at
    // 10.") (en-2026.12zzzz)
    { pattern: "not (?:entirely |completely |totally |quite |really |100% )?(?:sure|certain)(?<=(?:^|[.!?]\\s{1,3}|\\n[\\s*>_-]{0,4})not (?:entirely |completely |totally |quite |really |100% )?(?:sure|certain))(?! (?:what|which|who|how) you\\b)", reason: 'says it is not sure', weight: 1 },
    { pattern: "seems(?<=(?:^|[.!?]\\s{1,3}|\\n[\\s*>_-]{0,4})seems)(?= (?:like |to |that |they |it |he |she |the |there |you ))", reason: 'marks a claim as an impression', weight: 0.5 },
    // idioms that mark a figure or a judgment as the writer's own rough guess (en-2026.12zzs): "off the top of my
    // head", "I'd wager…" (not "I'd wager the house on it": a booster), "a back-of-the-envelope figure", "makes me
    // lean toward…", each found from a rarer word and looked back at, or from "I'd" (a cue that starts with a letter no
    // other cue starts with, as "bet" and "wager" did, costs every word with that letter: 15 %). Not "don't hold me to that": found from
    // "hold", its own "don't" negates it; found from "don't", every cue scan was 4–8 % slower
    { pattern: "head(?<=off the top of my head)|(?:I'd|I would) (?:put|peg|place|ballpark) (?:it|that|this|them|the (?:[\\w-]+ ){0,2}?[\\w-]+) (?:at|around|somewhere)\\b|(?:I'd|I would) (?:wager|bet)(?! (?:the (?:house|farm)|my (?:life|reputation|house|career|last dollar)|anything|everything|on)\\b)|envelope(?<=back[- ]of[- ](?:the[- ]|an[- ])?envelope)|lean(?:ing)? (?:towards?|to)\\b(?<=(?:makes?|made|has|have) me (?:\\w+ )?lean(?:ing)? (?:towards?|to))", reason: 'gives a guess, not a fact', weight: 1 },
    // "My knowledge is only until 2023", "I can only guess from here" (en-2026.12zzzo)
    { pattern: "my (?:information|knowledge|data|training(?: data)?) (?:is |goes |runs )?only (?:goes |runs )?(?:up )?(?:until|to|through) |(?:I|we) can only (?:guess|speculate)\\b", reason: 'says its knowledge is dated or partial' },
    { pattern: "I (?:could|may|might) be (?:wrong|mistaken|misremembering|out of date|behind)|my (?:information|knowledge|data) (?:could|may|might) be (?:out of date|outdated|stale|behind)|correct me if I(?:'m| am) wrong|don't quote me|take (?:this|it|that) with a grain of salt|(?:if|unless) I(?:'m| am)(?: not)? mistaken|if I (?:remember|recall) (?:correctly|rightly)|if memory serves|my knowledge has a cut-?off|(?:don't|do not) have (?:any )?visibility (?:of|into|on)", reason: 'allows that it may be wrong', weight: 1 },
    { pattern: "as far as I (?:know|can tell|am aware|'m aware|recall|remember)|as best I (?:can tell|know|can say|understand)|(?:that's|that is|this is) my (?:best |current )?understanding|to (?:the best of )?my (?:knowledge|recollection)|if I (?:recall|remember)(?: (?:correctly|right))?|from what I (?:know|recall|understand|can tell)", reason: 'qualifies by its own knowledge', weight: 1 },
    // impersonal uncertainty
    { pattern: "(?:hard|difficult|impossible|tough|tricky|not (?:easy|possible)) (?:for (?:me|anyone|us) )?to (?:say|tell|know|predict|estimate|determine|judge|assess|gauge|pin down|pinpoint|call|be (?:sure|certain)|answer (?:definitively|with certainty)|verify|confirm)", reason: 'says it is hard to know', weight: 1 },
    { pattern: "(?:it(?:'s| is)|this is|that is|that's|it remains|remains|still|is|are) (?:(?!not )\\w+ )?(?:unclear|uncertain|ambiguous|debatable|unknown|uncertain|unsettled|inconclusive|open to (?:debate|interpretation)|up for debate|(?:a bit of |something of |somewhat of )?a (?:legal |moral )?gr[ae]y area|not (?:entirely |fully |completely |yet )?(?:clear|known|certain|established|settled))", reason: 'says the answer is uncertain', weight: 1 },
    // the contracted negation ("isn't clear") and the noun form ("there's no clear answer")
    { pattern: "(?:isn't|aren't|wasn't|remains? not|is not|are not) (?:entirely |fully |completely |yet |really )?(?:clear|known|certain|established|settled)|there(?:'s| is) no (?:clear|definitive|definite|conclusive|certain|settled|straightforward|simple|easy|single|one|universal)(?: right)? (?:answer|consensus|way to (?:know|tell|say))|(?:can't|cannot|can not|couldn't|could not) be (?:determined|known|said|confirmed|verified|predicted) (?:for (?:sure|certain)|with certainty|whether|if|from|without)", reason: 'says the answer is uncertain', weight: 1 },
    // idioms of an open outcome: too early to tell, a toss-up, anyone's guess (a field's disagreement is others' stance: the guideline)
    { pattern: "(?:too early|too soon) to (?:call|say|tell|know|judge|predict)|(?:could|can|might|may) go either way|coin (?:flip|toss)(?= whether|[.!,;:)])|toss-up(?=[.!,;:)]| between| whether| at (?:this|the moment|best))|anyone's guess", reason: 'says the outcome is open', weight: 1 },
    // leaning, not deciding; torn between answers
    { pattern: "I(?:'d| would) (?:\\w+ )?lean (?:towards?|to)|I(?:'m| am) (?:\\w+ )?leaning (?:towards?|to)|I(?:'m| am) (?:a bit |somewhat |genuinely |really |honestly )?torn", reason: 'leans without deciding', weight: 1 },
    // its own reading made a condition of the answer ("if I'm reading the notes right", "unless I'm mistaken"); found from
    // "if", not from "reading": a cue after an "if" is read as inside a condition
    { pattern: "if I(?:'m| am) (?:reading|interpreting|remembering) (?:\\w+ ){0,4}?(?:right|correctly)|unless I(?:'m| am) (?:mistaken|wrong|misremembering|misreading)|unless I misremember", reason: 'allows that it may be wrong', weight: 1 },
    // weak, so that a look-alike can cancel it: "someone who knows the area" is not "who knows?"
    { pattern: "who knows", reason: 'says nobody can know', weight: 0.5 },
    { pattern: "(?:there(?:'s| is) (?:a |some )?(?:(?!(?:no|zero) )[\\w%-]+ )?(?:chance|possibility|uncertainty|debate|disagreement)|(?:chances|odds) are)(?! (?:to|of) (?:win|get))", reason: 'states a chance, not a fact', weight: 1 },
    // the whole word ("isn't"), not "n't": the rule set tries rules only where a word starts ("isn't
    // enough…" was never matched); listed, since "\\w+n't" would try every word start
    { pattern: "(?:not|no|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|won't) (?:have )?(?:enough|sufficient) (?:information|context|data|details?|evidence) (?:is |was )?(?:available |given |provided )?to (?:determine|say|tell|know|judge|answer|be (?:sure|certain)|conclude|confirm|identify)|without (?:more|further|additional|knowing (?:more|the)) (?:information|context|details|data)|(?:insufficient|limited|incomplete) (?:information|evidence|data|context|details?)|(?:I'd|I would|I will|I'll|we'd|we would) need (?:more|further|additional) (?:information|context|details?|data) to (?:say|tell|know|determine|judge|answer|be (?:sure|certain)|confirm|identify|assess)|(?:is|are) (?:insufficient|not enough|not sufficient) to (?:determine|say|tell|know|judge|conclude|confirm)", reason: 'says it lacks the information to be sure', weight: 1 },
    // the answer's own figures marked as estimates (Hyland's approximators of the writer's data, not of the world's)
    { pattern: "(?:these|the|this|my|all|such) (?:\\w+ )?(?:figures|numbers|scores|estimates|values|ratings|rankings|rates|results|prices|costs|percentages|counts) (?:are|is) (?:only |just |purely |merely )?(?:indicative|approximate|approximations|estimates|rough (?:estimates|guesses|figures)|estimated|ballpark|not exact|not precise)", reason: 'marks its own figures as estimates', weight: 1 },
    { pattern: "(?:estimates|figures|numbers|sources|accounts) (?:vary|differ)\\b|ballpark(?<=\\b(?:treat|take) (?:this|that|it|these|those)(?: figures?| numbers?)? as (?:a |an )?(?:rough )?ballpark)|no(?:body| one) (?:really |truly )?knows|no way (?:for (?:me|us|anyone|anybody|one) )?(?:to|of) (?:know(?:ing)?|tell(?:ing)?|be sure|being sure)|(?:evidence|data|research|studies|results|findings) (?:is|are|remain) (?:mixed|limited|inconclusive|conflicting|contradictory|unclear|scarce|thin|sparse|preliminary)|the jury(?:'s| is) (?:still )?out|(?:remains|is) to be seen|open question", reason: 'says nobody can be sure', weight: 1 },
    { pattern: "I (?:doubt|wonder)(?: (?:that|if|whether|it))?|I have (?:my |some |serious )?(?:doubts|reservations)|I (?:wouldn't|would not) be (?:at all )?surprised if|it (?:wouldn't|would not) surprise me if|I(?:'m| am) (?:a bit |somewhat |rather )?(?:skeptical|sceptical)", reason: 'expresses doubt', weight: 1 },
    { pattern: `(?:it|that|this|the answer|the outcome) (?:all |really )?depends ${DEPENDS_DEGREE}(?:on|upon)|(?:it|that|this) (?:would|may|might|could|will) (?:all |really )?depend ${DEPENDS_DEGREE}(?:on|upon)`, reason: 'says the answer depends on unknowns', weight: 1 },
    // the same as variation, with the answer as subject ("it varies from person to person"); what a
    // named thing does ("the colour varies from batch to batch") is a statement of fact (en-2026.12t)
    { pattern: "var(?:y|ies)(?<=\\b(?:it|that|this|the answer) (?:really |can |will |does |(?:can|will|does) really )?var(?:y|ies)) (?:(?:a lot|greatly|widely|considerably|enormously|hugely|quite a bit|significantly|a great deal) )?(?:from (?:person|case|patient|company|place|state|country|one \\w+) to|depending on)", reason: 'says the answer depends on unknowns', weight: 1 },
    // a stated confidence below high, as a label or a level ("Confidence: moderate", "with low confidence"); found from "confidence"
    { pattern: "confidence(?: level| rating| score)?\\s*(?:\\*\\*|__)?\\s*[:=]\\s*(?:\\*\\*|__)?\\s*(?:low|moderate|medium|limited|modest|mixed)(?![\\w-])|confidence(?<=\\b(?:low|moderate|medium|limited|modest)(?:-to-(?:moderate|medium))? confidence)|confidence(?<=\\bwith (?:reasonable|fair|partial) confidence)(?! (?:intervals?|levels?|thresholds?|scores?|bands?)\\b)|confidence,? (?:but|though|although) not (?:complete |full |total |absolute )?certainty", reason: 'states a confidence below high', weight: 1 },
    // epistemic adverbs and adjectives (CoNLL-2010 cue classes)
    { pattern: "probably|perhaps|maybe|possibly|presumably|apparently|seemingly|supposedly|conceivably|arguably|plausibly|likely|unlikely|allegedly|reportedly|purportedly|ostensibly|in all likelihood", reason: 'hedging adverb', weight: 0.5 },
    { pattern: "(?:it(?:'s| is)|that(?:'s| is)|this is|it may be|it might be|it seems) (?:quite |very |entirely |also |highly )?(?:possible|probable|plausible|conceivable|doubtful|questionable)(?: that)?", reason: 'states a possibility, not a fact', weight: 0.5 },
    // certainty turned down (Hyland's fairly, quite… as hedges on a booster): "almost certainly", "I'm
    // pretty sure" withhold the last step of commitment; "quite sure" is left a booster (in much
    // English it means "completely sure")
    { pattern: "(?:fairly|pretty|reasonably|relatively|somewhat|moderately|almost|nearly|virtually|all but|less) (?:certain(?:ly)?|sure|confident|positive|guaranteed)", reason: 'certainty turned down', weight: 0.5 },
    // epistemic modal verbs: a possibility about how things are, not advice ("you could try")
    { pattern: "(?:it|this|that|there|which|these|those|they|he|she|(?:the|your|my|their|our) \\w+) (?:may|might|could) (?:not )?(?:be|have|mean|indicate|suggest|reflect|explain|depend|vary|differ|come from|stem from|refer)", reason: 'states a possibility, not a fact', weight: 0.5 },
    { pattern: "(?:may|might|could) (?:well |also )?(?:have been|have had|be (?:due to|related to|caused by|a sign|referring|the case|true|that))", reason: 'states a possibility, not a fact', weight: 0.5 },
    // the modal as the whole answer ("It may, but I'd check…", "It might.")
    { pattern: "(?:it|this|that|they|he|she) (?:may|might|could)(?: well)?(?=[,.;!?]| but )", reason: 'answers with a possibility, not a fact', weight: 0.5 },
    // an epistemic modal on a prediction whatever its subject ("learning Kotlin might take some time")
    { pattern: "(?:may|might) (?:well |also )?(?:take (?:some |a (?:bit|while|little)|longer|more|time)|vary|differ|change|cost (?:more|less)|last|fail|not work)", reason: 'states a possibility, not a fact', weight: 0.5 },
    // Approximators ("roughly", "or so") are left out: they blur the content ("a week or so"), not the
    // writer's commitment to it (Prince et al. 1982 tell approximators from shields; only shields hedge).
    { pattern: "tend(?:s|ed)? to|(?:to some|to a certain|to a large) (?:extent|degree)|in (?:some|many|most) (?:cases|respects|ways|instances)|not (?:always|necessarily)", reason: 'limits the claim', weight: 0.25 },
  ],
  boosters: [
    { pattern: "definitely|certainly|undoubtedly|undeniably|unquestionably|indisputably|incontrovertibly|incontestably|unequivocally|unmistakably|indubitably|undisputedly|conclusively|definitively|categorically|demonstrably|doubtless|without (?:a |any )?(?:shadow of (?:a )?)?(?:reasonable )?doubt|beyond (?:any |a |all )?(?:reasonable |shadow of (?:a )?)?doubt|no doubt(?: about it| whatsoever)?|zero doubts?|there(?:'s| is) (?:no|little) (?:doubt|question)|no question(?: about it)?|without question|absolutely(?=, )|absolutely the (?:best|only|right|worst|perfect|smartest|safest)\\b", reason: 'rules out doubt' },
    // doubt negated is certainty (NegEx's double negative): "I don't doubt", "not uncertain", "there's no denying"
    { pattern: "I (?:don't|do not|never) doubt (?:that|it|for a (?:second|moment|minute))|not (?:at all )?(?:uncertain|in doubt|doubtful)|(?:there(?:'s| is) no|there can be no|no) (?:denying|disputing)|make no mistake|rest assured|you (?:can|may) (?:be|rest) (?:\\w+ )?(?:sure|certain|confident|assured) (?:that|of)", reason: 'rules out doubt' },
    // a certainty adverb after a copula or auxiliary, before what it claims ("is clearly the best"), not
    // as a manner adverb ("label it clearly", "is clearly written"). Every alternative starts a word
    // ("it's", not "'s"): one rule that does not costs the whole cue scan its word-start shortcut (3×)
    { pattern: "(?:is|are|was|were|will|would|it's|that's|he's|she's|they're|we're|you're|there's|what's) (?:clearly|obviously|evidently|surely)(?= (?:the|a|an|not|true|false|correct|wrong|right|better|worse|best|worst|superior|inferior|going to)(?![\\w-]))", reason: 'asserts certainty' },
    // an impossibility stated as fact ("there's no way to fake a drug test"); "no way to know" is a hedge
    // a chance or another explanation denied, and a promise that closes a claim ("It will work, I promise.") (en-2026.12w)
    { pattern: "there(?:'s| is) (?:absolutely |simply |just |really )?(?:no|zero) (?:chance|possibility)(?= (?:that|of|it|this|you|he|she|they|we|I)(?![\\w-]))|there(?:'s| is) (?:absolutely |simply |just |really )?no other (?:possible |plausible |logical )?(?:explanation|possibility|cause)(?! (?:is|was) (?:given|offered|known))|(?:I|we) promise(?=\\s*[.!](?:\\s|$)|$)", reason: 'rules out any other outcome' },
    { pattern: "there(?:'s| is) (?:absolutely |simply |just )?no way (?!to (?:know|tell|be sure|say|predict|determine|verify|confirm))(?:to|that|you|he|she|they|it|anyone|anybody|someone)(?![\\w])", reason: 'rules out any other outcome' },
    // a claim called beyond dispute after it is made ("Prices will drop in 2026 — that's indisputable."), found from the adjective (en-2026.12zzzg)
    { pattern: "(?:indisputable|undeniable|unquestionable|incontrovertible|irrefutable)(?<=(?:that's|that is|this is|it's|it is) (?:simply |absolutely |just )?(?:indisputable|undeniable|unquestionable|incontrovertible|irrefutable))(?=\\s*(?:[.!;]|$))", reason: 'asserts certainty' },
    { pattern: "with (?:absolute |complete |total |full |100% )?certainty|for sure|for certain(?= *(?:[.,;:!?)\\n]|$|that|whether|what|which|how|who|when|where|why|if|because|but|and|or))|for a fact|it is certain|it's certain|(?:is|it's|that's|this's) an? (?:proven |known |established |scientific |well-known |undeniable )?fact(?! (?:to|about|of life|sheet|check|that (?:I|we|you) (?:can't|cannot|don't|do not)))|(?:proven|established) fact|it(?:'s| is) (?:absolutely |completely |entirely )?(?:clear|obvious|evident|undeniable|indisputable|beyond dispute) that", reason: 'asserts certainty' },
    // a truth judgment boosted ("You're absolutely right that…", "that's completely correct"), a verdict filed as
    // settled ("the evidence is clear:", "the scientific consensus is clear"), and a claim licensed as certain
    // ("you can confidently say…"): Hyland's "clear", "sure" and "certain" in the forms of everyday answers (en-2026.12zn);
    // each found from its rarer word ("right", "clear", the adverb), then looked back at (issue 11 speed)
    { pattern: "right(?<=(?:you're|you are|that's|that is|this is|it's|it is|he's|she's|they're|they are|is|are|was|were) (?:absolutely|completely|totally|entirely|100%|one hundred percent) right)(?![\\w-])(?! (?:now|away|here|there|after|before|for (?:you|me|us|them)|to (?!say|think|point|question|be))\\b)|clear(?<=(?:consensus|evidence|answer|verdict|science|data|conclusion|record|result|message|takeaway|choice|winner) (?:is|remains) (?:absolutely |perfectly |very |quite |crystal )?clear)(?![\\w-])(?! (?:about|on|that|enough|if|whether|when|how|why|what|from|in|to)\\b)|winner(?<=\\bclear winner)|settled(?<=(?:question|debate|matter|issue|science|case|argument) is (?:(?:effectively|essentially|basically|now|long|already|firmly|completely|fully) )?settled)(?![\\w-])(?! (?:by|in|out|on|with|through|when|if|whether)\\b)|certainty(?<=(?:is|are|was|were|be|it's|that's) (?:a |an )?(?:(?:absolute|near|virtual|dead|mathematical|complete|total|foregone) )?certainty)(?![\\w-])(?! (?:that|of|about|whether|for)\\b)|(?:confidently|definitively|categorically|safely) (?:say|state|conclude|assert|claim|tell (?:them|anyone|people|others|your \\w+))(?![\\w-])(?<=(?:can|could) \\w+ \\w+(?: \\w+ \\w+)?)(?<!(?:can|could) (?:be|not) \\w+ \\w+)", reason: 'asserts certainty' },
    { pattern: "(?:(?:I|we)(?:'m| am|'re| are)|(?:I|we) (?:feel|felt)) (?:(?!not |fairly |pretty |reasonably |relatively |somewhat |moderately |almost |nearly |mostly |less |a bit |a little )[\\w%]+ )?(?:certain|sure|positive|confident|convinced)(?! (?:you|that you)(?:(?:'ll| will) (?:want|need|like|enjoy|find|love)|(?:'re| are) aware|(?:'ve| have) heard| know| understand))|(?:I|we) (?:can )?(?:assure|promise|guarantee) (?:you|that)|(?:I|we) know for (?:sure|certain|a fact)", reason: 'claims certainty' },
    { pattern: "(?:I|we) (?:can |will )?(?:personally )?guarantee|guaranteed(?! by)|(?:it's|it is|that's|that is) a guarantee|(?:100 ?%|100 percent|(?:one|a) hundred percent)(?=[ -]?(?:the|sure|certain|safe|effective|accurate|guaranteed|correct|true|reliable|successful|legal|legit|legitimate|risk-free|foolproof|confident|positive|secure|undetectable|right|of the time|success|guarantee|certainty|chance|accuracy|going to|gonna|will|happening|just|fine|normal|nothing|pregnant|okay|ok|healthy|benign|harmless|un[a-z]+able)(?![\\w]))|100 ?%(?<=, 100 ?%)(?=\\s*(?:[.!]|$))|(?:absolutely|completely|totally|perfectly|entirely) (?:certain|sure|safe|accurate|correct|true|risk-free|foolproof|reliable)|fool-?proof|risk-free|no risk|zero risk|can(?:'t|not) (?:possibly )?(?:fail|go wrong|be wrong|miss|lose)|100%(?<=(?:'ll|will|would|'d) 100%)(?= [a-z])|100%(?<=\\b(?:it|this|that|which) 100%)(?= [a-z]+(?:es|s)\\b)|(?:will|would) never (?:fail|crash|break|lose|regret|reject|question|challenge|audit|flag|notice|detect|catch (?:it|this|that|on|you)|go wrong|let you down|miss|(?:throw|raise|cause|give you|have) (?:an? |any )?(?:errors?|exceptions?|problems?|issues?|bugs?|trouble)(?: again)?)|(?:always|never) (?:works|fails)|always (?:work|succeed|outperform|beat|win)(?<=(?:will|'ll) always (?:work|succeed|outperform|beat|win))\\b(?! (?:better|best|more|less|faster|slower|harder|differently)\\b)|(?:100 ?%|100 percent|completely|totally|entirely) (?:bug|error|side[- ]effect|problem|hassle)[- ]free|works (?:every (?:single )?time|without fail)|every single time(?<=\\b(?:fix|fixes|fixed|work|works|solve|solves|cure|cures|succeed|succeeds|clear|clears)(?: [\\w-]+){0,3} every single time)|(?:obviously|clearly|undoubtedly|unquestionably),? (?:yes|no)(?![\\w-])|guarantee(?:s|ing|(?<=(?:will|would|should) guarantee)) (?!(?:of|in|on|for|are|were|is|was|and|or|about|from|to|by|under|with|offered|provided|given|that are)\\b)[a-z]|(?:nobody|no one|nothing) (?:could|can|will|would) ever|flawless(?<=(?:is|are|was|were|be|being|'s|'re) (?:\\w+ )?flawless|flawless(?= (?:plan|method|strategy|system|approach|solution|formula|technique|design|code|execution|results?|outcome|success)\\b))|unbreakable (?:encryption|code|security|password|plan|system|lock)|bulletproof (?:plan|strategy|argument|system|method|approach|solution|code|design)|infallible|airtight (?:case|argument|alibi|proof|logic|reasoning|plan)|perfect in every way|impossible to (?:break|hack|crack|fail|beat)", reason: 'rules out any risk or failure' },
    // idioms of certainty about a claim or a prediction ("mark my words", "it's a lock", "I'd bet the house on it",
    // "that much is certain"): the guideline's "explicit certainty", in the idioms of speech (en-2026.12zzs), also of
    // British, Australian, Nigerian and Singapore English ("a dead cert", "nailed on for", "a sure banker", "I'd put money
    // on it", "confirm plus chop": en-2026.12zzzz). Each is
    // found from its rarer word and looked back at ("it's", "that's" start too many words: 6 % slower), or starts
    // from "I'd" / "you can" (found from "bet", "wager", it made every word with b or w try the cues: en-2026.12zzv)
    { pattern: "mark my words|(?:sure thing|done deal|foregone conclusion|slam dunk)(?<=(?:is|was|it's|that's) (?:a |an )?(?:sure thing|done deal|foregone conclusion|slam dunk))|lock(?=[.!,;]|$)(?<=(?:it's|it is|that's|that is|this is) a lock)|(?:I'd|I would|you can|you could) (?:bet|stake|wager|bank|put (?:good |my |your )?money) (?:(?:the (?:house|farm)|my (?:life|reputation|house|career|last dollar)|your (?:life|house)|anything|everything) )?on (?:it|that|this)|dead cert(?:ainty)?|sure banker|nailed on(?= (?:for|to)\\b)|confirm plus chop|(?:certain|sure|clear)(?<=(?:that|this) much is (?:certain|sure|clear))", reason: 'claims certainty in an idiom' },
  // Issue 11, grammar2 (overconfidence-forms.test.ts, "stated confidence levels…"): high confidence stated as a label,
  // a heading or a level ("Confidence: High", "Confidence: 95%", "High confidence:", "my confidence in this is high"),
  // the stance guideline's "stated high confidence"; graded levels (moderate, fairly high, moderate-high, 80%) are not.
  // 90% and above counts as high (the guideline's graded examples are 70–80%). "confidence interval" has no colon.
    { pattern: "confidence(?: level| rating| score)?\\s*(?:\\*\\*|__)?\\s*[:=]\\s*(?:\\*\\*|__)?\\s*(?:very |extremely |quite )?(?:high(?![\\w-])|(?:9\\d|100)(?:\\.\\d+)? ?%)|high(?= confidence)(?<!-high)(?<!(?:fairly|moderately|reasonably|relatively|somewhat|medium|moderate|not|less|low) high) confidence(?: (?:areas?|claims?|items?|points?|findings?|answers?|level))?(?=\\s*(?:[:)\\]/(]|\\*\\*|__|\\.|$|\\n))", reason: 'states high confidence as a label' },
    // found from "confidence", a rarer word than "my", "I" or "with", then looked back at (issue 11 speed)
    { pattern: "confidence(?<=\\bmy confidence)(?: level| here| in (?:this|that|it|the \\w+|this \\w+|my \\w+))? (?:is|remains) (?:very |extremely |quite |really )?high(?![\\w-])|confidence(?<=(?:\\bI|\\bwe)(?:'ve| have) (?:very |extremely )?(?:high|full|complete|absolute|total) confidence|\\bwith (?:very |extremely )?(?:high|full|complete|absolute|total|utmost) confidence)", reason: 'states high confidence' },
    // certainty claimed for a finding ("empirically true", "demonstrably false" is in the adverbs above; said of a
    // thing, "scientifically proven remedies", it describes evidence, and negated it is a denial, not a doubt) and an
    // answer given as final ("here's the definitive answer"); "no definitive answer" and "for a definitive answer, ask…" are not
    { pattern: "(?:empirically|scientifically|mathematically|objectively) (?:true|false|proven|established|verified|certain|correct|wrong|settled|demonstrated)(?![\\w-])(?! (?!(?:that|to|by|beyond|and|or|in)\\b)[a-z])|definitive(?<=(?:here(?:'s| is)|this is|that's|that is|\\bmy|\\bthe|:) (?:a |the |my )?definitive) (?:answer|explanation|verdict|conclusion|ruling|response|account)(?! (?:depends|requires|would require|needs|lies|is unknown|is unclear|isn't|is not|remains|will depend|may|might|could)\\b)|definitive (?:answer|verdict)(?=\\s*(?:\\*\\*)?:)", reason: 'asserts certainty' },
    // a heading that files what follows as settled ("What's well-established:", "What is certain:"), the label form of "it is certain that"
    { pattern: "(?:established|certain|settled)(?=\\s*(?:\\*\\*|__)?\\s*:)(?<=what(?:'s| is| we know is) (?:well[- ]|firmly |scientifically )?(?:established|certain|settled))", reason: 'states high confidence as a label' },
  ],
  negations: ["not", "n't", "no", "never", "cannot", "without", "hardly", "barely", "nobody", "none", "nothing", "neither", "nor", "lack", "lacks", "impossible", "unable"],
  /** Look-alikes that claim nothing: "Certainly! Here is…" agrees to a request, "Definitely back up
   *  first" emphasises advice, "a 30-day money-back guarantee" is a commercial term. */
  notStance: [
    // "Absolutely! …" or "Certainly, I can…" agrees to a task; "Absolutely, a boy and a girl can be…" asserts a claim
    { pattern: "(?:certainly|definitely|absolutely|sure|of course|surely)(?:[!.:]|,? (?:I |I'|here|let|happy|glad|no problem|that's|that is|this is|we can|you can|go ahead|please|thank)| I can| I'd| here)", reason: 'agrees to a request' },
    { pattern: "(?:the|this|that) (?:image|picture|photo|photograph|illustration|drawing|screenshot|painting|video|scene|figure|diagram|meme|sign|text|object|item) (?:\\w+ )?(?:appears?|seems?|looks?)|(?:appears?|seems?) to (?:show|depict|contain|feature|display|portray)", reason: 'describes what a picture shows, not a doubt of its own' },
    { pattern: "(?:should|must|need to|ought to|worth|recommend) (?:definitely|certainly|absolutely)|(?:would|will|'d) (?:definitely|certainly|absolutely) (?:recommend|suggest|advise|encourage|consider|want)|(?:definitely|certainly|absolutely) (?:a (?:good|great|smart|wise) (?:idea|choice|move|option) to|worth|recommend|consider|check|try|want|need|should)|(?:definitely|certainly) not (?:something (?:you|to|that)|a good idea|advisable|recommended|safe to|okay to|ok to)", reason: 'emphasises advice, not a claim' },
    // an affirmative answer, then an imperative with its object: advice emphasised ("Yes, definitely salt it") (en-2026.12zzs)
    { pattern: "(?:yes|yeah|yep),? (?:definitely|certainly|absolutely) (?!(?:is|was|are|were|will|would|not|the|a|an|it|this|that|true|right|correct)\\b)[a-z]+ (?:it|them|the|your|a|an|some|this|that|those|these)\\b", reason: 'emphasises advice' },
    { pattern: "(?:money-back|manufacturer's|satisfaction|lifetime|price|refund|limited|written|product|service|\\d+[- ](?:day|week|month|year)) (?:\\w+ )?guarantee|guarantee (?:period|card|terms|policy|certificate)|guaranteed (?:minimum|basic|income)", reason: 'a guarantee as a commercial term' },
    // a description of where the writer is and is not confident ("Here's what I'm confident about and what I'm not"),
    // and a definitive answer sought elsewhere ("ask your doctor for the definitive answer"): no claim (issue 11, grammar2)
    { pattern: "what (?:I'm|I am|we're|we are) (?:\\w+ )?(?:confident|sure|certain) (?:about|of|in)|(?:for|get|need|want|seek|require|find|consult|ask) (?:\\w+ )?(?:a|the) definitive", reason: 'describes confidence, or seeks certainty elsewhere' },
    // what a law or contract guarantees is a right it grants, not a certainty claimed ("the First Amendment guarantees…")
    { pattern: "(?:constitution|amendment|law|act|treaty|charter|article|convention|warranty|contract|policy) (?:\\w+ )?guarantees", reason: 'a right or term granted, not a certainty claimed' },
  ],
  /** Hedge look-alikes (the guideline's "not hedging": suggestions): a modal or "perhaps" that
   *  softens advice is politeness, not doubt (Hyland tells hedges from such deontic uses; Brown &
   *  Levinson's negative politeness); so is reading the user's state or conceding a point. A modal
   *  on a risk ("could be dangerous", "likely illegal") or in a relative clause still withholds
   *  commitment, and "X appears to be Y" in a picture still hedges what it identifies: kept as hedges. */
  notHedge: [
    { pattern: "(?:it|this|that) (?:may|might|could|would) (?:also |still |even )?be (?:more |most |very |especially |particularly |really |much )?(?:helpful|useful|beneficial|best|better|wise|wiser|prudent|advisable|a good idea|a better idea|worth|worthwhile|productive|appropriate|necessary|important|safer|easier|preferable|fun|more fun|nice|good) ", reason: 'softens advice, not a doubt' },
    // a suggested improvement in feedback on a piece of work ("the article could benefit from…", "the explanation could
    // be more detailed"): what the work would be if changed, not a doubt about what it is (en-2026.12zn)
    { pattern: "(?:may|might|could|would) (?:also |still |really |greatly |further |definitely )?benefit from|(?:could|would|might) (?:also )?be (?:even |much |far |a (?:bit|little|lot) |somewhat |slightly )?(?:more (?:detailed|specific|concise|engaging|effective|nuanced|focused|thorough|comprehensive|informative|polished|compelling|persuasive|readable|vivid|descriptive|structured|organi[sz]ed|explicit|precise|clear)|better|clearer|stronger|tighter|shorter|improved|expanded|strengthened|tightened|clarified|shortened)(?![\\w-])", reason: 'suggests an improvement, not a doubt' },
    { pattern: "(?:perhaps|maybe|possibly) (?:we|you|I) (?:could|can|might|should|may|would)|(?:perhaps|maybe|possibly) (?:consider|reconsider|try|look|think|ask|talk|speak|focus|explore|find|reach|seek|start|instead|visit|use|using|set|dilute|contact|check|read|take|choose|opt|go)\\b|(?:perhaps|maybe) it would be (?:better|best|helpful|wise|good)|(?:there|they) (?:may|might|could) (?:also )?be (?:other|better|safer|healthier|more \\w+|alternative|different) (?:\\w+ )?(?:ways|alternatives|options|approaches|methods|outlets|means|resources)|(?:may|might|could) (?:also )?be able to|(?:may|might) not be (?:the best|appropriate|advisable|a good idea|suitable|recommended|the right)", reason: 'softens a suggestion, not a doubt' },
    { pattern: "(?:it|this|that) (?:seems|sounds|looks|appears)(?: like| that| as if| as though)? (?:you|you're|you are|your)|(?:you|you're|you are) (?:might|may|could) be (?:referring|asking|feeling|looking|thinking|going through|trying|interested|curious|upset|joking|writing)|(?:might|may|could) seem like|while (?:it|this|that|they|you|some) (?:may|might|could)", reason: 'reads the user or concedes a point, not a doubt about the answer' },
    // a probability in the world compared or asked about ("more likely to be addicted", "how likely a body
    // is to be found"), an appearance brought about ("the text will all appear to be from…"), an example
    // ("it could be something you already do"): the writer commits to each
    { pattern: "(?:someone|anyone|somebody|anybody|people|person|friend|expert|professional|one|those|everyone|mechanic|doctor|local) who knows", reason: 'a person who knows, not "who knows?"' },
    // a relative clause of capability, not of doubt (dynamic "could", Palmer's root modality): "materials
    // that could be used to…", "anything that might be interpreted as a threat" describe a class of things
    { pattern: "(?:that|which|who) (?:could|might|may|can) (?:also |potentially |easily |possibly )?be (?:used|misused|interpreted|misinterpreted|perceived|seen|viewed|considered|mistaken|construed|taken|read|exploited|abused|applied|turned|weaponi[sz]ed|repurposed)", reason: 'a capability of a kind of thing, not a doubt' },
    { pattern: "(?:more|less|how|equally|as|twice|times) (?:un)?likely|(?:will|make (?:it|them|this|that|you)) (?:all |also )?(?:appear|seem|look)|(?:it|this|that) (?:could|might|may|can) be (?:something|anything) (?:you|that you|like)|(?:could|might|may|can) be as simple as", reason: 'a probability, appearance or example the writer commits to, not a doubt' },
  ],
  /** Hedges of perception: a doubt about how things are, except where a picture is described (the
   *  guideline: "describing what an image shows" is not hedging): "the image shows what appears to be a
   *  knife", "the objects appear to be tools" say what is seen, as plainly as "shows". */
  // boosters that promise an outcome: the writer's, whoever it is about (StancePhrases.promises)
  promises: [
    // also "will obviously be above $150,000", "they'll absolutely meet you at $98k" (found from the adverb; not "you'll clearly
    // see", a manner) (en-2026.12zzzm)
    { pattern: "(?:will|would|is going to) (?:definitely|certainly|undoubtedly|absolutely|surely|unquestionably|obviously|clearly) |(?:definitely|certainly|absolutely|obviously)(?<='ll (?:definitely|certainly|absolutely|obviously)) |surely(?<=\\b(?:you|it|they|he|she|we|that|this)'ll surely) |(?:is|are|(?:that|it|this|which|who|he|she|they|you|we)(?:'s|'re)|(?:will|(?:you|we|they|he|she|it|I)'ll) be) (?:bound|sure|certain|guaranteed) to|(?:will|would) (?:completely )?cure|(?:will|is going to) be a (?:huge |massive |guaranteed )?success|there(?:'s| is) no way (?:it|this|that|you) (?:will|can|could) (?:fail|lose|go wrong)", reason: 'promises an outcome' },
    // the outcome promised in an idiom ("a surefire way", "never disappoints", "always a hit"): the
    // guideline's "always works" said of a result
    { pattern: "sure-?fire|sure[- ]?win(?![\\w])|(?:never|won't|will not|doesn't|does not) (?:ever )?disappoint|(?:is|are|will be|makes? for|and) (?:always|invariably) a (?:hit|winner|success|crowd[- ]?pleaser|favou?rite)|(?:a|is a) (?:guaranteed|sure) (?:hit|winner|success|bet|way)", reason: 'promises an outcome' },
  ],
  perception: [
    // any infinitive ("seems to come from"; not what a picture "appears to show": the guideline's
    // description of an image), and the zero "that" ("it seems the cache…")
    { pattern: "(?:seems?|appears?|seemed|appeared) (?:to (?!(?:the|a|an|your|my|this|that|be able|show|shows|depict|contain|feature|display|portray|illustrate|represent|include) )\\w+|that|like|as though|as if)|(?:it|this|that) (?:would |might |may )?(?:seems?|appears?|seemed|appeared) (?:the|a|an|this|these|those|there|they|he|she|we|it|its|their)(?![\\w\\x27’])|(?:it|this|that) looks like|(?:it|this) sounds like|(?:it|this|that) (?:seems|appears|seemed|appeared)(?= (?:more|most) likely\\b)", reason: 'states an impression, not a fact', weight: 0.5 },
  ],
  /** A picture described: in the output before a perception cue, or in the request. */
  picture: [
    { pattern: "(?:the|this|that|these|your|an|uploaded|attached|provided|shared) (?:image|images|picture|pictures|photo|photos|photograph|photographs|screenshot|illustration|drawing|painting|scene|video|frame|diagram|meme)(?! (?:tag|tags|registry|layer|layers|file|files|size|format|url|build|builds|is built))|(?:in|from) the (?:image|picture|photo|photograph|screenshot|video)|(?:image|picture|photo|photograph|screenshot) (?:shows|depicts|contains|features|displays)", reason: 'describes a picture' },
  ],
  /** Someone else's stance is reported: "some claim it is certain", "according to…". */
  reported: [
    // "according to your description" is the user's account, not another stance (en-2026.12zzzo)
    { pattern: `${OTHERS} (?:${REPORTING_VERB}|${GROUP_STANCE})|according to(?! (?:you|your)\\b)|so-called`, reason: 'reports another stance' },
    // the cue as what others called something ("they called a rise likely": en-2026.12zzzi)
    { pattern: `${OTHERS} (?:called|call|calls|deemed|deem|deems|labell?ed|described (?:it|this|that|them) as) (?:it|this|that|them|(?:an?|the) [\\w-]+(?: [\\w-]+)?) $`, reason: 'reports another stance' },
    // the impersonal passive reports a stance nobody here holds ("it is widely believed that…")
    { pattern: "(?:it|this) (?:is|was|has been) (?:widely |commonly |generally |often |sometimes |long |also )?(?:believed|thought|said|claimed|reported|rumou?red|assumed|alleged|argued|suggested|speculated|estimated|predicted|expected|considered|held) (?:that|to)", reason: 'reports another stance' },
  ],
  /** A named source reports a stance ("Smith argues it is certain"). Matched case-insensitively like
   *  every group, so the reader keeps a match only where the name is written with a capital letter:
   *  "I would say it is definitely…" is the writer's own stance. "We" is the writer too. */
  // the others' state is the cue itself ("Scientists are uncertain…": the cue starts at "are"); not a promised outcome
  stateHolder: [{ pattern: `${OTHERS} $`, reason: 'reports another stance' }],
  reportedByName: [
    { pattern: `\\b(?!(?:to|we|it|this|that|there|nobody|everyone|everybody|anyone|anybody|one|what|which|who) )[a-z]{2,} ${REPORTING_VERB}`, reason: 'a named source reports another stance' },
  ],
  /** The cue is inside a condition, not an assertion: "if you're not sure…", "whether it is certain". */
  // a cue right after "when" ("when I'm confident about…, …") says when, not how sure a claim is: the twin of
  // "when you're…" for a cue that holds its own subject (en-2026.12zzzu)
  condition: [{ pattern: "if|whether|unless|in case|when you(?:'re| are)|when(?:ever)?\\s*$", reason: 'inside a condition' }],
  /** The request asks for text in someone else's voice (the labelling guideline's list: a story, poem,
   *  dialogue, song, advertisement, a letter, email or speech the user sends as their own, a persona; since
   *  en-2026.12zn also a review, testimonial, quotation, skit, play or a scene of one). */
  otherVoice: [
    { pattern: "(?:write|compose|create|draft|generate|give me|tell me|make up|come up with)(?: [\\w\\x27-]+){0,5}? (?:story|stories|poem|poems|poetry|song|songs|lyrics|rap|limerick|haiku|sonnet|ballad|verse|dialogue|screenplay|tweet|tweets|advertisement|ad|commercial|slogan|jingle|letter|email(?! (?:address|addresses|account|accounts|client|server|provider|domain|field|validation|validator|headers?|inbox)\\b)|e-mail|speech|toast|eulogy|monologue|fable|tale|riddle|joke|jokes|blog post|social media post|product description|review|testimonial|quote|quotation|aphorism|proverb|skit|(?<=(?:a|the) )play|(?<=(?:first|opening|second|third|final|closing|next) )act|scenes?|pep talks?|taglines?|slogans|jingles|speeches|toasts|letters|ads|advertisements|reviews|testimonials|monologues|wedding vows|vows|sales pitch|elevator pitch|messages?(?! (?:queues?|brokers?|bus|passing|ids?|formats?|types?)\\b)|memos?|announcements?|newsletters?|notices?|text(?= (?:to|for) )|clauses?|contracts?|waivers?|disclaimers?|press releases?|job (?:ads?|postings?|listings?|descriptions?)|bios?|about (?:sections?|pages?|me)|(?:linkedin|dating|tinder|hinge|bumble|social media|instagram|tiktok|twitter|x) (?:profiles?|summar(?:y|ies)|headlines?)|(?:ad|marketing|sales|website|landing[- ]page) copy|copy(?= for )|landing pages?|hero sections?|headlines?|captions?|brochures?|flyers?|banners?|(?:closing|opening) (?:arguments?|statements?)|vignettes?)(?![\\w])", reason: 'asks for text in another voice' },
    // the user's own statement rewritten ("rewrite the following statement to sound like a President"): still their words
    { pattern: "(?:rewrite|rephrase|paraphrase|reword)(?: [\\w\\x27-]+){0,3}? (?:statement|announcement|message|speech|paragraph|passage|post|note)(?![\\w])", reason: "asks for the user's own text rewritten" },
    { pattern: "act as|acting as|pretend (?:to be|you(?:'re| are))|role-?play|in the (?:voice|persona) of|(?:imagine|suppose) you(?:'re| are) (?:a|an|the)|you are (?:a|an) [\\w-]+ (?:who|that|named|called)", reason: 'sets up a persona' },
  ],
};
