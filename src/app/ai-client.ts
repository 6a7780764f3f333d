/**
 * Asks the AI for a move. Uses a Web Worker so the page never freezes; where a worker cannot start
 * or dies (the game opened from a file:// folder, a strict school proxy), the same pure function
 * runs on the page instead, so the game goes on.
 */
import { compileScenario } from '../engine/game';
import type { CompiledScenario } from '../engine/types';
import type { Scenario } from '../scenario/schema';
import type { AiDecision, AiDecisionRequest, FromWorker, ToWorker } from './ai-protocol';

interface Pending {
  request: AiDecisionRequest;
  resolve: (decision: AiDecision) => void;
  reject: (error: Error) => void;
}

export class AiClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private compiledOnPage: CompiledScenario | null = null;
  private disposed = false;

  constructor(private readonly scenario: Scenario) {
    try {
      this.worker = new Worker(new URL('./ai.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (message: MessageEvent<FromWorker>) => this.settle(message.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.fallBackToPage();
      };
      this.post({ type: 'init', scenario });
    } catch {
      this.worker = null;
    }
  }

  choose(request: AiDecisionRequest): Promise<AiDecision> {
    if (!this.worker) return this.chooseOnPage(request);
    const id = this.nextId++;
    return new Promise<AiDecision>((resolve, reject) => {
      this.pending.set(id, { request, resolve, reject });
      this.post({ type: 'choose', id, ...request });
    });
  }

  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new Error('the game was closed'));
    this.pending.clear();
  }

  /** The worker failed: answer what it was asked on the page, and every later request too. */
  private fallBackToPage(): void {
    this.worker?.terminate();
    this.worker = null;
    if (this.disposed) return;
    for (const { request, resolve, reject } of this.pending.values()) {
      this.chooseOnPage(request).then(resolve, reject);
    }
    this.pending.clear();
  }

  private async chooseOnPage(request: AiDecisionRequest): Promise<AiDecision> {
    const { chooseAction } = await import('../ai/choose');
    this.compiledOnPage ??= compileScenario(this.scenario);
    return chooseAction({ ...request, compiled: this.compiledOnPage });
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private settle(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'chosen') pending.resolve({ event: message.event, reason: message.reason });
    else pending.reject(new Error(message.message));
  }
}
