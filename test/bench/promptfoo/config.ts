// The promptfoo side of the runner benchmark: a config with the same shape of work as PromptShift's
// paired run (two prompts × cases × repeats = N calls) against the same fake server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes promptfooconfig.yaml into `dir` for 2 prompts × `cases` tests; run with --repeat to reach N. */
export function writePromptfooConfig(dir: string, serverUrl: string, cases: number): string {
  const tests = Array.from({ length: cases }, (_, i) => `  - vars:\n      question: "Question number ${i}?"`).join('\n');
  const yaml = `description: PromptShift runner benchmark peer
prompts:
  - "Version A: answer kindly. {{question}}"
  - "Version B: answer briefly. {{question}}"
providers:
  - id: openai:chat:gpt-4o-mini
    config:
      apiBaseUrl: ${serverUrl}/v1
      apiKey: sk-bench-not-a-real-key
      temperature: 0.7
      max_tokens: 128
tests:
${tests}
`;
  const file = join(dir, 'promptfooconfig.yaml');
  writeFileSync(file, yaml);
  return file;
}
