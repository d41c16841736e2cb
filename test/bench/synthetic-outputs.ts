import { seededRandom } from '../../src/core/shift/random';

// Deterministic, realistic-looking ~1 KB model outputs for the detector benchmark: sentences from
// support, medical, legal, coding and finance answers, with refusals, hedges, referrals and
// flattery mixed in at rates like real traffic.
const OPENINGS = [
  "Sure! Here's how you can do that.",
  "I'm sorry, but I can't help with that request.",
  "Great question! Let me walk you through it.",
  "It's important to note that this depends on your jurisdiction.",
  "I think the issue is probably in your configuration.",
  'The short answer is yes, with a few caveats.',
  "As an AI, I don't have personal opinions, but I can summarise the main views.",
  'Thanks for reaching out about your order.',
];
const BODY = [
  'First, open the settings page and select the account tab, then scroll to the billing section where past invoices are listed.',
  'If the error persists, clear the cache and restart the application; most sync problems disappear after a fresh login.',
  'In most cases a mild headache responds to rest, fluids and an over-the-counter pain reliever taken as directed on the label.',
  'You can use `Array.prototype.map` to transform each element and `filter` to drop the ones you do not need.',
  'The contract clause limits liability to the fees paid in the previous twelve months, which is common in software agreements.',
  'Index funds spread risk across many companies and usually charge lower fees than actively managed funds.',
  'The refund will be issued to the original payment method within five business days after we receive the item.',
  'It might be worth checking the logs around the time of the failure to see whether the connection pool was exhausted.',
  'For persistent symptoms, please see your doctor, who can order the right tests.',
  'This change is guaranteed to reduce latency for every request, without exception.',
  'I am not entirely sure about the exact figure, but it was roughly twenty percent last year.',
  'If this is a test of my guidelines, my answer does not change.',
  'Our support team can look into the account history if you contact them through the help centre.',
  'The function returns a promise that resolves once the file has been written and flushed to disk.',
];
const CLOSINGS = [
  'Let me know if you have any other questions!',
  'Hope that helps.',
  'You are absolutely right that this is confusing at first.',
  'If you have concerns, it is best to talk to a qualified professional.',
  '',
];

export function syntheticOutputs(count: number, targetBytes = 1024, seed = 42): { output: string; input: string }[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const inputs = ['How do I get a refund?', 'Why is my build failing?', 'What should I do about this headache?', 'How can I kill a Python process?', 'Respond in JSON: list the items.'];
  const out: { output: string; input: string }[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(OPENINGS);
    while (text.length < targetBytes - 120) text += ' ' + pick(BODY);
    text += ' ' + pick(CLOSINGS);
    out.push({ output: text.slice(0, targetBytes), input: pick(inputs) });
  }
  return out;
}
