/**
 * The administrator's command line, on whichever database DATABASE_URL names:
 *
 *   pnpm masar user:create --username NAME --name "Display Name" --roles staff,manager [--email E] [--password P]
 *   pnpm masar user:reset-password --username NAME [--password P]
 *   pnpm masar token:create --user NAME --name LABEL [--days N]
 *   pnpm masar token:revoke --user NAME --name LABEL    (or --id N)
 *
 * A password left out is generated and printed once; a token is printed once.
 */
import { loadConfig } from '../config.js';
import { runCli } from './commands.js';

const code = await runCli(process.argv.slice(2), loadConfig(), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exit(code);
