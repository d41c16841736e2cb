// Where the user's keys may go in VS Code: the CLI's key rules (core/providers/keyPolicy.ts), with
// the user in place of --allow-host. A key goes to a server that is not its provider's own only
// once the user has approved that server (remembered per origin), or PROMPTSHIFT_ALLOW_HOSTS allows
// it. Keys come from SecretStorage and the provider's default variable only; a suite's apiKeyEnv
// is ignored. Every provider a suite names is covered, the judge's included.
import * as vscode from 'vscode';
import { EvalInputError } from '../../core/eval/pairedEval';
import { ALLOW_HOSTS_ENV, KeyPolicyError, keyDestinationToApprove, parseAllowedHost, readAllowances, resolveCredentials, type CredentialContext, type ResolvedCredentials } from '../../core/providers/keyPolicy';
import type { LoadedSuite, SuiteProvider } from '../../core/suite';
import type { ApiKeys } from '../secrets';

const APPROVED_HOSTS = 'promptshift.approvedKeyHosts';

/** The key rules for one run: what the user approved before, and the servers to send no key to this time. */
export class KeyDestinations {
  /** origins the user chose to run without a key for, this run */
  private readonly withheld = new Set<string>();

  constructor(
    private readonly keys: ApiKeys,
    private readonly globalState: vscode.Memento,
  ) {}

  private async context(p: SuiteProvider): Promise<CredentialContext> {
    const approved = this.globalState.get<string[]>(APPROVED_HOSTS, []).map((o) => parseAllowedHost(o, 'approved server'));
    const fromEnv = readAllowances({ [ALLOW_HOSTS_ENV]: process.env[ALLOW_HOSTS_ENV] });
    const allow = { hosts: [...fromEnv.hosts, ...approved], keyEnvs: [] };
    const origin = p.baseUrl && URL.canParse(p.baseUrl) ? new URL(p.baseUrl).origin : undefined;
    if (origin && this.withheld.has(origin)) return { allow, env: {}, apiKeyEnv: 'ignore' };
    return { allow, ...(await this.keys.sources(p.type)), apiKeyEnv: 'ignore' };
  }

  /** The key and headers a provider's requests carry (pairedEval's `credentials`). */
  credentials = async (p: SuiteProvider): Promise<ResolvedCredentials> => resolveCredentials(p, await this.context(p));

  /**
   * Asks once per server that would get a key without being approved: the suite's provider (or the
   * default one), its judge's, a design's second provider and the paraphrasing model. False when the user declined.
   */
  async confirm(suite: Pick<LoadedSuite, 'provider' | 'judge'>, provider: SuiteProvider, suiteFile: string, design: { second?: SuiteProvider | undefined; paraphraser?: SuiteProvider | undefined } = {}): Promise<boolean> {
    const { second, paraphraser } = design;
    const providers = [provider, ...(suite.judge ? [suite.judge.provider] : [])];
    const roles = ['', ...(suite.judge ? [' (its judge model)'] : [])];
    const fields = [suite.provider ? 'provider' : 'promptshift.provider', ...(suite.judge ? ['judge.provider'] : [])];
    if (second) {
      providers.push(second);
      roles.push(' (the second model)');
      fields.push('providerB');
    }
    if (paraphraser) {
      providers.push(paraphraser);
      roles.push(' (its paraphrasing model)');
      fields.push('paraphraser.provider');
    }
    for (const [i, p] of providers.entries()) {
      let origin: string | undefined;
      try {
        origin = keyDestinationToApprove(p, await this.context(p));
      } catch (err) {
        if (err instanceof KeyPolicyError) throw new EvalInputError(`${vscode.workspace.asRelativePath(suiteFile)}: ${fields[i]}.${err.message}`);
        throw err;
      }
      if (!origin) continue;
      const choice = await vscode.window.showWarningMessage(
        `${vscode.workspace.asRelativePath(suiteFile)} sends requests, with your ${p.type} API key, to ${origin}${roles[i]}. Send your key to this server?`,
        { modal: true },
        'Send Key',
        'Run Without Key',
      );
      if (choice === 'Run Without Key') this.withheld.add(origin);
      else if (choice === 'Send Key') await this.globalState.update(APPROVED_HOSTS, [...this.globalState.get<string[]>(APPROVED_HOSTS, []), origin]);
      else return false;
    }
    return true;
  }
}
