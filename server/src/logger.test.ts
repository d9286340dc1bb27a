import { afterEach, describe, expect, it } from 'vitest';
import { loggablePath, logger } from './logger.js';
import { captureLog, type CapturedLog } from './test-support/log-capture.js';

describe('the logger', () => {
  let log: CapturedLog | undefined;
  afterEach(() => log?.restore());

  it('writes one JSON object per line, with level, time and message', () => {
    log = captureLog();
    logger.info({ reqId: 'r1', status: 200 }, 'hello');
    expect(log.lines).toHaveLength(1);
    expect(JSON.parse(log.lines[0]!)).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/),
      reqId: 'r1',
      status: 200,
      msg: 'hello',
    });
  });

  it('redacts secrets and personal data should a line ever be given them', () => {
    log = captureLog();
    logger.warn(
      {
        password: 'hunter2-secret',
        nationalId: '1012345678',
        req: { headers: { cookie: 'masar_session=abc123secret', authorization: 'Bearer t0ken' } },
        input: { password: 'p4ss', token: 'tok-secret', mobile: '0551234567', fullName: 'هيا' },
      },
      'careless',
    );
    const text = log.text();
    for (const secret of [
      'hunter2',
      '1012345678',
      'abc123',
      't0ken',
      'p4ss',
      'tok-secret',
      '0551234567',
      'هيا',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });

  it('shows a path without what could be data', () => {
    expect(loggablePath('/api/library/attachments/12')).toBe('/api/library/attachments/:x');
    expect(loggablePath('/s/abcDEFghiJKLmnoPQRstu')).toBe('/s/:x');
    expect(loggablePath('/s/short')).toBe('/s/:x');
    expect(loggablePath('/beneficiaries/1012345678')).toBe('/beneficiaries/:x');
    expect(loggablePath('/search/%D9%87%D9%8A%D8%A7')).toBe('/search/:x');
    expect(loggablePath('/policy/versions')).toBe('/policy/versions');
    expect(loggablePath('/assets/index.js')).toBe('/assets/index.js');
  });
});
