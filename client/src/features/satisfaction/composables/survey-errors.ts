import type { useI18n } from 'vue-i18n';

type Translate = ReturnType<typeof useI18n>['t'];

const KNOWN = [
  'LIMIT_EXCEEDED',
  'NOT_RATEABLE',
  'ALREADY_ANSWERED',
  'NOT_FOUND',
  'INVALID_SCORE',
  'TOO_LONG',
  'REASON_REQUIRED',
] as const;

/** A survey payload error (issuing a link, recording an answer) in the reader's language. */
export function surveyErrorMessage(t: Translate, code: string, fallback: string): string {
  return (KNOWN as readonly string[]).includes(code)
    ? t(`satisfaction.errors.${code}`)
    : fallback || t('errors.unexpected');
}
