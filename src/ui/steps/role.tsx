/** The Role Definition step: its fields, one after the other, then the seniority variants. */
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS, VARIANTS} from '../state/steps.js';
import type {StepProps} from './step-props.js';
import {VariantList, variantListHeight} from './variant-list.js';

export function RoleStep({width, height, active}: StepProps) {
  const {state, variants} = useWizard();
  return (
    <FieldForm
      slots={STEP_SLOTS.role}
      assessment={state.assessment}
      field={state.field}
      active={active}
      width={width}
      height={height}
      special={{
        [VARIANTS]: {
          height: (focused, room) => Math.max(1, Math.min(focused ? height : room, variantListHeight(variants, focused, state.editing))),
          render: (focused, lines) => (
            <VariantList
              assessment={state.assessment}
              reading={variants}
              field={state.field}
              editing={state.editing}
              focused={focused}
              active={active && focused}
              width={width}
              height={lines}
            />
          ),
        },
      }}
    />
  );
}
