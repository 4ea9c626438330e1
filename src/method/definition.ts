/**
 * The AIJRI method as data: scales, what each level means, the constants of the arithmetic,
 * and the documented defaults the seed report does not state.
 *
 * This is the one place to change the method. Code reads it; nothing here is computed.
 * Entries marked `default: true` are role-wizard's documented defaults (METHODOLOGY §3),
 * not figures stated by the reference report; the UI and the report appendix say so.
 */

export const METHOD = {
  name: 'AIJRI',
  title: 'AI Job Resistance Index (JobZone)',
  version: '1.0',

  /** Inputs scored on a fixed integer scale. `levels` gives the one-line meaning of each value. */
  scales: {
    protective: {min: 0, max: 3, label: 'Score (0-3)'},
    growth: {min: -2, max: 2, label: 'Score (-2 to 2)'},
    task: {min: 1, max: 5, label: 'Score (1-5)'},
    evidence: {min: -2, max: 2, label: 'Score (-2 to 2)'},
    barrier: {min: 0, max: 2, label: 'Score (0-2)'},
    taskTime: {min: 0, max: 100, label: 'Time %'},
  },

  protectivePrinciples: [
    {
      key: 'embodiedPhysicality',
      label: 'Embodied Physicality',
      levels: {
        0: 'Fully digital: the work never needs a body in a place.',
        1: 'Some physical work, mostly in structured, predictable settings.',
        2: 'Substantial hands-on work in varied physical environments.',
        3: 'Core work is dexterous physical action in unstructured, changing places.',
      },
    },
    {
      key: 'deepInterpersonalConnection',
      label: 'Deep Interpersonal Connection',
      levels: {
        0: 'Little human contact; relationships are incidental to the work.',
        1: 'Collaboration and communication, but the value is not the relationship.',
        2: 'Trust and rapport with people are a large part of the value delivered.',
        3: 'The human relationship itself is the service (care, counsel, mentorship).',
      },
    },
    {
      key: 'goalSettingMoralJudgment',
      label: 'Goal-Setting & Moral Judgment',
      levels: {
        0: 'Executes goals set by others; little judgment about ends.',
        1: 'Some judgment within well-defined goals and procedures.',
        2: 'Sets goals or weighs trade-offs with real consequences for others.',
        3: 'Defines what the goals are, under ambiguity, with ethical weight.',
      },
    },
  ],

  growth: {
    key: 'growth',
    label: 'AI Growth Correlation',
    levels: {
      '-2': 'Demand falls sharply as AI adoption grows: AI is a direct substitute.',
      '-1': 'Demand tends to fall as AI adoption grows.',
      0: 'Demand is largely independent of AI adoption.',
      1: 'Demand tends to rise as AI adoption grows.',
      2: 'Recursive dependency: more AI creates more of this work.',
    },
  },

  task: {
    levels: {
      1: 'Not involved: AI cannot do this; irreducibly human.',
      2: 'AI assists; the human leads and decides.',
      3: 'AI does much of it; the human directs and checks.',
      4: 'AI does most of it; the human supervises exceptions.',
      5: 'AI can do it end to end today.',
    },
  },

  evidenceDimensions: [
    {
      key: 'jobPostingTrends',
      label: 'Job Posting Trends',
      levels: {
        '-2': 'Postings falling sharply.',
        '-1': 'Postings falling.',
        0: 'Postings flat or mixed.',
        1: 'Postings growing.',
        2: 'Postings growing strongly.',
      },
    },
    {
      key: 'companyActions',
      label: 'Company Actions',
      levels: {
        '-2': 'Widespread cuts or replacement of the role by AI.',
        '-1': 'Some cuts or hiring freezes attributed to AI.',
        0: 'No clear direction.',
        1: 'Companies expanding the role.',
        2: 'Companies expanding the role aggressively, no cuts seen.',
      },
    },
    {
      key: 'wageTrends',
      label: 'Wage Trends',
      levels: {
        '-2': 'Wages falling in real terms.',
        '-1': 'Wages stagnant, below inflation.',
        0: 'Wages tracking inflation.',
        1: 'Wages growing above inflation.',
        2: 'Wages growing strongly; scarcity premiums.',
      },
    },
    {
      key: 'aiToolMaturity',
      label: 'AI Tool Maturity',
      levels: {
        '-2': 'Production tools already do the core work.',
        '-1': 'Capable tools exist for much of the core work.',
        0: 'Tools exist but are immature for the core work.',
        1: 'Tools assist with peripheral tasks only.',
        2: 'No viable tools for the core work.',
      },
    },
    {
      key: 'expertConsensus',
      label: 'Expert Consensus',
      levels: {
        '-2': 'Experts agree the role is being displaced.',
        '-1': 'Experts lean towards displacement.',
        0: 'Experts are divided.',
        1: 'Experts lean towards the role persisting.',
        2: 'Experts agree the role persists or grows.',
      },
    },
  ],

  barriers: [
    {
      key: 'regulatoryLicensing',
      label: 'Regulatory/Licensing',
      levels: {
        0: 'No licensing or regulatory requirement for a human.',
        1: 'Some regulation or de facto credential requirements.',
        2: 'Law or licensing requires a human to do or sign off the work.',
      },
    },
    {
      key: 'physicalPresence',
      label: 'Physical Presence',
      levels: {
        0: 'Fully remote capable.',
        1: 'Presence needed for part of the work.',
        2: 'The work cannot be done without being there.',
      },
    },
    {
      key: 'unionCollectiveBargaining',
      label: 'Union/Collective Bargaining',
      levels: {
        0: 'No collective bargaining protection.',
        1: 'Some union presence or negotiated protections.',
        2: 'Strong unions with agreements that limit automation.',
      },
    },
    {
      key: 'liabilityAccountability',
      label: 'Liability/Accountability',
      levels: {
        0: 'Errors carry little personal or legal liability.',
        1: 'Someone must own decisions; errors are costly.',
        2: 'Personal legal liability; a human must be accountable.',
      },
    },
    {
      key: 'culturalEthical',
      label: 'Cultural/Ethical',
      levels: {
        0: 'Society readily accepts AI doing this work.',
        1: 'Some discomfort with AI doing this work.',
        2: 'Strong societal resistance to AI doing this work.',
      },
    },
  ],

  /** The arithmetic of METHODOLOGY §2 [seed]. */
  constants: {
    taskResistanceBase: 6.0,
    evidencePerPoint: 0.04,
    barrierPerPoint: 0.02,
    growthPerPoint: 0.05,
    rawOffset: 0.54,
    rawDivisor: 7.93,
    protectiveMax: 9,
    barrierMax: 10,
    taskResistanceMax: 5.0,
    scoreMax: 100,
  },

  /** Zone thresholds on the score as shown (1 decimal) [seed]. */
  zones: {
    greenMin: 48,
    yellowMin: 25,
    legend: '(Green >= 48, Yellow 25-47, Red <25)',
  },

  /** Accelerated is stated by the seed; the rest are defaults (METHODOLOGY §3). */
  subLabels: {
    accelerated: {growth: 2, default: false, name: 'Green (Accelerated)'},
    /** The names of the other sub-labels [default]; Red has none unless a team names one. */
    names: {
      default: true,
      greenTransforming: 'Green (Transforming)',
      greenStable: 'Green (Stable)',
      yellowUrgent: 'Yellow (Urgent)',
      yellowModerate: 'Yellow (Moderate)',
      red: '',
    },
    /** Green (Transforming) when at least this % of task time scores 3+, else Green (Stable). */
    greenTransformingShare: {value: 20, default: true},
    /** Yellow (Urgent) when at least this % of task time scores 3+, else Yellow (Moderate). */
    yellowUrgentShare: {value: 40, default: true},
    /** Tasks scoring at least this count towards "% of task time scoring 3+" [seed]. */
    highScoreFrom: 3,
  },

  /** Quick screen on Protective Total + Growth [default]. */
  quickScreen: {
    default: true,
    greenMin: 6,
    yellowMin: 3,
    /** The result's wording in each band; "Accelerated" is a likely Green when Growth is 2. */
    wording: {
      green: 'Likely Green Zone',
      greenAccelerated: 'Likely Green Zone (Accelerated)',
      yellow: 'Likely Yellow Zone',
      red: 'Likely Red Zone',
    },
  },

  /** Aug/Disp label suggested from a task's score [default]; the assessor may change it. */
  labelSuggestion: {
    default: true,
    byScore: {
      1: 'NOT INVOLVED',
      2: 'AUGMENTATION',
      3: 'AUGMENTATION',
      4: 'DISPLACEMENT',
      5: 'DISPLACEMENT',
    },
  },

  taskLabels: ['DISPLACEMENT', 'AUGMENTATION', 'NOT INVOLVED'],

  /** The reframed question of the Barrier Assessment, offered as the default text. */
  reframedQuestion: 'What prevents AI execution even when programmatically possible?',
} as const;

