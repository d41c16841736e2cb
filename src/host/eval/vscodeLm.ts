// VS Code's language models (e.g. Copilot) as a PromptShift provider. VS Code asks the user's
// consent on the first request, which is why evals with this provider start from a user action.
import * as vscode from 'vscode';
import { ProviderError, type ChatRequest, type ChatResponse, type ModelProvider } from '../../core/providers/types';
import type { SuiteProvider } from '../../core/suite';

export async function createVsCodeLmProvider(p: SuiteProvider): Promise<ModelProvider> {
  const selector: vscode.LanguageModelChatSelector = p.model ? { family: p.model } : {};
  let models = await vscode.lm.selectChatModels(selector);
  if (models.length === 0 && p.model) models = (await vscode.lm.selectChatModels({})).filter((m) => m.id === p.model || m.name === p.model);
  const model = models[0];
  if (!model) throw new Error(`provider: no VS Code language model matches ${p.model ? `'${p.model}'` : 'any model'} (is GitHub Copilot or another model provider installed and signed in?)`);
  return new VsCodeLmProvider(model);
}

class VsCodeLmProvider implements ModelProvider {
  readonly type = 'vscode-lm';
  constructor(private readonly model: vscode.LanguageModelChat) {}

  async complete(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    // The API has no system role: the system prompt goes first as a user message.
    const messages = request.messages.map((m) =>
      m.role === 'assistant' ? vscode.LanguageModelChatMessage.Assistant(m.content) : vscode.LanguageModelChatMessage.User(m.content),
    );
    const cts = new vscode.CancellationTokenSource();
    const onAbort = () => cts.cancel();
    signal.addEventListener('abort', onAbort, { once: true });
    const started = performance.now();
    try {
      const modelOptions: Record<string, unknown> = {};
      if (request.temperature !== undefined) modelOptions['temperature'] = request.temperature;
      if (request.maxTokens !== undefined) modelOptions['max_tokens'] = request.maxTokens;
      const response = await this.model.sendRequest(messages, { justification: 'PromptShift runs a paired eval of your prompt versions.', modelOptions }, cts.token);
      let text = '';
      for await (const chunk of response.text) text += chunk;
      return { text, model: this.model.id, fingerprint: this.model.version, finishReason: 'stop', latencyMs: performance.now() - started };
    } catch (err) {
      if (err instanceof vscode.LanguageModelError) {
        const retryable = !/NoPermissions|NotFound|Blocked/i.test(err.code);
        throw new ProviderError(`vscode-lm ${this.model.id}: ${err.code}: ${err.message}`, retryable);
      }
      throw new ProviderError(`vscode-lm ${this.model.id}: ${err instanceof Error ? err.message : String(err)}`, true);
    } finally {
      signal.removeEventListener('abort', onAbort);
      cts.dispose();
    }
  }
}
