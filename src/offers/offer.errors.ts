/**
 * Why an offer command changed nothing, in the offers' own words (see src/core/result.ts):
 * - NOT_FOUND: no such offer of the viewer's provider (another provider's offer answers alike);
 * - INVALID: a figure is missing, out of range or beyond the offer's capacity.
 */
export type OfferErrorCode = 'NOT_FOUND' | 'INVALID';
