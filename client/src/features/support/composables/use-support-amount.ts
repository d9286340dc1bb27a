import { useI18n } from 'vue-i18n';
import type { SupportUnit } from '@/gql/graphql';

/** An amount in its unit, Latin digits grouped: "SAR 1,500", "3 items", "٣ قطع" → "3 قطع". */
export function useSupportAmount() {
  const { t } = useI18n();
  const digits = new Intl.NumberFormat('en-US');
  function amount(value: number, unit: SupportUnit): string {
    return t(`support.amount.${unit}`, { n: digits.format(value) }, value);
  }
  return { amount };
}
