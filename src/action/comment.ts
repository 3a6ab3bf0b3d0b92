// The one sticky pull-request comment: found by a hidden marker and edited in place, so a PR
// that runs the check ten times still carries one comment. Only a comment the token's own
// identity wrote is ours: anyone can paste the marker into a comment, and editing theirs would
// let a PR author plant text under the action's name (or have the action wipe theirs). A token
// that may not write (a fork's read-only token) gets a warning, not a failed step.
import type { Octokit, RepoRef } from './artifacts.js';

export function commentMarker(artifactName: string): string {
  return `<!-- oci-inv:${artifactName} -->`;
}

/** Who the workflow's default GITHUB_TOKEN writes comments as. */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

/**
 * The login the token writes as: GET /user for a user's token (PAT); an installation token
 * (the default GITHUB_TOKEN, or an app's) may not call it (403), and then it is the default
 * token's github-actions[bot]. An app's own installation token therefore finds no comment of
 * its own and creates one: never someone else's edited.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return typeof data.login === 'string' && data.login !== '' ? data.login : DEFAULT_TOKEN_LOGIN;
  } catch {
    return DEFAULT_TOKEN_LOGIN;
  }
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number }
  | { action: 'skipped' }
  | { action: 'forbidden'; status: number; message: string };

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

export async function upsertStickyComment(
  octokit: Octokit,
  target: RepoRef & { issueNumber: number },
  marker: string,
  body: string,
  options: { create: boolean; login?: string } = { create: true },
): Promise<CommentOutcome> {
  const { owner, repo, issueNumber } = target;
  const text = `${marker}\n${body}`;
  try {
    const login = options.login ?? (await tokenLogin(octokit));
    let existing: number | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
      const hit = page.data.find((c) => c.user?.login === login && c.body?.startsWith(marker));
      if (hit) {
        existing = hit.id;
        break;
      }
    }
    if (existing !== undefined) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: text });
      return { action: 'updated', id: existing };
    }
    if (!options.create) return { action: 'skipped' };
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
    return { action: 'created', id: data.id };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return { action: 'forbidden', status, message: error instanceof Error ? error.message : String(error) };
    }
    throw error;
  }
}
