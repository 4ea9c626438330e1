/** What every step receives from the wizard frame. */
export type StepProps = {
  width: number;
  height: number;
  /** False while an overlay takes the keys. */
  active: boolean;
};
