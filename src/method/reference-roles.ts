/**
 * Published reference points: roles scored elsewhere and cited by an assessment, kept as data
 * so calibration can show them beside the assessor's own library. Add a point only with its source.
 */
import type {Zone} from './types.js';

export type ReferenceRole = {
  title: string;
  /** The published JobZone score, as shown (1 decimal). */
  score: number;
  zone: Zone;
  /** Where the figure was published. */
  source: string;
};

export const REFERENCE_ROLES: readonly ReferenceRole[] = [
  {
    title: 'AI Safety Researcher',
    score: 85.2,
    zone: 'GREEN',
    source: 'cited in the Model Alignment Researcher assessment',
  },
  {
    title: 'Reinforcement Learning Engineer',
    score: 64.7,
    zone: 'GREEN',
    source: 'cited in the Model Alignment Researcher assessment',
  },
];
