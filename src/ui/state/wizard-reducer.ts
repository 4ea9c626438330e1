/**
 * The wizard's state as one reducer with named actions. Scores and problems are never stored:
 * they are pure functions of `assessment`, computed once per render.
 */
import {getAt, setAt, type SectionId} from '../../method/fields.js';
import {type ProseStatement, withStatementFixed} from '../../method/prose-figures.js';
import type {Assessment, Task, Variant, VariantChange} from '../../method/types.js';
import {renumberVariantTasks} from '../../method/variants.js';
import {isTaskAction, type TaskAction} from '../task-table/actions.js';
import {STEP_SLOTS, STEPS, slotOf, stepOfPath, TASK_TABLE, VARIANTS} from './steps.js';
import {tasksReducer} from '../task-table/tasks-reducer.js';

export type Overlay = 'help' | 'steps' | null;

export type WizardState = {
  assessment: Assessment;
  /** Index into STEPS. */
  step: number;
  /** The focused field path (inside the task table: the table's cursor, e.g. "tasks.3.score"). */
  field: string;
  overlay: Overlay;
  /** True while a text field (or a task table cell) takes the keys, so `q` and `?` are text. */
  editing: boolean;
  /** The first field to focus when a step is entered again: where it was left. */
  lastField: Readonly<Record<string, string>>;
  /** The problem chosen in the Review step's list (an index into validate's problems). */
  reviewAt: number;
  /** The export path the assessor typed; null: the default (from the title and the library). */
  exportPath: string | null;
};

export type WizardAction =
  | {type: 'setField'; path: string; value: unknown}
  | {type: 'goToStep'; step: number; field?: string | undefined}
  | {type: 'nextStep'}
  | {type: 'previousStep'}
  | {type: 'focusField'; path: string; section?: SectionId | undefined}
  /** The task table's cursor moved to a cell ("tasks.3.score"): remembered, focus stays in the table. */
  | {type: 'setTableCursor'; path: string}
  | {type: 'nextField'}
  | {type: 'previousField'}
  | {type: 'openOverlay'; overlay: Exclude<Overlay, null>}
  | {type: 'closeOverlay'}
  | {type: 'setEditing'; editing: boolean}
  | {type: 'chooseProblem'; index: number}
  | VariantAction
  | {type: 'setExportPath'; path: string}
  /** Rewrite a stale figure of the prose to the figure as computed (the statement as the recogniser read it). */
  | {type: 'updateStatement'; statement: Pick<ProseStatement, 'field' | 'at' | 'text' | 'fix'>}
  /** Record that a cited name is the library role `title` (the assessor confirms it once). */
  | {type: 'confirmCitation'; name: string; title: string}
  | TaskAction;

/** The seniority variants under the Seniority note: the list's cursor is the field "variants.N". */
export type VariantAction =
  /** A new variant at the end (empty, or one the note implies), its name being edited. */
  | {type: 'addVariant'; variant?: Variant | undefined}
  | {type: 'deleteVariant'; index: number}
  | {type: 'setVariantName'; index: number; name: string}
  | {type: 'setVariantChanges'; index: number; changes: VariantChange[]};

const firstSlot = (step: number) => STEP_SLOTS[STEPS[step]!.id][0]!;
const lastSlot = (step: number) => STEP_SLOTS[STEPS[step]!.id].at(-1)!;
/**
 * Where a step opens: its first slot, but the Barrier step opens on its first score as the
 * Evidence step does (the reframed question above it comes filled in; Shift+Tab reaches it).
 */
const entrySlot = (step: number) => {
  const slots = STEP_SLOTS[STEPS[step]!.id];
  return STEPS[step]!.id === 'barriers' ? (slots.find((s) => s.endsWith('.score')) ?? slots[0]!) : slots[0]!;
};
/** The field if the step shows it, else the step's first slot. */
const knownSlot = (step: number, field: string) =>
  STEP_SLOTS[STEPS[step]!.id].includes(slotOf(field)) ? field : firstSlot(step);
const clampStep = (step: number) => Math.min(STEPS.length - 1, Math.max(0, step));

/** The state the wizard starts in: at a saved position, else in Job Title. */
export function initialWizardState(assessment: Assessment, position?: {step?: string; field?: string | undefined}): WizardState {
  let step = 0;
  let field = firstSlot(0);
  if (position?.field) {
    step = stepOfPath(position.field);
    field = position.field;
  } else if (position?.step) {
    const found = STEPS.findIndex((s) => s.id === position.step);
    if (found >= 0) {
      step = found;
      field = entrySlot(found);
    }
  }
  return {assessment, step, field, overlay: null, editing: false, lastField: {}, reviewAt: 0, exportPath: null};
}

function enterStep(state: WizardState, step: number, field?: string): WizardState {
  const to = clampStep(step);
  const id = STEPS[to]!.id;
  const chosen = knownSlot(to, field ?? state.lastField[id] ?? entrySlot(to));
  return {
    ...state,
    step: to,
    field: chosen,
    overlay: null,
    editing: false,
    lastField: {...state.lastField, [STEPS[state.step]!.id]: state.field},
  };
}

