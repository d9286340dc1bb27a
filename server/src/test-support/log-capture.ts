/**
 * What the server writes while a test runs: the structured log (logger.ts writes JSON lines to
 * standard output) and anything printed with console. Nothing reaches the terminal meanwhile.
 */
import { vi } from 'vitest';
import { logger } from '../logger.js';

export interface CapturedLog {
  /** Every line written so far, in order. */
  readonly lines: string[];
  text(): string;
  restore(): void;
}

/** Captures from now on, at `level` and above (default: every level). */
export function captureLog(
  level: 'trace' | 'debug' | 'info' | 'warn' | 'error' = 'trace',
): CapturedLog {
  const lines: string[] = [];
  const previousLevel = logger.level;
  logger.level = level;
  const show = (a: unknown) =>
    a instanceof Error
      ? `${a.stack} ${JSON.stringify(a)}`
      : typeof a === 'string'
        ? a
        : JSON.stringify(a);
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(String(chunk).replace(/\n$/, ''));
      return true;
    }),
    ...(['log', 'error', 'warn', 'info', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(show).join(' '));
      }),
    ),
  ];
  return {
    lines,
    text: () => lines.join('\n'),
    restore() {
      for (const spy of spies) spy.mockRestore();
      logger.level = previousLevel;
    },
  };
}
