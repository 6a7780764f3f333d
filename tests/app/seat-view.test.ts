import { describe, expect, it } from 'vitest';
import { decideViewer } from '../../src/app/seat-view';
import type { SeatController } from '../../src/engine/types';

const human: SeatController = { kind: 'human' };
const ai: SeatController = { kind: 'ai', strength: 'standard' };
const order = ['us', 'ru'];

describe('decideViewer', () => {
  it('hot-seat: asks for a hand-over before showing the seat to move', () => {
    expect(decideViewer(order, { us: human, ru: human }, 'ru', 'us')).toEqual({
      viewer: null,
      handover: 'ru',
    });
  });
  it('hot-seat: shows the seat to move once it confirmed', () => {
    expect(decideViewer(order, { us: human, ru: human }, 'ru', 'ru')).toEqual({
      viewer: 'ru',
      handover: null,
    });
  });
  it('hot-seat: asks at the very first move too (objectives are secret)', () => {
    expect(decideViewer(order, { us: human, ru: human }, 'us', null)).toEqual({
      viewer: null,
      handover: 'us',
    });
  });
  it('one human seat: keeps that seat in view while the AI moves', () => {
    expect(decideViewer(order, { us: ai, ru: human }, 'us', null)).toEqual({ viewer: 'ru', handover: null });
  });
  it('AI against AI: spectator view', () => {
    expect(decideViewer(order, { us: ai, ru: ai }, 'us', null)).toEqual({ viewer: null, handover: null });
  });
  it('game over: spectator view, no hand-over', () => {
    expect(decideViewer(order, { us: human, ru: human }, null, 'us')).toEqual({
      viewer: null,
      handover: null,
    });
  });
});
