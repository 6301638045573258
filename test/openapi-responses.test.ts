import { describe, expect, it } from 'vitest'
import { faults, type RecordedRequest } from './helpers/github-api.js'
import { checkRecordedExchanges } from './helpers/openapi.js'

// The GitHub API stand-in's answers are checked against GitHub's OpenAPI description in every end-to-end test, as
// its requests are; a fault a test injects may carry a status GitHub sends though the description omits it.

const COMMENTS = '/repos/owner/repo/issues/7/comments'

function exchange(status: number, responseBody: unknown, injected = false): RecordedRequest {
  return {
    method: 'GET',
    path: COMMENTS,
    pathname: COMMENTS,
    query: {},
    headers: {},
    body: undefined,
    rawBody: '',
    kind: 'api',
    status,
    responseHeaders: {},
    responseBody,
    injected,
  }
}

describe('checkRecordedExchanges', () => {
  it('accepts a documented answer', () => {
    expect(checkRecordedExchanges([exchange(200, [])])).toEqual([])
  })

  it('flags an answer whose body does not fit the documented schema', () => {
    expect(checkRecordedExchanges([exchange(200, [{ id: 'one' }])])[0]).toMatch(
      /^GET \/repos\/owner\/repo\/issues\/7\/comments → 200: 200 response body at \/0/,
    )
  })

  it('flags an undocumented status the stand-in sent itself', () => {
    expect(checkRecordedExchanges([exchange(500, faults.serverError(500).body)])).toEqual([
      expect.stringMatching(/→ 500: issues\/list-comments: status 500 is not documented/),
    ])
  })

  it('allows the same status when a test injected it, and no other undocumented one', () => {
    expect(checkRecordedExchanges([exchange(500, faults.serverError(500).body, true)])).toEqual([])
    expect(checkRecordedExchanges([exchange(418, { message: "I'm a teapot" }, true)])).toEqual([
      expect.stringMatching(/→ 418: issues\/list-comments: status 418 is not documented/),
    ])
  })
})
