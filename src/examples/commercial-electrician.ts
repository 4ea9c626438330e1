/**
 * The example for `role-wizard new --example`: a complete assessment of a role unlike the
 * reference report's, written for role-wizard, so the live pane, the task table and the export
 * can be tried at once. A plain object: loading it needs no schema library.
 */
import type {Assessment} from '../method/types.js';

/** A fresh copy of the example assessment (Commercial Electrician, 63.2 GREEN, Transforming). */
export function exampleAssessment(): Assessment {
  return {
    schemaVersion: 1,
    role: {
      jobTitle: 'Commercial Electrician',
      seniorityLevel: 'Qualified (journeyman)',
      primaryFunction:
        'Installs, tests and maintains the electrical systems of offices, shops, schools and light industrial sites: distribution boards, lighting, power circuits, containment and fire alarm wiring.',
      whatThisRoleIsNot:
        'Not a domestic electrician, not an electrical design engineer, not a high-voltage utility lineworker, not a facilities manager.',
      typicalExperience: 'A four-year apprenticeship and trade qualification, then two to ten years on commercial sites.',
      seniorityNote:
        'Apprentices do more of the routine pulling and fixing and score a little lower; supervisors who sign off installations score higher.',
    },
    protective: {
      embodiedPhysicality: {
        score: 3,
        rationale: 'Ceiling voids, risers and plant rooms differ on every site; the work is done with hands, ladders and tools.',
      },
      deepInterpersonalConnection: {
        score: 1,
        rationale: 'Works with other trades and clients, but the value delivered is a safe installation, not the relationship.',
      },
      goalSettingMoralJudgment: {
        score: 1,
        rationale: 'Judges how to meet the design safely on site; the goals are set by the design and the regulations.',
      },
    },
    growth: {
      score: 1,
      rationale: 'Data centres, electrified heating and charging points that AI growth drives all need more wiring work.',
    },
    tasks: [
      {
        name: 'Installing and terminating wiring, containment and distribution boards on site',
        timePercent: 35,
        score: 1,
        label: 'NOT INVOLVED',
        rationale: 'Physical work in cramped, changing places; no machine does it.',
      },
      {
        name: 'Fault-finding and testing live installations',
        timePercent: 20,
        score: 2,
        label: 'AUGMENTATION',
        rationale: 'Smart meters and test equipment point to faults; the electrician traces and fixes them.',
      },
      {
        name: 'Reading drawings and planning the installation sequence',
        timePercent: 15,
        score: 3,
        label: 'AUGMENTATION',
        rationale: 'Software reads drawings and schedules the work; the electrician adapts it to the real building.',
      },
      {
        name: 'Inspection, certification and compliance paperwork',
        timePercent: 10,
        score: 4,
        label: 'DISPLACEMENT',
        rationale: 'Test results flow into certificates automatically; the electrician reviews and signs.',
      },
      {
        name: 'Estimating materials and quoting small jobs',
        timePercent: 10,
        score: 4,
        label: 'DISPLACEMENT',
        rationale: 'Take-off tools count fittings and price cable runs from drawings.',
      },
      {
        name: 'Coordinating with other trades and the site manager',
        timePercent: 10,
        score: 2,
        label: 'AUGMENTATION',
        rationale: 'Messaging and planning tools help; agreeing who goes where stays between people.',
      },
    ],
    reinstatementCheck:
      'Positive: electrification and on-site battery and solar systems create new installation and testing work.',
    evidence: {
      jobPostingTrends: {score: 1, evidence: 'Advertised vacancies for qualified electricians keep rising.'},
      companyActions: {score: 1, evidence: 'Contractors are expanding apprenticeship intakes; no cuts linked to AI.'},
      wageTrends: {score: 1, evidence: 'Rates have grown above inflation with the skills shortage.'},
      aiToolMaturity: {score: 1, evidence: 'Tools help with estimating and paperwork only; none touches the installation.'},
      expertConsensus: {score: 1, evidence: 'Most forecasts list the skilled trades among the roles that persist.'},
    },
    barriers: {
      reframedQuestion: 'What prevents AI execution even when programmatically possible?',
      regulatoryLicensing: {score: 2, rationale: 'Wiring regulations require a qualified person to install and certify.'},
      physicalPresence: {score: 2, rationale: 'Nothing can be wired from a distance.'},
      unionCollectiveBargaining: {score: 1, rationale: 'Union agreements cover many larger commercial sites.'},
      liabilityAccountability: {score: 2, rationale: 'The person who signs the certificate answers for a fire or a shock.'},
      culturalEthical: {score: 1, rationale: 'Clients want a named, qualified person responsible for safety.'},
    },
    growthCheck:
      'Confirmed at +1.\n- Data centre construction needs large electrical installations.\n- The correlation is indirect: demand follows building, not AI itself.',
    override: {score: null, note: ''},
    commentary: {
      scoreVsReality:
        'The score fits the market: steady demand, a skills shortage and no tool that does the physical work. Well clear of the Yellow boundary.',
      numbersDontCapture:
        '- Robots for repetitive wiring in prefabricated modules may move some work off site.\n- Construction cycles swing demand more than AI does.',
      whoShouldWorry:
        'Estimators and those who mostly do paperwork should worry more; electricians doing installation and fault-finding should not.',
      biggestFactor: 'The work happens in unstructured physical places.',
    },
    whatThisMeans: {
      roleIn2028:
        'Much the same on site, with quoting, certification and planning done in software and more work on batteries, chargers and heat pumps.',
      survivalStrategy:
        '- Learn the new systems: storage, charging, heat pumps.\n- Keep inspection and testing qualifications current.\n- Use estimating and certification tools rather than compete with them.',
      timeline: 'Stable for at least the next decade.',
    },
  };
}
