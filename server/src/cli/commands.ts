/**
 * The administrator's command line, on whichever database DATABASE_URL names:
 *
 *   pnpm masar user:create --username NAME --name "Display Name" --roles staff,manager [--email E] [--password P]
 *   pnpm masar user:reset-password --username NAME [--password P]
 *   pnpm masar token:create --user NAME --name LABEL [--days N]
 *   pnpm masar token:revoke --user NAME --name LABEL    (or --id N)
 *   pnpm masar backup [--to DIR]      (README "Backups")
 *   pnpm masar restore FROM           (into an empty data directory / database)
 *   pnpm masar rollups:rebuild        (the figures' rollups recomputed from the raw rows)
 *
 * A password left out is generated and printed once; a token is printed once.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { systemActor } from '../modules/audit/audit.service.js';
import {
  createApiToken,
  createUser,
  resetPassword,
  revokeApiToken,
} from '../modules/accounts/accounts.service.js';
import { ALL_ROLES, type Role } from '../modules/common/role.js';
import { User } from '../modules/accounts/user.entity.js';
import { backupCommand, restoreCommand } from '../modules/operations/backup.cli.js';
import { rebuildRollups } from '../modules/analytics/rollups.js';

const usage = `Usage:
  masar user:create --username NAME --name "Display Name" --roles ROLE[,ROLE…] [--email E] [--password P]
  masar user:reset-password --username NAME [--password P]
  masar token:create --user NAME --name LABEL [--days N]
  masar token:revoke (--user NAME --name LABEL | --id N)
  masar backup [--to DIR]
  masar restore FROM
  masar rollups:rebuild
Roles: ${ALL_ROLES.map((r) => r.toLowerCase()).join(', ')}`;

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs one command; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runCli(argv: string[], config: Config, io: CliIo): Promise<number> {
  try {
    return await run(argv, config, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n\n${usage}`);
      return 2;
    }
    throw err;
  }
}

async function run(argv: string[], config: Config, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      user: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      roles: { type: 'string' },
      password: { type: 'string' },
      days: { type: 'string' },
      id: { type: 'string' },
      to: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });

  if (!command || command === 'help' || command === '--help') {
    io.out(usage);
    return 0;
  }

  // Before the database is opened: a restore needs an empty one, a backup takes it as it is.
  if (command === 'backup') return backupCommand(config, values.to, io);
  if (command === 'restore') return restoreCommand(config, positionals[0], io);

  const orm = await openDatabase(config);
  const em = orm.em.fork();
  const actor = systemActor('cli');
  let exitCode = 0;

  const report = (errors: { message: string }[]) => {
    for (const e of errors) io.err(e.message);
    exitCode = 1;
  };

  try {
    switch (command) {
      case 'user:create': {
        if (!values.username || !values.roles) fail('user:create needs --username and --roles');
        const roles = values.roles.split(',').map((r) => r.trim().toUpperCase());
        const unknown = roles.filter((r) => !ALL_ROLES.includes(r as Role));
        if (unknown.length) fail(`Unknown role(s): ${unknown.join(', ')}`);
        const r = await createUser(em, actor, {
          username: values.username,
          displayName: values.name ?? values.username,
          email: values.email,
          roles: roles as Role[],
          password: values.password,
        });
        if (!r.ok) report(r.errors);
        else {
          io.out(`Created user "${r.user.username}" with roles ${r.user.roles.join(', ')}.`);
          if (r.generatedPassword) io.out(`Password (shown once): ${r.generatedPassword}`);
        }
        break;
      }
      case 'user:reset-password': {
        if (!values.username) fail('user:reset-password needs --username');
        const r = await resetPassword(em, actor, {
          username: values.username.toLowerCase(),
          password: values.password,
        });
        if (!r.ok) report(r.errors);
        else {
          io.out(
            `New password set for "${r.user.username}"; their sessions and API tokens were ended.`,
          );
          if (r.generatedPassword) io.out(`Password (shown once): ${r.generatedPassword}`);
        }
        break;
      }
      case 'token:create': {
        if (!values.user || !values.name) fail('token:create needs --user and --name');
        const owner = await em.findOne(User, { username: values.user.toLowerCase() });
        if (!owner) fail(`No user "${values.user}"`);
        const r = await createApiToken(em, actor, owner, {
          name: values.name,
          expiresInDays: values.days ? Number(values.days) : null,
        });
        if (!r.ok) report(r.errors);
        else {
          io.err(
            `Token "${r.apiToken.name}" for ${owner.username}, expires ${r.apiToken.expiresAt?.toISOString()}. Shown once:`,
          );
          io.out(r.token);
        }
        break;
      }
      case 'token:revoke': {
        if (!values.id && !(values.user && values.name)) {
          fail('token:revoke needs --id, or --user and --name');
        }
        const r = await revokeApiToken(
          em,
          actor,
          { userId: null, isAdmin: true },
          values.id
            ? { id: Number(values.id) }
            : { name: values.name, ownerUsername: values.user!.toLowerCase() },
        );
        if (!r.ok) report(r.errors);
        else io.out(`Revoked token "${r.apiToken.name}".`);
        break;
      }
      case 'rollups:rebuild': {
        // Recomputes the figures kept per day from the raw rows, in one database transaction
        // (the dashboard reads the old ones until it commits); each table as it is done.
        const started = Date.now();
        await rebuildRollups(
          em,
          config.engine,
          (table, rows, seconds) =>
            io.out(`${table}: ${rows.toLocaleString('en')} rows (${seconds.toFixed(1)} s)`),
          actor,
        );
        io.out(`Rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        break;
      }
      default:
        fail(`Unknown command "${command}"`);
    }
  } finally {
    await orm.close(true);
  }
  return exitCode;
}
