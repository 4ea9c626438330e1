/**
 * The assessment as data: a zod schema covering every input of METHODOLOGY §1.
 *
 * A draft may be partial: every score may be null and every text may be empty. The schema
 * checks shape and scale ranges; `validate` adds the method's rules (sums, required text, …).
 * Types live in ./types.ts so that code on the start-up path need not load zod.
 */
import {z} from 'zod';
import {LABEL_DEFAULTS, type LabelDefault, METHOD, type MethodDefaults, type NumericDefault, OVERRIDABLE_DEFAULTS} from './definition.js';
import {allowedValue, allowsValue, defaultsProblem, effectiveDefaults, LABEL_DEFAULT_KEYS} from './method-defaults.js';
import {CURRENT_SCHEMA_VERSION} from './types.js';
import {onScale, VARIANT_FIXED_INPUTS, VARIANT_TASK_PATH, variantInput} from './variants.js';

const {scales} = METHOD;
const ALIAS_MAX = 100;

const scoreOn = (scale: {min: number; max: number}) =>
  z
    .int({error: `expected a whole number from ${scale.min} to ${scale.max}`})
    .min(scale.min, {error: `expected a whole number from ${scale.min} to ${scale.max}`})
    .max(scale.max, {error: `expected a whole number from ${scale.min} to ${scale.max}`})
    .nullable()
    .default(null);

const text = () => z.string({error: 'expected text'}).default('');

const labelDefault = <K extends LabelDefault>(key: K) => {
  const allowed = `expected ${allowedValue(key)}`;
  const value = LABEL_DEFAULTS[key].kind === 'taskLabel' ? z.enum(METHOD.taskLabels, {error: allowed}) : z.string({error: allowed}).refine((v) => allowsValue(key, v), {error: allowed});
  // The rule in words for the JSON Schema, whose string checks cannot say it.
  return value.meta({description: allowed.replace(/^expected /, '')}).optional() as z.ZodOptional<z.ZodType<MethodDefaults[K]>>;
};

const numericDefault = (key: NumericDefault) => {
  const d = OVERRIDABLE_DEFAULTS[key];
  const allowed = `expected ${allowedValue(key)}`;
  return (d.integer ? z.int({error: allowed}) : z.number({error: allowed})).min(d.min, {error: allowed}).max(d.max, {error: allowed}).optional();
};

const labelDefaultsShape = () =>
  Object.fromEntries(LABEL_DEFAULT_KEYS.map((k) => [k, labelDefault(k)])) as {[K in LabelDefault]: ReturnType<typeof labelDefault<K>>};

const scoredText = (scale: {min: number; max: number}) =>
  z.strictObject({score: scoreOn(scale), rationale: text()}).default({score: null, rationale: ''});

const evidenceItem = () =>
  z.strictObject({score: scoreOn(scales.evidence), evidence: text()}).default({score: null, evidence: ''});

const taskLabel = () =>
  z.enum(METHOD.taskLabels, {
    error: `expected one of ${METHOD.taskLabels.join(', ')}`,
  });

const task = () =>
  z.strictObject({
    name: text(),
    timePercent: scoreOn(scales.taskTime),
    score: scoreOn(scales.task),
    label: taskLabel().nullable().default(null),
    rationale: text(),
  });

const variantChange = () =>
  z
    .strictObject({
      path: z.union([z.enum(VARIANT_FIXED_INPUTS.map((i) => i.path) as [string, ...string[]]), z.string().regex(VARIANT_TASK_PATH)], {
        error: 'expected an input a variant may change: a principle, growth, an evidence or barrier score ("evidence.wageTrends.score"), or "tasks.N.score" / "tasks.N.timePercent"',
      }),
      value: z.int({error: 'expected a whole number on the input\'s scale'}).meta({
        description: 'the variant\'s value: a whole number on the input\'s scale (principles 0-3, growth, evidence -2 to 2, barriers 0-2, task score 1-5, task time 0-100)',
      }),
    })
    .refine((c) => {
      const input = variantInput(c.path);
      return input === undefined || onScale(input, c.value);
    }, {error: 'expected a whole number on the input\'s scale', path: ['value']});

/** A seniority variant: its name and the inputs it sets otherwise than the role. */
const variant = () =>
  z.strictObject({
    name: text().meta({description: 'the variant as the report names it, e.g. "Junior (0–2 years)"'}),
    changes: z.array(variantChange()).default([]).meta({description: 'only the inputs the variant sets otherwise than the role; the rest are the role\'s'}),
  });

/**
 * The schema is built on first use, not at load: building it costs several milliseconds that
 * commands reading only files this program wrote (list, resume) need not spend.
 */
