/** What each delegation did, round by round, side by side (from the log). */
import { roundLabel } from '../engine/calendar';
import { narrate } from '../engine/narrate';
import type { CompiledScenario, LogEntry } from '../engine/types';
import { el, seatColour } from './dom';

export function renderSideTimeline(compiled: CompiledScenario, log: readonly LogEntry[]): HTMLElement {
  const columns = compiled.scenario.delegations.map((d) => {
    const entries = log.filter((entry) => 'seat' in entry && entry.seat === d.id);
    const items: HTMLElement[] = [];
    let round = 0;
    for (const entry of entries) {
      if (entry.round !== round) {
        round = entry.round;
        items.push(el('li', { className: 'sides__round', text: roundLabel(compiled, round) }));
      }
      items.push(el('li', { text: withoutSubject(narrate(compiled, entry), d.name) }));
    }
    const column = el('section', { className: 'sides__column', attrs: { 'aria-label': d.name } }, [
      el('h3', {}, [el('span', { className: 'seat-dot', attrs: { 'aria-hidden': 'true' } }), d.name]),
      items.length > 0
        ? el('ol', { className: 'sides__list' }, items)
        : el('p', { className: 'muted', text: 'No moves.' }),
    ]);
    return seatColour(column, d.colour);
  });
  return el('div', { className: 'sides' }, columns);
}

/** In a delegation's own column "The United States delegation accepts …" reads better as "Accepts …". */
function withoutSubject(sentence: string, name: string): string {
  const subject = `The ${name} `;
  if (!sentence.startsWith(subject)) return sentence;
  const rest = sentence.slice(subject.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
