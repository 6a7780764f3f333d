/**
 * Entry point. The start screen's heading and pitch are already in index.html; this wires the app
 * and makes sure no error ever leaves a blank page.
 */
import './ui/styles.css';
import { App } from './app/app';

const root = document.getElementById('app');
if (root) {
  const app = new App(root);
  window.addEventListener('error', (event) => {
    // Chrome reports a harmless ResizeObserver notice as an error event with no error object.
    if (!event.error && /ResizeObserver/.test(event.message)) return;
    app.showError(event.error ?? event.message);
  });
  window.addEventListener('unhandledrejection', (event) => app.showError(event.reason));
  app.boot(window.location).catch((error: unknown) => app.showError(error));
}