const buildAssessmentSchema = () =>
  z.strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, {
      error: `expected schemaVersion ${CURRENT_SCHEMA_VERSION}`,
    }),
    role: z
      .strictObject({
        jobTitle: text(),
        seniorityLevel: text(),
        primaryFunction: text(),
        whatThisRoleIsNot: text(),
        typicalExperience: text(),
        seniorityNote: text(),
      })
      .prefault({}),
    protective: z
      .strictObject({
        embodiedPhysicality: scoredText(scales.protective),
        deepInterpersonalConnection: scoredText(scales.protective),
        goalSettingMoralJudgment: scoredText(scales.protective),
      })
      .prefault({}),
    growth: scoredText(scales.growth),
    tasks: z.array(task()).default([]),
    reinstatementCheck: text(),
    evidence: z
      .strictObject({
        jobPostingTrends: evidenceItem(),
        companyActions: evidenceItem(),
        wageTrends: evidenceItem(),
        aiToolMaturity: evidenceItem(),
        expertConsensus: evidenceItem(),
      })
      .prefault({}),
    barriers: z
      .strictObject({
        reframedQuestion: z.string({error: 'expected text'}).default(METHOD.reframedQuestion),
        regulatoryLicensing: scoredText(scales.barrier),
        physicalPresence: scoredText(scales.barrier),
        unionCollectiveBargaining: scoredText(scales.barrier),
        liabilityAccountability: scoredText(scales.barrier),
        culturalEthical: scoredText(scales.barrier),
      })
      .prefault({}),
    growthCheck: text(),
    override: z
      .strictObject({
        score: z
          .number({error: 'expected a number from 0 to 100, or null for no override'})
          .min(0, {error: 'expected a number from 0 to 100'})
          .max(100, {error: 'expected a number from 0 to 100'})
          .nullable()
          .default(null),
        note: text(),
      })
      .default({score: null, note: ''}),
    commentary: z
      .strictObject({
        scoreVsReality: text(),
        numbersDontCapture: text(),
        whoShouldWorry: text(),
        biggestFactor: text(),
      })
      .default({scoreVsReality: '', numbersDontCapture: '', whoShouldWorry: '', biggestFactor: ''}),
    whatThisMeans: z
      .strictObject({
        roleIn2028: text(),
        survivalStrategy: text(),
        timeline: text(),
      })
      .default({roleIn2028: '', survivalStrategy: '', timeline: ''}),
    /** Per-draft changes to the method's documented defaults (METHODOLOGY §3). */
    methodDefaults: z
      .strictObject({
        // The numbers, in the ranges the config and the report's reader allow.
        greenTransformingShare: numericDefault('greenTransformingShare'),
        yellowUrgentShare: numericDefault('yellowUrgentShare'),
        quickScreenGreenMin: numericDefault('quickScreenGreenMin'),
        quickScreenYellowMin: numericDefault('quickScreenYellowMin'),
        // The wording defaults: each what a team's config may set (method-defaults.ts says what).
        ...labelDefaultsShape(),
      })
      // The rule the config and the report's reader apply to the set as a whole (bands in order, names distinct).
      .superRefine((own, ctx) => {
        const problem = defaultsProblem(effectiveDefaults(own));
        if (problem) ctx.addIssue({code: 'custom', path: [problem.key], message: problem.message});
      })
      .optional(),
    /** Seniority variants: each stores only its differences from the role. */
    variants: z.array(variant()).optional(),
    aliases: z
      .array(z.string({error: 'expected a name'}).trim().min(1, {error: 'expected a name'}).max(ALIAS_MAX, {error: `expected a name of at most ${ALIAS_MAX} characters`}).refine((v) => !/[;\n]/.test(v), {error: 'expected a name without ";" or a line break'}))
      .max(20, {error: 'expected at most 20 names'})
      .optional(),
    citedAs: z
      .record(
        z.string().trim().min(1).max(ALIAS_MAX).refine((v) => !/[;=\n]/.test(v), {error: 'expected a name without ";", "=" or a line break'}),
        z.string().trim().min(1).max(ALIAS_MAX).refine((v) => !/[;=\n]/.test(v), {error: 'expected a title without ";", "=" or a line break'}),
      )
      .optional(),
  });

let assessmentSchema: ReturnType<typeof buildAssessmentSchema> | undefined;
const schema = () => (assessmentSchema ??= buildAssessmentSchema());

export type ParseProblem = {path: string; message: string};

/** Parse unknown data into an assessment, or every offending field path with what was expected. */
export function parseAssessment(
  data: unknown,
): {ok: true; assessment: import('./types.js').Assessment} | {ok: false; problems: ParseProblem[]} {
  const own = withoutSchemaKey(data);
  if (!own.ok) return own;
  const result = schema().safeParse(own.data);
  if (result.success) return {ok: true, assessment: result.data};
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.length ? issue.path.map(String).join('.') : '(top level)',
      message: describeIssue(issue),
    })),
  };
}

const SCHEMA_KEY_PROBLEM: ParseProblem = {path: '$schema', message: 'expected the URL or path of a JSON Schema'};

/**
 * The data without its "$schema" key: the schema the file says it follows, for editors (as in
 * role-wizard.config.json), not part of the assessment. Anything but text there is a problem.
 */
function withoutSchemaKey(data: unknown): {ok: true; data: unknown} | {ok: false; problems: ParseProblem[]} {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, '$schema')) return {ok: true, data};
  const {$schema, ...rest} = data as Record<string, unknown>;
  return typeof $schema === 'string' ? {ok: true, data: rest} : {ok: false, problems: [SCHEMA_KEY_PROBLEM]};
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  return issue.message;
}

/** The JSON Schema of an assessment file, generated from the zod schema. */
export function assessmentJsonSchema(): unknown {
  const generated = z.toJSONSchema(schema(), {io: 'input', target: 'draft-2020-12'});
  // "$schema" is read before the schema (withoutSchemaKey): a file may name this schema.
  const $schema = {type: 'string', description: 'the JSON Schema this file follows (for editors); not part of the assessment'};
  return {...generated, properties: {$schema, ...generated.properties}};
}

// Compile-time proof that the schema and the hand-written types agree, both ways.
type Parsed = z.output<ReturnType<typeof buildAssessmentSchema>>;
type Assessment = import('./types.js').Assessment;
const schemaMatchesTypes: [Parsed] extends [Assessment] ? ([Assessment] extends [Parsed] ? true : false) : false = true;
void schemaMatchesTypes;
