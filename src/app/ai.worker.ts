/// <reference lib="webworker" />
/**
 * Runs the AI off the main thread so the board never freezes while a delegation thinks.
 * The scenario is compiled once on init; each request carries only the view and the legal actions.
 */
import { chooseAction } from '../ai/choose';
import { compileScenario } from '../engine/game';
import type { CompiledScenario } from '../engine/types';
import type { FromWorker, ToWorker } from './ai-protocol';

declare const self: DedicatedWorkerGlobalScope;

let compiled: CompiledScenario | null = null;

self.onmessage = (message: MessageEvent<ToWorker>) => {
  const data = message.data;
  if (data.type === 'init') {
    compiled = compileScenario(data.scenario);
    return;
  }
  self.postMessage(decide(data));
};

function decide(request: Extract<ToWorker, { type: 'choose' }>): FromWorker {
  if (!compiled) return { type: 'failed', id: request.id, message: 'the AI worker has no scenario' };
  try {
    const { event, reason } = chooseAction({ ...request, compiled });
    return { type: 'chosen', id: request.id, event, reason };
  } catch (error) {
    return {
      type: 'failed',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
