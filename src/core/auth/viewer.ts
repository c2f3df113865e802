/**
 * Who is asking. Until authentication lands every request is anonymous: the partner-portal
 * audience, which sees the published catalogue and nothing else.
 */
export type Viewer = { kind: 'anonymous' };

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });
