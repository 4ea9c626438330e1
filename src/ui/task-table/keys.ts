/** The task table's keys, for the help overlay. None clashes with the wizard's root keys. */
export const TASK_TABLE_KEYS: Array<{keys: string; action: string}> = [
  {keys: '↑ ↓', action: 'Previous / next task'},
  {keys: '← → · Tab / Shift+Tab', action: 'Previous / next cell (Tab past the last cell leaves the table)'},
  {keys: 'Home / End', action: 'First / last task'},
  {keys: 'a', action: 'Add a task below and type its name'},
  {keys: 'i', action: 'Insert a task above'},
  {keys: 'd', action: 'Delete the task (u undoes)'},
  {keys: 'u', action: 'Undo the last delete'},
  {keys: '[ / ] · Shift+↑ / Shift+↓', action: 'Move the task up / down'},
  {keys: '0-9', action: 'Type Time % (0-100) or Score (1-5) into the cell; Esc puts back the Time % typed over'},
  {keys: 'Backspace', action: 'Remove a digit of Time % / clear the Score'},
  {keys: 'Space / Enter on Aug/Disp', action: 'Next label; after the third, back to the suggestion'},
  {keys: 'Enter on Task / Rationale', action: 'Edit the text; Enter again (or Tab, ↑ ↓) keeps it, Esc cancels the edit'},
  {keys: 'Ctrl+E on Task / Rationale', action: 'Write the text in $VISUAL / $EDITOR'},
];
