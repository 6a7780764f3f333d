/**
 * The game log in plain sentences. Append-only: entries already shown are never rebuilt, so the
 * list stays where the reader scrolled it and screen readers are not re-read the whole log.
 */
import { roundLabel } from '../engine/calendar';
import { narrate } from '../engine/narrate';
import type { CompiledScenario, LogEntry, SeatId } from '../engine/types';
import { el, seatColour } from './dom';
import { delegation } from './labels';

export class GameLog {
  readonly element: HTMLElement;
  private readonly list = el('ol', { className: 'log__list' });
  private shown = 0;
  private lastRound = 0;
  /** Follows the newest entry unless the reader scrolled up to read older ones. */
  private following = true;

  constructor(private readonly compiled: CompiledScenario) {
    this.element = el('section', { className: 'panel log', attrs: { 'aria-labelledby': 'log-title' } }, [
      el('h2', { className: 'panel-title', text: 'Game log', attrs: { id: 'log-title' } }),
      el(
        'div',
        {
          className: 'log__scroll',
          attrs: { tabindex: 0, role: 'region', 'aria-label': 'Game log entries' },
        },
        [this.list],
      ),
    ]);
    const scroller = this.list.parentElement;
    scroller?.addEventListener('scroll', () => {
      this.following = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 8;
    });
    // The panel changes size with the window: keep the newest entry in view.
    if (scroller && typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => this.following && this.scrollToEnd()).observe(scroller);
    }
  }

  /** Adds the entries not shown yet and returns their sentences (for the live region). */
  sync(log: readonly LogEntry[]): string[] {
    const added: string[] = [];
    for (const entry of log.slice(this.shown)) {
      const sentence = narrate(this.compiled, entry);
      this.addLine(entry.round, sentence, 'seat' in entry ? entry.seat : null, entry.kind);
      added.push(sentence);
    }
    this.shown = log.length;
    this.scrollToEnd();
    return added;
  }

  /** A line that is not a log entry: why the AI chose its move. */
  addNote(round: number, text: string, seat: SeatId): void {
    this.addLine(round, text, seat, 'note');
    this.scrollToEnd();
  }

  private addLine(round: number, text: string, seat: SeatId | null, kind: string): void {
    if (round !== this.lastRound && round > 0) {
      this.lastRound = round;
      this.list.append(el('li', { className: 'log__round', text: roundLabel(this.compiled, round) }));
    }
    const item = el('li', { className: `log__entry log__entry--${kind}`, text });
    if (seat) {
      item.classList.add('log__entry--seat');
      seatColour(item, delegation(this.compiled, seat)?.colour);
    }
    this.list.append(item);
  }

  private scrollToEnd(): void {
    const scroller = this.list.parentElement;
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
  }
}
