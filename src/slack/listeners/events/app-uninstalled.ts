import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { SlackContext } from '../../slack-context.ts';

const envelope = z.object({
  team_id: z.string().min(1).optional(),
  enterprise_id: z.string().min(1).nullish(),
  is_enterprise_install: z.boolean().optional(),
});
const revoked = z.object({
  tokens: z.object({ bot: z.array(z.string()).optional(), oauth: z.array(z.string()).optional() }),
});

function query(body: unknown) {
  const parsed = envelope.parse(body);
  return parsed.is_enterprise_install && parsed.enterprise_id
    ? { isEnterpriseInstall: true as const, enterpriseId: parsed.enterprise_id, teamId: undefined }
    : { isEnterpriseInstall: false as const, teamId: parsed.team_id!, enterpriseId: parsed.enterprise_id ?? undefined };
}

/** `app_uninstalled`: the workspace's installation is removed, so nothing is sent there again and its token is never used. */
export function appUninstalled(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'app_uninstalled'>> {
  return async ({ body }) => {
    const where = query(body);
    if (!ctx.installations) {
      ctx.logger.warn(
        { team: where.teamId },
        'slack app uninstalled from the workspace; its bot token no longer works: reinstall it, or remove SLACK_BOT_TOKEN',
      );
      return;
    }
    await ctx.installations.remove(where, 'app_uninstalled');
    ctx.logger.info(
      { team: where.teamId, enterprise: where.enterpriseId },
      'slack installation removed: app uninstalled',
    );
  };
}

/** `tokens_revoked`: when the bot's token is among them, the installation is removed (Policy Desk holds no user tokens). */
export function tokensRevoked(ctx: SlackContext): Middleware<SlackEventMiddlewareArgs<'tokens_revoked'>> {
  return async ({ body, event }) => {
    const tokens = revoked.parse(event).tokens;
    if (!tokens.bot?.length) return;
    const where = query(body);
    if (!ctx.installations) {
      ctx.logger.warn({ team: where.teamId }, 'slack bot token revoked; set a new SLACK_BOT_TOKEN and restart');
      return;
    }
    await ctx.installations.remove(where, 'tokens_revoked');
    ctx.logger.info(
      { team: where.teamId, enterprise: where.enterpriseId },
      'slack installation removed: bot token revoked',
    );
  };
}
