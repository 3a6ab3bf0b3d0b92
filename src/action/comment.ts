// The one sticky pull-request comment: found by a hidden marker and edited in place, so a PR
// that runs the check ten times still carries one comment. A token that may not write (a fork's
// read-only token) gets a warning, not a failed step.
import type { Octokit, RepoRef } from './artifacts.js';

export function commentMarker(artifactName: string): string {
  return `<!-- oci-inv:${artifactName} -->`;
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
  options: { create: boolean } = { create: true },
): Promise<CommentOutcome> {
  const { owner, repo, issueNumber } = target;
  const text = `${marker}\n${body}`;
  try {
    let existing: number | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
      const hit = page.data.find((c) => c.body?.includes(marker));
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
