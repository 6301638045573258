import type { Comparison } from './compare.js'

/** GitHub refuses issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536

/** GitHub refuses step summaries larger than this many bytes. */
export const SUMMARY_LIMIT = 1_048_576

/** When to comment on the pull request (the `comment` input). */
export type CommentMode = 'always' | 'on-regression' | 'on-change' | 'never'

export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-regression', 'on-change', 'never']

/**
 * The hidden first line that finds a gate's comment again on the next run. The id is URI-encoded so that no
 * `comment-id` can close the HTML comment early.
 */
export function commentMarker(commentId: string): string {
  return `<!-- eval-gate comment-id=${encodeURIComponent(commentId)} -->`
}

/** A comment's full body: the marker, then the report. */
export function commentBody(commentId: string, report: string): string {
  return `${commentMarker(commentId)}\n${report}`
}

/** Room left for the report in a comment once the marker is in. */
export function reportLimitForComment(commentId: string): number {
  return COMMENT_LIMIT - commentMarker(commentId).length - 1
}

/**
 * What to do with the pull-request comment: `post` creates or updates it; `update` only refreshes one that
 * already exists (so an old verdict never stays up), `skip` leaves everything alone.
 */
export function commentAction(mode: CommentMode, comparison: Comparison): 'post' | 'update' | 'skip' {
  switch (mode) {
    case 'always':
      return 'post'
    case 'never':
      return 'skip'
    case 'on-regression':
      return comparison.regressed ? 'post' : 'update'
    case 'on-change':
      return comparison.metrics.every((m) => m.status === 'unchanged') ? 'update' : 'post'
  }
}
