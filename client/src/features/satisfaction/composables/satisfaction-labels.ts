import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { SatisfactionDimension } from '@/gql/graphql';
import { useAppLocale } from '@/shared/composables/use-app-locale';
import { formatGregorianDate, formatHijriDate } from '@/shared/composables/use-date-format';
import type { AppLocale } from '@/shared/locale';
import { hijriMonthLabel, hijriMonthOf, hijriMonthStart } from '@/shared/hijri';

/** Number tags: the language's conventions, with Latin digits as everywhere else in the app. */
const NUMBER_TAGS: Record<AppLocale, string> = { ar: 'ar-SA-u-nu-latn', en: 'en-GB' };

const gregorianMonth = new Map<AppLocale, Intl.DateTimeFormat>();
function gregorianMonthLabel(key: string, locale: AppLocale): string {
  let f = gregorianMonth.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale === 'ar' ? 'ar-SA-u-ca-gregory-nu-latn' : 'en-GB-u-ca-gregory',
      { timeZone: 'UTC', month: 'long', year: 'numeric' },
    );
    gregorianMonth.set(locale, f);
  }
  return f.format(new Date(`${key}-15T00:00:00Z`));
}

type GroupLike = { key: string } & { label?: { ar: string; en: string } | null };

/**
 * Numbers, percents and the names of groups and periods, in the current language. Periods get a
 * main label (their own calendar) and the other calendar beside it.
 */
export function useSatisfactionFormat() {
  const { t } = useI18n();
  const { locale } = useAppLocale();

  const numberFormat = computed(
    () => new Intl.NumberFormat(NUMBER_TAGS[locale.value], { maximumFractionDigits: 1 }),
  );
  const meanFormat = computed(
    () =>
      new Intl.NumberFormat(NUMBER_TAGS[locale.value], {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  );

  const number = (value: number | null | undefined): string =>
    value === null || value === undefined ? '—' : numberFormat.value.format(value);
  /** A share the server gives in percent (57.1 → "57.1%"). */
  const percent = (value: number | null | undefined): string =>
    value === null || value === undefined
      ? '—'
      : new Intl.NumberFormat(NUMBER_TAGS[locale.value], {
          style: 'percent',
          maximumFractionDigits: 1,
        }).format(value / 100);
  const mean = (value: number | null | undefined): string =>
    value === null || value === undefined ? '—' : meanFormat.value.format(value);
  /** A change, with its sign: "+5.2", "−3". */
  const signed = (value: number, digits = 1): string =>
    new Intl.NumberFormat(NUMBER_TAGS[locale.value], {
      maximumFractionDigits: digits,
      signDisplay: 'exceptZero',
    }).format(value);

  /**
   * A change in percentage points against the previous period (null: nothing to compare), as the
   * key-figure cards take it: rounded to one decimal, shown with its sign ("+3.2 pts") and read
   * out in words ("up 3.2 points from the previous period").
   */
  function pointsChange(change: number | null | undefined): {
    delta: number | null;
    deltaText: string;
    deltaLabel: string;
  } {
    if (change === null || change === undefined || !Number.isFinite(change)) {
      return { delta: null, deltaText: '', deltaLabel: '' };
    }
    // Half away from zero, so a rise and a fall of the same size read the same.
    const delta = (Math.sign(change) * Math.round(Math.abs(change) * 10)) / 10 || 0;
    const n = number(Math.abs(delta));
    return {
      delta,
      deltaText: t('satisfaction.kpi.points', { n: signed(delta) }),
      deltaLabel:
        delta > 0
          ? t('satisfaction.kpi.changeUp', { n })
          : delta < 0
            ? t('satisfaction.kpi.changeDown', { n })
            : t('satisfaction.kpi.changeFlat'),
    };
  }

  /** The name of a period group (trend) in its own calendar. */
  function periodLabel(dimension: SatisfactionDimension, key: string): string {
    switch (dimension) {
      case 'DAY':
        return formatGregorianDate(key, locale.value);
      case 'WEEK':
        return t('satisfaction.period.weekOf', { date: formatGregorianDate(key, locale.value) });
      case 'MONTH':
        return gregorianMonthLabel(key, locale.value);
      case 'HIJRI_MONTH':
        return hijriMonthLabel(key, locale.value);
      default:
        return key;
    }
  }

  /** The same period in the other calendar (Hijri for Gregorian periods and the reverse). */
  function periodOtherCalendar(dimension: SatisfactionDimension, key: string): string {
    switch (dimension) {
      case 'DAY':
      case 'WEEK':
        return formatHijriDate(key, locale.value);
      case 'MONTH': {
        const first = `${key}-01`;
        const [y, m] = key.split('-').map(Number) as [number, number];
        const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        const a = hijriMonthOf(first, locale.value);
        const b = hijriMonthOf(last, locale.value);
        return a === b ? a : `${a} – ${b}`;
      }
      case 'HIJRI_MONTH': {
        const [y, m] = key.split('-').map(Number) as [number, number];
        const start = hijriMonthStart(y, m);
        const next = hijriMonthStart(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1);
        if (!start || !next) return '';
        const end = new Date(next.getTime() - 86_400_000).toISOString().slice(0, 10);
        return `${formatGregorianDate(start.toISOString().slice(0, 10), locale.value)} – ${formatGregorianDate(end, locale.value)}`;
      }
      default:
        return '';
    }
  }

  /** The name of a breakdown group (channel, type, handling time, policy version, officer). */
  function groupLabel(dimension: SatisfactionDimension, group: GroupLike): string {
    if (group.key === 'NONE') return t('satisfaction.groups.none');
    switch (dimension) {
      case 'CHANNEL':
        return group.label ? group.label[locale.value] || group.label.ar : group.key;
      case 'TRANSACTION_TYPE':
        return t(`satisfaction.types.${group.key}`);
      case 'HANDLING_TIME':
        return t(`satisfaction.handlingTime.${group.key}`);
      case 'POLICY_VERSION':
        return t('satisfaction.groups.policyVersion', { n: group.key });
      case 'OFFICER':
        if (group.key === 'OTHER') return t('satisfaction.groups.other');
        return group.label ? group.label[locale.value] || group.label.ar : group.key;
      default:
        return periodLabel(dimension, group.key);
    }
  }

  /** A select's or toggle's items: each value titled by `<prefix>.<value>`. */
  function choices<V extends string>(values: readonly V[], prefix: string) {
    return values.map((value) => ({ title: t(`${prefix}.${value}`), value }));
  }

  return {
    locale,
    choices,
    number,
    percent,
    mean,
    signed,
    pointsChange,
    periodLabel,
    periodOtherCalendar,
    groupLabel,
  };
}
