/**
 * fast-check arbitraries for the features of an online public service (classifyService,
 * serviceLevel).
 */
import fc from 'fast-check';
import type { ServiceFeatures, ServiceResultDelivery } from '../../../src/tthc/service/classifyService.js';

/** The ways the result of a procedure reaches the applicant. */
export const RESULT_DELIVERIES: readonly ServiceResultDelivery[] = ['online', 'postal', 'in-person'];

/** Any features: each step online or not, any delivery of the result. */
export const serviceFeaturesArb: fc.Arbitrary<ServiceFeatures> = fc.record<ServiceFeatures>({
  onlineInfo: fc.boolean(),
  onlineSubmission: fc.boolean(),
  onlineProcessing: fc.boolean(),
  result: fc.constantFrom(...RESULT_DELIVERIES),
});
