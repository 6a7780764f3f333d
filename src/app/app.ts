/**
 * The application: start screen → game → debrief, with resume, load and every failure shown as a
 * message a person can act on. The page is never left blank: unexpected errors show a panel.
 */
import { compileScenario, createGame, type Game, loadGame } from '../engine/game';
import type { SeatController, SeatId } from '../engine/types';
import { Announcer } from '../ui/announcer';
import { downloadText, readFileText } from '../ui/download';
import { renderEndScreen } from '../ui/end-screen';
import { renderErrorPanel } from '../ui/errors';
import { showReloadNotice } from '../ui/reload-notice';
import type { ScenarioChoice } from '../ui/scenario-picker';
import { type Notice, StartScreen } from '../ui/start-screen';
import {
  BUILTINS_CHANGED,
  builtinScenarios,
  DEFAULT_SCENARIO_ID,
  findBuiltin,
  loadBuiltinScenarios,
} from './builtin-scenarios';
import { GameController, type Session } from './controller';
import { reloadSession } from './live-reload';
import { fileStem, logText } from './log-export';
import { makeSaveFile, parseSaveFile, type SaveFile } from './save-file';
import { browserStorage, SaveStore } from './save-store';
import { fetchScenarioText, type LoadedScenario, loadBuiltin, loadRef, loadText } from './scenario-source';
import { looksLikeUrl, MAX_SEED, parseUrlOptions } from './url-params';

const MAX_FILE_BYTES = 1024 * 1024;

type Opened = { ok: true; session: Session } | { ok: false; reason: string };

export class App {
  private readonly store = new SaveStore(browserStorage());
  private readonly announcer = new Announcer();
  private readonly screenRoot: HTMLElement;
  private readonly overlay: HTMLElement;
  private controller: GameController | null = null;
  /** The game on the page, if any: live reload replays it on an edited scenario. */
  private session: Session | null = null;
  private start: StartScreen | null = null;
  private choices: ScenarioChoice[] = [];
  private selected: string | null = null;
  private seats: Record<SeatId, SeatController> = {};
  private seed: number = randomSeed();
  private notices: Notice[] = [];
  private problems: { title: string; errors: string[] } | null = null;
  private resumable: { file: SaveFile; summary: string; savedAt: string } | null = null;

  constructor(root: HTMLElement) {
    this.screenRoot = root;
    this.overlay = document.createElement('div');
    this.overlay.className = 'overlay-root';
    document.body.append(this.overlay, this.announcer.element);
    window.addEventListener(BUILTINS_CHANGED, () => this.guard(() => this.builtinsChanged()));
  }

  async boot(location: Location): Promise<void> {
    const url = parseUrlOptions(location.search);
    this.seats = url.seats;
    if (url.seed !== null) this.seed = url.seed;
    if (url.problems.length > 0)
      this.notices.push({ title: 'Some link settings were not used', lines: url.problems, tone: 'info' });
    await loadBuiltinScenarios();
    this.loadBuiltins();
    if (url.scenario) await this.loadFromParam(url.scenario, location.href);
    await this.inspectAutosave();
    this.showStart();
  }