export type Method = typeof METHOD;
export type TaskLabel = (typeof METHOD.taskLabels)[number];
export type ProtectiveKey = (typeof METHOD.protectivePrinciples)[number]['key'];
export type EvidenceKey = (typeof METHOD.evidenceDimensions)[number]['key'];
export type BarrierKey = (typeof METHOD.barriers)[number]['key'];
export type ScaleName = keyof typeof METHOD.scales;

/** The one-line meaning of a level, or undefined when the scale has none. */
export function levelMeaning(
  levels: Readonly<Record<string | number, string>>,
  value: number,
): string | undefined {
  return levels[String(value)];
}

/**
 * The documented defaults (METHODOLOGY §3) that a draft or a project's config may change, with
 * the values each may take. Quick-screen bands are on Protective Total + Growth (-2 to 11).
 */
export const OVERRIDABLE_DEFAULTS = {
  greenTransformingShare: {value: METHOD.subLabels.greenTransformingShare.value, min: 0, max: 100, integer: false},
  yellowUrgentShare: {value: METHOD.subLabels.yellowUrgentShare.value, min: 0, max: 100, integer: false},
  quickScreenGreenMin: {value: METHOD.quickScreen.greenMin, min: -2, max: 11, integer: true},
  quickScreenYellowMin: {value: METHOD.quickScreen.yellowMin, min: -2, max: 11, integer: true},
} as const;

