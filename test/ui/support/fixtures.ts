/** Assessments for wizard tests, read from the shared fixtures. */
import {readFixture} from '../../support/paths.js';
import type {Assessment} from '../../../src/method/types.js';

/** The seed's figures (86.1 GREEN, Green (Accelerated)) with our own text. */
export const seedAssessment = (): Assessment => readFixture('model-alignment-researcher.json') as Assessment;
