/** Choosing a scenario: the built-in ones, one opened from disk, or one fetched from a URL. */
import type { LoadedScenario } from '../app/scenario-source';
import { el, uid } from './dom';

export interface ScenarioChoice {
  key: string;
  loaded: LoadedScenario;
  /** Where it came from, shown under the title: "Built in", "From file x.yaml", "From URL …". */
  origin: string;
  /** What `?scenario=` needs to reproduce it (a built-in id or a URL); null for files from disk. */
  shareId: string | null;
}

export interface PickerModel {
  choices: readonly ScenarioChoice[];
  selected: string | null;
}

export function renderScenarioPicker(
  model: PickerModel,
  onSelect: (key: string) => void,
  onOpenFile: (file: File) => void,
): HTMLElement {
  const name = uid('scenario');
  const options = model.choices.map((choice) =>
    renderChoice(choice, name, choice.key === model.selected, onSelect),
  );
  const fileId = uid('scenario-file');
  const fileInput = el('input', {
    className: 'file-input',
    attrs: { type: 'file', id: fileId, accept: '.yaml,.yml,.json,text/yaml,application/json' },
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) onOpenFile(file);
    fileInput.value = '';
  });
  return el('fieldset', { className: 'picker' }, [
    el('legend', { className: 'step-title', text: 'Scenario' }),
    el('ul', { className: 'picker__list' }, options),
    el('div', { className: 'picker__file' }, [
      el('label', { className: 'button button--quiet file-button', attrs: { for: fileId } }, [
        'Open a scenario file…',
      ]),
      fileInput,
      el('span', { className: 'muted', text: ' YAML written to the scenario format.' }),
    ]),
  ]);
}

function renderChoice(
  choice: ScenarioChoice,
  name: string,
  checked: boolean,
  onSelect: (key: string) => void,
) {
  const { scenario } = choice.loaded;
  const id = uid('scenario-option');
  const describedBy = `${id}-about`;
  const labelledBy = `${id}-title`;
  return el('li', { className: 'picker__item' }, [
    el('input', {
      attrs: {
        type: 'radio',
        name,
        id,
        value: choice.key,
        checked,
        'aria-describedby': describedBy,
        'aria-labelledby': labelledBy,
      },
      on: { change: () => onSelect(choice.key) },
    }),
    el('label', { className: 'picker__card', attrs: { for: id } }, [
      // The radio is named by the title alone; the summary is its description.
      el('span', { className: 'picker__title', text: scenario.title, attrs: { id: labelledBy } }),
      el('span', { className: 'picker__about', attrs: { id: describedBy } }, [
        el('span', { className: 'picker__summary', text: scenario.summary }),
        scenario.audience ? el('span', { className: 'picker__audience', text: scenario.audience }) : null,
        choice.shareId !== null && choice.loaded.ref.kind === 'builtin'
          ? null
          : el('span', { className: 'picker__origin', text: choice.origin }),
      ]),
    ]),
  ]);
}
