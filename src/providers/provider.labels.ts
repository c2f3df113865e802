import { ProviderKind } from './provider.entity';

/** German names of the kinds of providers, for what a person reads. */
export const PROVIDER_KIND_LABELS: Readonly<Record<ProviderKind, string>> = {
  VOLKSHOCHSCHULE: 'Volkshochschule',
  BILDUNGSTRAEGER: 'Bildungsträger',
  VEREIN: 'Verein',
  SCHULE: 'Schule',
  KOMMUNE: 'Kommune',
  WOHLFAHRTSVERBAND: 'Wohlfahrtsverband',
  KAMMER: 'Kammer',
  UNTERNEHMEN: 'Unternehmen',
  AGENTUR_FUER_ARBEIT: 'Agentur für Arbeit',
};