function moveField(state: WizardState, by: 1 | -1): WizardState {
  const slots = STEP_SLOTS[STEPS[state.step]!.id];
  const at = slots.indexOf(slotOf(state.field));
  const next = at + by;
  if (next >= slots.length) return state.step < STEPS.length - 1 ? enterStep(state, state.step + 1, entrySlot(state.step + 1)) : state;
  if (next < 0) return state.step > 0 ? enterStep(state, state.step - 1, lastSlot(state.step - 1)) : state;
  return {...state, field: slots[next]!, editing: false};
}

/** The wizard's reducer: every change of state is one of the named actions above. */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  if (isTaskAction(action)) {
    const tasks = tasksReducer(state.assessment.tasks, action, state.assessment.methodDefaults);
    if (tasks === state.assessment.tasks) return state;
    const reordered = action.type === 'addTask' || action.type === 'deleteTask' || action.type === 'moveTask';
    return {...state, assessment: reordered ? withTasksMoved(state.assessment, tasks) : {...state.assessment, tasks}};
  }
  switch (action.type) {
    case 'setField':
      return {...state, assessment: setAt(state.assessment, action.path, action.value)};
    case 'goToStep':
      return enterStep(state, action.step, action.field);
    case 'nextStep':
      return state.step < STEPS.length - 1 ? enterStep(state, state.step + 1) : state;
    case 'previousStep':
      return state.step > 0 ? enterStep(state, state.step - 1) : state;
    case 'focusField': {
      const step = stepOfPath(action.path, action.section);
      if (step !== state.step) return enterStep(state, step, action.path);
      return {...state, field: knownSlot(step, action.path), overlay: null, editing: false};
    }
    case 'setTableCursor':
      return state.field === action.path || slotOf(state.field) !== slotOf(action.path) ? state : {...state, field: action.path};
    case 'addVariant': {
      const variants = [...(state.assessment.variants ?? []), action.variant ?? {name: '', changes: []}];
      return {...state, assessment: {...state.assessment, variants}, field: `${VARIANTS}.${variants.length - 1}`, editing: action.variant === undefined};
    }
    case 'deleteVariant': {
      const variants = (state.assessment.variants ?? []).filter((_, i) => i !== action.index);
      const field = variants.length ? `${VARIANTS}.${Math.min(action.index, variants.length - 1)}` : VARIANTS;
      return {...state, assessment: withVariants(state.assessment, variants), field, editing: false};
    }
    case 'setVariantName':
    case 'setVariantChanges': {
      const variants = state.assessment.variants ?? [];
      const v = variants[action.index];
      if (!v) return state;
      const next = action.type === 'setVariantName' ? {...v, name: action.name} : {...v, changes: action.changes};
      return {...state, assessment: withVariants(state.assessment, variants.map((x, i) => (i === action.index ? next : x)))};
    }
    case 'nextField':
      return moveField(state, 1);
    case 'previousField':
      return moveField(state, -1);
    case 'openOverlay':
      return {...state, overlay: action.overlay};
    case 'closeOverlay':
      return {...state, overlay: null};
    case 'setEditing':
      return state.editing === action.editing ? state : {...state, editing: action.editing};
    case 'chooseProblem': {
      const index = Math.max(0, Math.trunc(action.index));
      return state.reviewAt === index ? state : {...state, reviewAt: index};
    }
    case 'setExportPath':
      return state.exportPath === action.path ? state : {...state, exportPath: action.path};
    case 'updateStatement': {
      const text = getAt(state.assessment, action.statement.field);
      const next = typeof text === 'string' ? withStatementFixed(text, action.statement) : null;
      return next === null ? state : {...state, assessment: setAt(state.assessment, action.statement.field, next)};
    }
    case 'confirmCitation':
      return {...state, assessment: {...state.assessment, citedAs: {...state.assessment.citedAs, [action.name]: action.title}}};
    default:
      return state;
  }
}

/** The assessment with these variants; with none, without the key, as a role without variants always was. */
function withVariants(a: Assessment, variants: Variant[]): Assessment {
  if (variants.length) return {...a, variants};
  const {variants: _gone, ...rest} = a;
  return rest;
}

/**
 * The assessment with its tasks added, removed or moved: each variant's change to a task follows
 * the task (found by identity: these actions move tasks, never copy them); a removed task's go.
 */
function withTasksMoved(a: Assessment, tasks: Task[]): Assessment {
  if (!a.variants?.length) return {...a, tasks};
  const at = new Map<Task, number>(tasks.map((t, i) => [t, i]));
  return {...a, tasks, variants: renumberVariantTasks(a.variants, (old) => at.get(a.tasks[old] as Task) ?? null)};
}

/** True when the focused slot is the task table. */
export const inTaskTable = (state: WizardState): boolean => slotOf(state.field) === TASK_TABLE;
