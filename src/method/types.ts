/**
 * The assessment's types, written out so that scoring and the wizard's first screen can use
 * them without loading zod. model.ts proves at compile time that the schema infers these.
 */
import type {BarrierKey, EvidenceKey, ProtectiveKey, TaskLabel} from './definition.js';

export const CURRENT_SCHEMA_VERSION = 1 as const;

export type ScoredText = {score: number | null; rationale: string};
export type EvidenceItem = {score: number | null; evidence: string};

export type Task = {
  name: string;
  /** Share of working time, whole percent. */
  timePercent: number | null;
  /** 1 (AI not involved) .. 5 (AI does it end to end). */
  score: number | null;
  /** null: not chosen yet; the suggestion from the score is used. */
  label: TaskLabel | null;
  rationale: string;
};

export type RoleDefinition = {
  jobTitle: string;
  seniorityLevel: string;
  primaryFunction: string;
  whatThisRoleIsNot: string;
  typicalExperience: string;
  seniorityNote: string;
};

export type Override = {
  /** null: the formula score is accepted; `note` may still say why. */
  score: number | null;
  /** With a score, the written reason (required); without, an optional remark. */
  note: string;
};

export type MethodDefaultsOverride = {
  greenTransformingShare?: number | undefined;
  yellowUrgentShare?: number | undefined;
  quickScreenGreenMin?: number | undefined;
  quickScreenYellowMin?: number | undefined;
  subLabelGreenTransforming?: string | undefined;
  subLabelGreenStable?: string | undefined;
  subLabelYellowUrgent?: string | undefined;
  subLabelYellowModerate?: string | undefined;
  /** "" for none (the default). */
  subLabelRed?: string | undefined;
  quickScreenGreen?: string | undefined;
  quickScreenGreenAccelerated?: string | undefined;
  quickScreenYellow?: string | undefined;
  quickScreenRed?: string | undefined;
  suggestedLabel1?: TaskLabel | undefined;
  suggestedLabel2?: TaskLabel | undefined;
  suggestedLabel3?: TaskLabel | undefined;
  suggestedLabel4?: TaskLabel | undefined;
  suggestedLabel5?: TaskLabel | undefined;
};

/**
 * One input a seniority variant sets otherwise than the role: a dotted path into the assessment
 * (a principle, growth, an evidence or barrier score, "tasks.3.score", "tasks.0.timePercent").
 */
export type VariantChange = {path: string; value: number};

/** A variant of the role ("Junior (0–2 years)"): only its differences from the role are stored. */
export type Variant = {name: string; changes: VariantChange[]};

export type Assessment = {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  role: RoleDefinition;
  protective: Record<ProtectiveKey, ScoredText>;
  growth: ScoredText;
  tasks: Task[];
  reinstatementCheck: string;
  evidence: Record<EvidenceKey, EvidenceItem>;
  barriers: Record<BarrierKey, ScoredText> & {reframedQuestion: string};
  growthCheck: string;
  override: Override;
  commentary: {
    scoreVsReality: string;
    /** Bullet list, one "- " line per point. */
    numbersDontCapture: string;
    whoShouldWorry: string;
    biggestFactor: string;
  };
  whatThisMeans: {
    roleIn2028: string;
    /** Bullet list, one "- " line per point. */
    survivalStrategy: string;
    timeline: string;
  };
  methodDefaults?: MethodDefaultsOverride | undefined;
  /** Seniority variants, stated under the Seniority note; absent when there are none. */
  variants?: Variant[] | undefined;
  /**
   * Other names this role is cited by in other reports ("RL Engineer"), so that a citation
   * of one is matched to this report; the report states them in its Method notes.
   */
  aliases?: string[] | undefined;
  /** Names this report cites that the assessor confirmed as a library role's title (name → title). */
  citedAs?: Record<string, string> | undefined;
};

export type Zone = 'GREEN' | 'YELLOW' | 'RED';
