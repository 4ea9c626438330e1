import {METHOD} from './definition.js';
import {CURRENT_SCHEMA_VERSION, type Assessment, type Task} from './types.js';

const scored = () => ({score: null, rationale: ''});
const evidence = () => ({score: null, evidence: ''});

/** A new, empty assessment: every score unset, every text empty. */
export function emptyAssessment(): Assessment {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    role: {
      jobTitle: '',
      seniorityLevel: '',
      primaryFunction: '',
      whatThisRoleIsNot: '',
      typicalExperience: '',
      seniorityNote: '',
    },
    protective: {
      embodiedPhysicality: scored(),
      deepInterpersonalConnection: scored(),
      goalSettingMoralJudgment: scored(),
    },
    growth: scored(),
    tasks: [],
    reinstatementCheck: '',
    evidence: {
      jobPostingTrends: evidence(),
      companyActions: evidence(),
      wageTrends: evidence(),
      aiToolMaturity: evidence(),
      expertConsensus: evidence(),
    },
    barriers: {
      reframedQuestion: METHOD.reframedQuestion,
      regulatoryLicensing: scored(),
      physicalPresence: scored(),
      unionCollectiveBargaining: scored(),
      liabilityAccountability: scored(),
      culturalEthical: scored(),
    },
    growthCheck: '',
    override: {score: null, note: ''},
    commentary: {scoreVsReality: '', numbersDontCapture: '', whoShouldWorry: '', biggestFactor: ''},
    whatThisMeans: {roleIn2028: '', survivalStrategy: '', timeline: ''},
  };
}

/** A new, empty task row. */
export function emptyTask(): Task {
  return {name: '', timePercent: null, score: null, label: null, rationale: ''};
}
