/**
 * What happened when a scenario file was edited during a game (dev server): reloaded and replayed, or
 * refused with its problems and their lines. One notice at a time; it stays until closed.
 */
import { el } from './dom';
import './reload-notice.css';

export interface ReloadMessage {
  title: string;
  lines: string[];
  tone: 'info' | 'error';
}

let current: HTMLElement | null = null;

export function showReloadNotice(message: ReloadMessage): void {
  current?.remove();
  const close = el('button', { className: 'button button--quiet', text: 'Close', attrs: { type: 'button' } });
  const notice = el(
    'section',
    {
      className: `notice notice--${message.tone} reload-notice`,
      attrs: { role: message.tone === 'error' ? 'alert' : 'status', 'aria-label': message.title },
    },
    [
      el('p', { className: 'notice__title', text: message.title }),
      el(
        'ul',
        { className: 'reload-notice__lines' },
        message.lines.map((line) => el('li', { text: line })),
      ),
      close,
    ],
  );
  close.addEventListener('click', () => notice.remove());
  document.body.append(notice);
  current = notice;
}
