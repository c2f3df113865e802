/**
 * Why an offer command changed nothing, in the offers' own words (see src/core/result.ts):
 * - NOT_FOUND: no such offer (or location) of the viewer's provider (another provider's answers alike);
 * - INVALID: a field is missing, out of range, out of order or beyond the offer's capacity;
 * - CONFLICT: the offer changed since the version the caller read;
 * - INCOMPLETE: a published offer would lack what the public catalogue needs;
 * - PROGRAMME_ENDED: the eligibility rules close the programme for courses starting then;
 * - IDEMPOTENCY_KEY_REUSED: a bulk upsert's key was used for another input;
 * - IN_PROGRESS: a bulk upsert with the same key is running.
 */
export type OfferErrorCode = 'NOT_FOUND' | 'INVALID' | 'CONFLICT' | 'INCOMPLETE' | 'PROGRAMME_ENDED' | 'IDEMPOTENCY_KEY_REUSED' | 'IN_PROGRESS';
