import 'reflect-metadata';
import { SignJWT } from 'jose';
import { loadConfigOrExit } from '../../core/config';
import { LOCAL_ISSUER, loadLocalSigningKey } from '../../core/auth/local-signing-key';
import { Role } from '../../core/auth/viewer';

const USAGE = `Usage: npm run token -- --role <${Object.values(Role).join('|')}> --user <email> [--role …] [--agency <key or ID>] [--provider <ID>] [--hours <n>]`;

interface TokenArgs {
  roles: Role[];
  user: string;
  agency?: string;
  provider?: string;
  hours: number;
}

export function parseTokenArgs(argv: readonly string[]): TokenArgs {
  const args: Partial<TokenArgs> & { roles: Role[] } = { roles: [], hours: 8 };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    i += 1;
    if (flag === '--role') {
      const role = value.toUpperCase();
      if (!(role in Role)) throw new Error(`Unknown role "${value}"`);
      args.roles.push(role as Role);
    } else if (flag === '--user') args.user = value;
    else if (flag === '--agency') args.agency = value;
    else if (flag === '--provider') args.provider = value;
    else if (flag === '--hours') {
      args.hours = Number(value);
      if (!(args.hours > 0 && args.hours <= 24 * 30)) throw new Error('--hours must be between 0 and 720');
    } else throw new Error(`Unknown argument "${flag}"`);
  }
  if (args.roles.length === 0) throw new Error('--role is required');
  if (!args.user) throw new Error('--user is required');
  return args as TokenArgs;
}

/** `npm run token`: a development token signed with the hub's local key (data folder). */
async function main(): Promise<number> {
  let args: TokenArgs;
  try {
    args = parseTokenArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = loadConfigOrExit();
  if (config.auth.issuer) {
    console.error(`AUTH_ISSUER is set (${config.auth.issuer}): get tokens from that identity provider.`);
    return 2;
  }
  // The hub refuses tokens that live longer than it allows; say so instead of printing one.
  const maxHours = config.auth.maxTokenLifetimeSeconds / 3600;
  if (args.hours > maxHours) {
    console.error(`--hours may be at most ${maxHours} (AUTH_MAX_TOKEN_LIFETIME_SECONDS): the hub refuses longer-lived tokens.`);
    return 2;
  }
  const key = await loadLocalSigningKey(config.dataDir);
  const token = await new SignJWT({ email: args.user, roles: args.roles, agency: args.agency, provider: args.provider })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setSubject(args.user)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(config.auth.audience)
    .setIssuedAt()
    .setExpirationTime(`${args.hours}h`)
    .sign(key.privateKey);
  console.log(token);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
