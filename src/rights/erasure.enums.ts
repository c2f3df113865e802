import { describeEnum } from '../core/graphql/described-enum';

/** The grounds of GDPR Art. 17(1) on which a person may ask for erasure before the retention period ends. */
export enum ErasureGround {
  NO_LONGER_NECESSARY = 'NO_LONGER_NECESSARY',
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
  OBJECTION = 'OBJECTION',
  UNLAWFUL_PROCESSING = 'UNLAWFUL_PROCESSING',
  LEGAL_OBLIGATION = 'LEGAL_OBLIGATION',
}
describeEnum(ErasureGround, 'ErasureGround', 'Why a person is erased before the retention period ends (GDPR Art. 17(1)).', {
  NO_LONGER_NECESSARY: 'Art. 17(1)(a): the data is no longer needed for its purpose (e.g. the person moved away).',
  CONSENT_WITHDRAWN: 'Art. 17(1)(b): the person withdrew the consent the processing rested on.',
  OBJECTION: 'Art. 17(1)(c): the person objected under Art. 21 and no overriding grounds remain.',
  UNLAWFUL_PROCESSING: 'Art. 17(1)(d): the data was processed unlawfully.',
  LEGAL_OBLIGATION: 'Art. 17(1)(e): a legal obligation requires the erasure.',
});

export const ERASURE_GROUND_LABELS: Readonly<Record<ErasureGround, string>> = {
  NO_LONGER_NECESSARY: 'Zweck entfallen (Art. 17 Abs. 1 lit. a DSGVO)',
  CONSENT_WITHDRAWN: 'Einwilligung widerrufen (Art. 17 Abs. 1 lit. b DSGVO)',
  OBJECTION: 'Widerspruch (Art. 17 Abs. 1 lit. c DSGVO)',
  UNLAWFUL_PROCESSING: 'Unrechtmäßige Verarbeitung (Art. 17 Abs. 1 lit. d DSGVO)',
  LEGAL_OBLIGATION: 'Rechtliche Verpflichtung (Art. 17 Abs. 1 lit. e DSGVO)',
};

/** How long a request waits for its confirmation. */
export const ERASURE_CONFIRMATION_HOURS = 24;
