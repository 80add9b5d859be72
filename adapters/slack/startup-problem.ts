// Web API error codes that mean a token was refused, which the operator fixes in the environment.
const TOKEN_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);
const TOKEN_FIX =
  'Copy SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode) again from api.slack.com/apps, ' +
  'and make sure the app is installed to the workspace.';

/** The fix for a Slack error at startup (a refused token), or undefined for errors Slack didn't explain. */
export function slackStartupProblem(error: unknown): string | undefined {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  if (typeof code === 'string' && TOKEN_ERRORS.has(code)) {
    return `Slack refused the token (${code}). ${TOKEN_FIX}`;
  }
  return undefined;
}
