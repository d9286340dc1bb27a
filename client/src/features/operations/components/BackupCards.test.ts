import { describe, expect, it } from 'vitest';
import type { BackupStatusQuery } from '@/gql/graphql';
import { byTestId, testIdText } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import BackupRunCard from './BackupRunCard.vue';
import BackupScheduleCard from './BackupScheduleCard.vue';

type Status = BackupStatusQuery['backupStatus'];

const schedule: Status['schedule'] = {
  enabled: true,
  time: '02:30',
  timeZone: 'Asia/Riyadh',
  keep: 7,
  directory: '/srv/masar/backups',
  nextRunAt: '2026-12-06T23:30:00.000Z',
};
const ok: NonNullable<Status['lastRun']> = {
  id: '3',
  trigger: 'SCHEDULED',
  status: 'OK',
  startedAt: '2026-12-05T23:30:00.000Z',
  finishedAt: '2026-12-05T23:30:04.000Z',
  location: '/srv/masar/backups/masar-2026-12-05T23-30-00Z',
  sizeBytes: 12.34 * 1024 * 1024,
  error: null,
};

describe('the backups page cards', () => {
  it('shows a successful backup: status, size, folder, both calendars', () => {
    mountWithPlugins(BackupRunCard, {
      locale: 'en',
      props: { status: { lastRun: ok, lastSuccess: ok, schedule } },
    });
    expect(byTestId('backup-status')!.dataset.status).toBe('OK');
    expect(testIdText('backup-status')).toBe('Succeeded');
    expect(testIdText('backup-size')).toBe('12.3 MB');
    expect(testIdText('backup-location')).toBe(ok.location);
    // The shared DateTimeText: Gregorian and Hijri.
    expect(byTestId('backup-last-run')!.querySelector('.date-time__hijri')?.textContent).toMatch(
      /1448/,
    );
  });

  it('shows why a backup failed and when the last good one was, in Arabic', () => {
    const failed = {
      ...ok,
      id: '4',
      status: 'FAILED' as const,
      location: null,
      sizeBytes: null,
      error: 'pg_dump failed: server version mismatch.',
    };
    mountWithPlugins(BackupRunCard, {
      locale: 'ar',
      props: { status: { lastRun: failed, lastSuccess: ok, schedule } },
    });
    expect(testIdText('backup-status')).toBe('فشلت');
    expect(testIdText('backup-error')).toContain('server version mismatch');
    expect(testIdText('backup-last-success')).toContain('آخر نسخة ناجحة');
    expect(byTestId('backup-size')).toBeNull();
  });

  it('says when no daily backup is scheduled, and the schedule when there is one', () => {
    mountWithPlugins(BackupScheduleCard, {
      locale: 'en',
      props: { schedule: { ...schedule, enabled: false, time: null, nextRunAt: null } },
    });
    expect(testIdText('backup-schedule-off')).toMatch(/MASAR_BACKUP_TIME/);
    document.body.innerHTML = '';
    mountWithPlugins(BackupScheduleCard, { locale: 'en', props: { schedule } });
    expect(testIdText('backup-schedule-time')).toBe('Every day at 02:30, Riyadh time.');
    expect(testIdText('backup-schedule')).toContain('the newest 7 backups');
  });
});
