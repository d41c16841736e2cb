// The webview's side of the conversation with the extension host: typed requests with ids and
// promises for their responses, state kept with setState, and every incoming message validated.
import { HostToWebview, PanelState, RESPONSES, type RequestMethod, type RequestParams, type ResponseOf, type WebviewToHost } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type Incoming = Exclude<HostToWebview, { type: 'response' }>;

export class HostBridge {
  private readonly api = acquireVsCodeApi();
  private nextId = 1;
  private mirrorTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(onMessage: (message: Incoming) => void) {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = HostToWebview.safeParse(event.data);
      if (!parsed.success) {
        console.warn('PromptShift: ignored a malformed message from the host', parsed.error.issues);
        return;
      }
      const message = parsed.data;
      if (message.type === 'response') {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) waiter?.resolve(message.result);
        else waiter?.reject(new Error(message.error ?? 'the request failed'));
        return;
      }
      onMessage(message);
    });
  }

  ready(): void {
    this.api.postMessage({ type: 'ready', version: 1 });
  }

  /** Sends a request; resolves with the host's answer, checked against the method's response schema. */
  request<M extends RequestMethod>(method: M, params: RequestParams<M>): Promise<ResponseOf<M>> {
    const id = this.nextId++;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.api.postMessage({ type: 'request', id, method, params } as WebviewToHost);
    }).then((result) => {
      const parsed = RESPONSES[method].safeParse(result);
      if (!parsed.success) throw new Error(`the host's answer to ${method} is malformed: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data as ResponseOf<M>;
    });
  }

  /** The state saved before a reload, if it is still valid. */
  savedState(): PanelState | undefined {
    const parsed = PanelState.safeParse(this.api.getState());
    return parsed.success ? parsed.data : undefined;
  }

  /** Saves with setState at once and mirrors to the host shortly after (scrolling saves often). */
  saveState(state: PanelState): void {
    const stamped = { ...state, savedAt: Date.now() };
    this.api.setState(stamped);
    clearTimeout(this.mirrorTimer);
    this.mirrorTimer = setTimeout(() => this.api.postMessage({ type: 'state', state: stamped }), 250);
  }
}
