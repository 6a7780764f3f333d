/**
 * The start screen: scenario, seats, seed, resume. The hero text is also in index.html, so the page
 * shows words before any script runs; this rebuilds it identically.
 */
import { MAX_SEED, parseSeed, shareQuery } from '../app/url-params';
import type { SeatController, SeatId } from '../engine/types';
import { el, replaceChildren, uid } from './dom';
import { renderNotice, renderProblemList } from './errors';
import { renderScenarioPicker, type ScenarioChoice } from './scenario-picker';
import { completeSeats, renderSeatSetup } from './seat-setup';

export interface Notice {
  title: string;
  lines: string[];
  tone: 'error' | 'info';
}

export interface StartModel {
  choices: ScenarioChoice[];
  selected: string | null;
  seats: Record<SeatId, SeatController>;
  seed: number;
  resume: { summary: string; savedAt: string } | null;
  notices: Notice[];
  problems: { title: string; errors: string[] } | null;
}

export interface StartCallbacks {
  onStart(choice: ScenarioChoice, seats: Record<SeatId, SeatController>, seed: number): void;
  onResume(): void;
  onOpenScenarioFile(file: File): void;
  onOpenSaveFile(file: File): void;
  randomSeed(): number;
  pageUrl(): string;
}

export function renderHero(): HTMLElement {
  return el('header', { className: 'hero' }, [
    el('h1', { className: 'hero__title', text: 'Treaty Table' }),
    el('p', {
      className: 'hero__pitch',
      text: 'Two delegations, one table, the New START treaty in 2022–2023: negotiate round by round and see if you can do better than history.',
    }),
  ]);
}

export class StartScreen {
  readonly element: HTMLElement;
  private readonly messages = el('div', { className: 'start__messages' });
  private readonly resumeSlot = el('div', { className: 'start__resume' });
  private readonly pickerSlot = el('div', { className: 'start__picker' });
  private readonly seatsSlot = el('div', { className: 'start__seats' });
  private readonly seedInput: HTMLInputElement;
  private readonly shareInput: HTMLInputElement;
  private readonly seedError = el('p', {
    className: 'field__error',
    attrs: { id: 'seed-error', role: 'alert' },
  });

  constructor(
    private model: StartModel,
    private readonly callbacks: StartCallbacks,
  ) {
    this.seedInput = el('input', {
      attrs: {
        type: 'number',
        id: 'seed',
        min: 0,
        max: MAX_SEED,
        step: 1,
        inputmode: 'numeric',
        value: model.seed,
        'aria-describedby': 'seed-help seed-error',
      },
    });
    this.seedInput.addEventListener('input', () => this.updateShare());
    this.shareInput = el('input', { attrs: { type: 'text', id: 'share-link', readonly: true } });
    this.element = el('main', { className: 'start', attrs: { id: 'start' } }, [
      renderHero(),
      el('div', { className: 'start__body', attrs: { id: 'start-body' } }, [
        this.messages,
        this.resumeSlot,
        el('div', { className: 'start__grid' }, [
          this.pickerSlot,
          el('div', { className: 'start__side' }, [this.seatsSlot, this.renderSeed(), this.renderActions()]),
        ]),
      ]),
    ]);
    this.renderAll();
  }

  update(changes: Partial<StartModel>): void {
    this.model = { ...this.model, ...changes };
    this.renderAll();
  }

