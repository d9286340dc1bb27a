import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { SatisfactionFiguresFragment } from '@/gql/graphql';
import type { TableColumn } from '@/shared/charts/ChartCard.vue';
import type { ChartFrame } from '@/shared/charts/chart-options';
import type { CsvCell } from '@/shared/charts/csv';
import { useSatisfactionFormat } from './satisfaction-labels';

/**
 * Table cells and columns for satisfaction figures (what every breakdown and trend table lists),
 * and the charts' frame.
 */
export function useFigureTable() {
  const { t } = useI18n();
  const fmt = useSatisfactionFormat();

  const cell = {
    percent: (v: CsvCell) => (typeof v === 'number' ? fmt.percent(v) : '—'),
    number: (v: CsvCell) => (typeof v === 'number' ? fmt.number(v) : '—'),
    mean: (v: CsvCell) => (typeof v === 'number' ? fmt.mean(v) : '—'),
    signed: (v: CsvCell) => (typeof v === 'number' ? fmt.signed(v) : '—'),
  };

  /** The figures every breakdown table lists. */
  const figureColumns = computed<TableColumn[]>(() => [
    {
      key: 'invitations',
      label: t('satisfaction.figures.invitations'),
      format: cell.number,
      numeric: true,
    },
    {
      key: 'responses',
      label: t('satisfaction.figures.responses'),
      format: cell.number,
      numeric: true,
    },
    {
      key: 'responseRate',
      label: t('satisfaction.figures.responseRatePct'),
      format: cell.percent,
      numeric: true,
    },
    { key: 'csat', label: t('satisfaction.figures.csatPct'), format: cell.percent, numeric: true },
    { key: 'nps', label: t('satisfaction.figures.nps'), format: cell.signed, numeric: true },
    {
      key: 'meanOverall',
      label: t('satisfaction.figures.meanOverall'),
      format: cell.mean,
      numeric: true,
    },
  ]);

  function figureCells(f: SatisfactionFiguresFragment): Record<string, CsvCell> {
    return {
      invitations: f.invitations,
      responses: f.responses,
      responseRate: f.responseRate,
      csat: f.csat,
      nps: f.nps,
      meanOverall: f.meanOverall,
    };
  }

  /** The charts' reading direction and number format, in the reader's language. */
  const frame = computed<ChartFrame>(() => ({
    rtl: fmt.locale.value === 'ar',
    format: (v: number) => fmt.number(v),
  }));

  return { fmt, cell, figureColumns, figureCells, frame };
}