export type NumericDefault = keyof typeof OVERRIDABLE_DEFAULTS;

/**
 * The wording of the documented defaults (METHODOLOGY §3) that a draft or a project's config may
 * change: the sub-label names, the quick screen's result in each band, and the Aug/Disp label
 * suggested for each task score. `kind` says what each may be (labels.ts checks it):
 * - `subLabel`: a name that starts with its zone's name (`check` reads the zone from it), or,
 *   for Red only, "" for none;
 * - `quickScreen`: a short line of text;
 * - `taskLabel`: one of METHOD.taskLabels (the split is computed from them).
 */
export const LABEL_DEFAULTS = {
  subLabelGreenTransforming: {value: METHOD.subLabels.names.greenTransforming, kind: 'subLabel', zone: 'Green'},
  subLabelGreenStable: {value: METHOD.subLabels.names.greenStable, kind: 'subLabel', zone: 'Green'},
  subLabelYellowUrgent: {value: METHOD.subLabels.names.yellowUrgent, kind: 'subLabel', zone: 'Yellow'},
  subLabelYellowModerate: {value: METHOD.subLabels.names.yellowModerate, kind: 'subLabel', zone: 'Yellow'},
  subLabelRed: {value: METHOD.subLabels.names.red, kind: 'subLabel', zone: 'Red'},
  quickScreenGreen: {value: METHOD.quickScreen.wording.green, kind: 'quickScreen'},
  quickScreenGreenAccelerated: {value: METHOD.quickScreen.wording.greenAccelerated, kind: 'quickScreen'},
  quickScreenYellow: {value: METHOD.quickScreen.wording.yellow, kind: 'quickScreen'},
  quickScreenRed: {value: METHOD.quickScreen.wording.red, kind: 'quickScreen'},
  suggestedLabel1: {value: METHOD.labelSuggestion.byScore[1], kind: 'taskLabel'},
  suggestedLabel2: {value: METHOD.labelSuggestion.byScore[2], kind: 'taskLabel'},
  suggestedLabel3: {value: METHOD.labelSuggestion.byScore[3], kind: 'taskLabel'},
  suggestedLabel4: {value: METHOD.labelSuggestion.byScore[4], kind: 'taskLabel'},
  suggestedLabel5: {value: METHOD.labelSuggestion.byScore[5], kind: 'taskLabel'},
} as const satisfies Record<string, {value: string; kind: 'subLabel' | 'quickScreen' | 'taskLabel'; zone?: string}>;

export type LabelDefault = keyof typeof LABEL_DEFAULTS;
export type OverridableDefault = NumericDefault | LabelDefault;
export type MethodDefaults = Record<NumericDefault, number> & {
  [K in LabelDefault]: (typeof LABEL_DEFAULTS)[K]['kind'] extends 'taskLabel' ? TaskLabel : string;
};

/** The documented defaults as definition.ts sets them. */
export const METHOD_DEFAULTS: Readonly<MethodDefaults> = Object.freeze(
  Object.fromEntries([...Object.entries(OVERRIDABLE_DEFAULTS), ...Object.entries(LABEL_DEFAULTS)].map(([k, v]) => [k, v.value])) as MethodDefaults,
);

/**
 * The rules `check` applies that follow a documented default rather than the method's
 * arithmetic: a report that differs from one follows other conventions, it is not wrong.
 */
export const DEFAULT_RULES = {
  subLabel: 'the sub-labels other than Green (Accelerated), their names and the shares of task time that decide them',
  quickScreen: 'the quick-screen wording in each band, and the bands on Protective Total + Growth',
  taskLabel: 'the Aug/Disp label suggested for each task score when the report leaves it blank',
  variantClaims: 'what the Seniority note claims of a seniority variant (its zone, higher or lower than the role), against the variant\'s figures',
  proseFigures: "this role's figures stated in its prose, and other roles' scores it cites, against the figures as computed",
} as const;

export type DefaultRule = keyof typeof DEFAULT_RULES;
export type RuleLevel = 'off' | 'warn' | 'error';