  /** Moves focus to the first message (problems, failures) so it is read out and reachable. */
  focusMessages(): void {
    const target = this.messages.querySelector<HTMLElement>('[tabindex="0"], .notice');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  private renderAll(): void {
    this.renderMessages();
    this.renderResume();
    this.renderPicker();
    this.renderSeats();
    this.updateShare();
  }

  private selectedChoice(): ScenarioChoice | undefined {
    return this.model.choices.find((c) => c.key === this.model.selected) ?? this.model.choices[0];
  }

  private renderMessages(): void {
    const { notices, problems } = this.model;
    replaceChildren(this.messages, [
      ...notices.map((n) => renderNotice(n.title, n.lines, n.tone)),
      problems ? renderProblemList(problems.title, problems.errors) : null,
    ]);
  }

  private renderResume(): void {
    const { resume } = this.model;
    this.resumeSlot.hidden = !resume;
    if (!resume) {
      this.resumeSlot.replaceChildren();
      return;
    }
    replaceChildren(this.resumeSlot, [
      el('div', { className: 'resume' }, [
        el('div', {}, [
          el('p', { className: 'resume__title', text: 'A saved game is waiting' }),
          el('p', { className: 'resume__summary', text: resume.summary }),
          resume.savedAt ? el('p', { className: 'muted small', text: `Saved ${resume.savedAt}` }) : null,
        ]),
        el('button', {
          className: 'button button--primary',
          text: 'Resume saved game',
          attrs: { type: 'button' },
          on: { click: () => this.callbacks.onResume() },
        }),
      ]),
    ]);
  }

  private renderPicker(): void {
    replaceChildren(this.pickerSlot, [
      renderScenarioPicker(
        { choices: this.model.choices, selected: this.selectedChoice()?.key ?? null },
        (key) => {
          this.model = { ...this.model, selected: key };
          this.renderSeats();
          this.updateShare();
        },
        (file) => this.callbacks.onOpenScenarioFile(file),
      ),
    ]);
  }

  private renderSeats(): void {
    const choice = this.selectedChoice();
    if (!choice) {
      this.seatsSlot.replaceChildren();
      return;
    }
    const scenario = choice.loaded.scenario;
    this.model = { ...this.model, seats: completeSeats(scenario, this.model.seats) };
    replaceChildren(this.seatsSlot, [
      renderSeatSetup(scenario, this.model.seats, (seat, controller) => {
        this.model = { ...this.model, seats: { ...this.model.seats, [seat]: controller } };
        this.updateShare();
      }),
    ]);
  }

  private renderSeed(): HTMLElement {
    return el('fieldset', { className: 'seed' }, [
      el('legend', { className: 'step-title', text: 'Seed' }),
      el('div', { className: 'seed__row' }, [
        el('label', { className: 'visually-hidden', text: 'Seed', attrs: { for: 'seed' } }),
        this.seedInput,
        el('button', {
          className: 'button button--quiet',
          text: 'New seed',
          attrs: { type: 'button' },
          on: {
            click: () => {
              this.seedInput.value = String(this.callbacks.randomSeed());
              this.updateShare();
            },
          },
        }),
      ]),
      el('p', {
        className: 'muted small',
        text: 'Same seed, scenario and seats: same game. Share the link so a class plays alike.',
        attrs: { id: 'seed-help' },
      }),
      this.seedError,
      el('details', { className: 'share' }, [
        el('summary', { className: 'small', text: 'Share this setup' }),
        el('label', { className: 'small', text: 'Share link', attrs: { for: 'share-link' } }),
        this.shareInput,
      ]),
    ]);
  }

  private renderActions(): HTMLElement {
    const saveId = uid('save-file');
    const saveInput = el('input', {
      className: 'file-input',
      attrs: { type: 'file', id: saveId, accept: '.json,application/json' },
    });
    saveInput.addEventListener('change', () => {
      const file = saveInput.files?.[0];
      if (file) this.callbacks.onOpenSaveFile(file);
      saveInput.value = '';
    });
    return el('div', { className: 'start__actions' }, [
      el('button', {
        className: 'button button--primary button--large',
        text: 'Start game',
        attrs: { type: 'button' },
        on: { click: () => this.start() },
      }),
      el('label', {
        className: 'button button--quiet file-button',
        text: 'Load a saved game…',
        attrs: { for: saveId },
      }),
      saveInput,
    ]);
  }

  private start(): void {
    const seed = parseSeed(this.seedInput.value);
    const choice = this.selectedChoice();
    if (seed === null) {
      this.seedError.textContent = `The seed must be a whole number from 0 to ${MAX_SEED}.`;
      this.seedInput.setAttribute('aria-invalid', 'true');
      this.seedInput.focus();
      return;
    }
    this.seedError.textContent = '';
    this.seedInput.removeAttribute('aria-invalid');
    if (choice) this.callbacks.onStart(choice, this.model.seats, seed);
  }

  private updateShare(): void {
    const choice = this.selectedChoice();
    const seed = parseSeed(this.seedInput.value);
    const shareable = choice?.shareId;
    if (!choice || seed === null || !shareable) {
      this.shareInput.value =
        shareable === null ? 'Scenarios opened from a file cannot be shared by link.' : '';
      return;
    }
    const url = new URL(this.callbacks.pageUrl());
    url.search = shareQuery(shareable, seed, this.model.seats);
    url.hash = '';
    this.shareInput.value = url.href;
  }
}