  /** The page's last line of defence: any uncaught error becomes a readable panel. */
  showError(error: unknown): void {
    console.error(error);
    this.controller?.close();
    this.controller = null;
    this.session = null;
    this.overlay.replaceChildren();
    this.screenRoot.inert = false;
    const panel = renderErrorPanel(error, () => void this.guardAsync(() => this.backToStart()));
    this.screenRoot.replaceChildren(panel);
    panel.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Dev server: a scenario file was saved. Reload the list, and the running game if it uses it. */
  private builtinsChanged(): void {
    this.choices = this.choices.filter((choice) => choice.loaded.ref.kind !== 'builtin');
    const selected = this.selected;
    this.notices = [];
    this.loadBuiltins();
    if (selected && this.choices.some((choice) => choice.key === selected)) this.selected = selected;
    if (!this.session) {
      this.refreshStart();
      return;
    }
    const reload = reloadSession(this.session);
    if (reload.kind === 'broken') {
      showReloadNotice({
        title: `${reload.file} has problems: the game goes on with the version before your edit`,
        lines: reload.lines,
        tone: 'error',
      });
    } else if (reload.kind === 'reloaded') {
      this.controller?.close();
      this.play(reload.session);
      showReloadNotice({
        title: `${reload.session.compiled.scenario.title} reloaded`,
        lines: reload.lines,
        tone: 'info',
      });
    }
  }

  private loadBuiltins(): void {
    for (const builtin of builtinScenarios()) {
      const result = loadBuiltin(builtin.id);
      if (result.ok) this.addChoice(result.value, 'Built in', builtin.id, false);
      else
        this.notices.push({
          title: `The built-in scenario ${result.file} has problems`,
          lines: result.errors,
          tone: 'error',
        });
    }
    this.selected = findBuiltin(DEFAULT_SCENARIO_ID) ? DEFAULT_SCENARIO_ID : (this.choices[0]?.key ?? null);
  }

  private async loadFromParam(value: string, pageUrl: string): Promise<void> {
    if (!looksLikeUrl(value)) {
      if (this.choices.some((c) => c.key === value)) this.selected = value;
      else
        this.notices.push({
          title: `No built-in scenario is called “${value}”`,
          lines: [
            `Built in: ${builtinScenarios()
              .map((b) => b.id)
              .join(', ')}.`,
          ],
          tone: 'error',
        });
      return;
    }
    const fetched = await fetchScenarioText(value, pageUrl);
    if (!fetched.ok) {
      this.notices.push({
        title: 'The scenario from the link could not be loaded',
        lines: [fetched.message],
        tone: 'error',
      });
      return;
    }
    const result = await loadText(fetched.file, fetched.text);
    if (result.ok) this.addChoice(result.value, `From ${value}`, value, true);
    else this.problems = { title: `${fetched.file} (from the link) has problems`, errors: result.errors };
  }

  private addChoice(loaded: LoadedScenario, origin: string, shareId: string | null, select: boolean): void {
    const key = `${loaded.ref.kind}:${shareId ?? loaded.file}:${this.choices.length}`;
    const choice: ScenarioChoice = {
      key: loaded.ref.kind === 'builtin' ? loaded.ref.id : key,
      loaded,
      origin,
      shareId,
    };
    this.choices.push(choice);
    if (select) this.selected = choice.key;
  }

  /** A save that cannot be loaded is moved aside at once, before a new game could overwrite it. */
  private async inspectAutosave(): Promise<void> {
    const raw = this.store.read();
    this.resumable = null;
    if (raw === null) return;
    const parsed = parseSaveFile(raw);
    const opened = parsed.ok
      ? await this.open(parsed.value)
      : ({ ok: false, reason: parsed.reason } as const);
    if (opened.ok && parsed.ok) {
      const savedAt = parsed.value.savedAt ? new Date(parsed.value.savedAt).toLocaleString() : '';
      this.resumable = {
        file: parsed.value,
        summary: parsed.value.summary || opened.session.compiled.scenario.title,
        savedAt,
      };
      return;
    }
    const reason = opened.ok ? '' : opened.reason;
    const kept = this.store.keepRejected();
    this.notices.push({
      title: 'The saved game could not be resumed',
      lines: [
        `Reason: ${reason}.`,
        kept.ok
          ? `It was kept in this browser's storage under “${kept.key}”, so nothing is lost.`
          : `It was left in place and autosave is off for now: ${kept.reason}.`,
      ],
      tone: 'error',
    });
  }

  /** Turns a save file into a running game, or says why it cannot. */
  private async open(file: SaveFile): Promise<Opened> {
    const scenario = await loadRef(file.scenario);
    if (!scenario.ok)
      return { ok: false, reason: `its scenario cannot be read: ${scenario.errors[0] ?? scenario.file}` };
    const compiled = compileScenario(scenario.value.scenario);
    const loaded = loadGame(compiled, file.save);
    if (!loaded.ok) return { ok: false, reason: loaded.problem.message };
    return { ok: true, session: { ref: scenario.value.ref, compiled, game: loaded.game } };
  }

  private showStart(): void {
    this.controller?.close();
    this.controller = null;
    this.start = new StartScreen(
      {
        choices: this.choices,
        selected: this.selected,
        seats: this.seats,
        seed: this.seed,
        resume: this.resumable ? { summary: this.resumable.summary, savedAt: this.resumable.savedAt } : null,
        notices: this.notices,
        problems: this.problems,
      },
      {
        onStart: (choice, seats, seed) => this.guard(() => this.newGame(choice, seats, seed)),
        onResume: () => void this.guardAsync(() => this.resume()),
        onOpenScenarioFile: (file) => void this.guardAsync(() => this.openScenarioFile(file)),
        onOpenSaveFile: (file) => void this.guardAsync(() => this.openSaveFile(file)),
        randomSeed,
        pageUrl: () => window.location.href,
      },
    );
    this.screenRoot.replaceChildren(this.start.element);
    document.title = 'Treaty Table — negotiate New START';
    if (this.notices.length > 0 || this.problems) this.start.focusMessages();
  }

  private newGame(choice: ScenarioChoice, seats: Record<SeatId, SeatController>, seed: number): void {
    const compiled = compileScenario(choice.loaded.scenario);
    this.selected = choice.key;
    this.seats = seats;
    this.seed = seed;
    this.play({ ref: choice.loaded.ref, compiled, game: createGame(compiled, { seed, seats }) });
  }

  private async resume(): Promise<void> {
    if (!this.resumable) return;
    const opened = await this.open(this.resumable.file);
    if (opened.ok) this.play(opened.session);
    else this.showError(new Error(opened.reason));
  }

  private play(session: Session): void {
    this.clearMessages();
    this.session = session;
    document.title = `${session.compiled.scenario.title} — Treaty Table`;
    this.controller = new GameController(session, {
      root: this.screenRoot,
      overlay: this.overlay,
      announcer: this.announcer,
      store: this.store,
      onEnded: (ended) => this.guard(() => this.showEnd(ended)),
      onBackToStart: () => void this.guardAsync(() => this.backToStart()),
      onError: (error) => this.showError(error),
    });
  }

  private showEnd(session: Session): void {
    this.controller = null;
    this.session = null;
    const { compiled, game } = session;
    const stem = fileStem(compiled.scenario.id, game.state.seed);
    const screen = renderEndScreen(compiled, game.state, game.seats, {
      onPlayAgain: () => this.guard(() => this.playAgain(session)),
      onDownloadLog: () =>
        downloadText(`${stem}-log.txt`, logText(compiled, game.state, game.seats), 'text/plain'),
      onDownloadSave: () =>
        downloadText(
          `${stem}-save.json`,
          JSON.stringify(
            makeSaveFile(session.ref, game.save(), compiled.scenario.title, new Date()),
            null,
            2,
          ),
          'application/json',
        ),
      onBackToStart: () => void this.guardAsync(() => this.backToStart()),
    });
    this.screenRoot.replaceChildren(screen);
    document.title = `Debrief: ${compiled.scenario.title} — Treaty Table`;
    window.scrollTo(0, 0);
    screen.querySelector<HTMLElement>('h1')?.focus();
    this.announcer.announce([screen.querySelector('h1')?.textContent ?? 'The game is over.']);
  }

  /** Same scenario and seats, a new seed: the start screen is skipped. */
  private playAgain(session: Session): void {
    const seed = randomSeed();
    this.seed = seed;
    this.seats = session.game.seats;
    this.play({ ...session, game: createGame(session.compiled, { seed, seats: session.game.seats }) });
  }

  private async backToStart(): Promise<void> {
    this.controller?.close();
    this.controller = null;
    this.session = null;
    await this.inspectAutosave();
    this.showStart();
  }

  private async openScenarioFile(file: File): Promise<void> {
    this.clearMessages();
    const read = await readFileText(file, MAX_FILE_BYTES);
    if (!read.ok) {
      this.notices = [
        { title: 'The scenario file could not be opened', lines: [read.reason], tone: 'error' },
      ];
    } else {
      const result = await loadText(file.name, read.text);
      if (result.ok) this.addChoice(result.value, `From file ${file.name}`, null, true);
      else
        this.problems = {
          title: `${file.name} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}`,
          errors: result.errors,
        };
    }
    this.refreshStart();
  }

  private async openSaveFile(file: File): Promise<void> {
    this.clearMessages();
    const read = await readFileText(file, MAX_FILE_BYTES * 2);
    const parsed = read.ok ? parseSaveFile(read.text) : ({ ok: false, reason: read.reason } as const);
    const opened = parsed.ok
      ? await this.open(parsed.value)
      : ({ ok: false, reason: parsed.reason } as const);
    if (opened.ok) return this.play(opened.session);
    this.notices = [
      {
        title: `The saved game ${file.name} could not be loaded`,
        lines: [`Reason: ${opened.reason}.`],
        tone: 'error',
      },
    ];
    this.refreshStart();
  }

  private refreshStart(): void {
    this.start?.update({
      choices: this.choices,
      selected: this.selected,
      notices: this.notices,
      problems: this.problems,
    });
    this.start?.focusMessages();
  }

  private clearMessages(): void {
    this.notices = [];
    this.problems = null;
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.showError(error);
    }
  }

  private async guardAsync(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.showError(error);
    }
  }
}

function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED);
}

export type { Game };
