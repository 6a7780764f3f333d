/**
 * Asks the AI for a move. Uses a Web Worker; where workers cannot start (e.g. the game opened from a
 * file:// folder), it falls back to running the same pure function on the page.
 */
import { compileScenario } from '../engine/game';
import type { CompiledScenario } from '../engine/types';
import type { Scenario } from '../scenario/schema';
import type { AiDecision, AiDecisionRequest, FromWorker, ToWorker } from './ai-protocol';

type Pending = { resolve: (decision: AiDecision) => void; reject: (error: Error) => void };

export class AiClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private compiledOnPage: CompiledScenario | null = null;

  constructor(private readonly scenario: Scenario) {
    try {
      this.worker = new Worker(new URL('./ai.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (message: MessageEvent<FromWorker>) => this.settle(message.data);
      this.worker.onerror = (event) => this.failAll(new Error(event.message || 'the AI worker stopped'));
      this.post({ type: 'init', scenario });
    } catch {
      this.worker = null;
    }
  }

  choose(request: AiDecisionRequest): Promise<AiDecision> {
    if (!this.worker) return this.chooseOnPage(request);
    const id = this.nextId++;
    return new Promise<AiDecision>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'choose', id, ...request });
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll(new Error('the game was closed'));
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

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
