import { describe, expect, it } from 'vitest'
import { isEnterpriseServer } from '../src/adapters/artifact.js'

// Which servers get the REST fallback for artifacts (issue 18, item 6): exactly those @actions/artifact refuses.

describe('isEnterpriseServer', () => {
  it.each([
    'https://ghes.example.com',
    'https://github.example.com:8443/',
    'http://10.0.0.5',
    'https://github.co',
  ])('%s is GitHub Enterprise Server', (url) => expect(isEnterpriseServer(url)).toBe(true))

  it.each([
    'https://github.com',
    'https://GitHub.com/',
    'https://octo-corp.ghe.com',
    'https://api.octo-corp.ghe.com',
    'http://github.localhost',
    undefined,
    '',
    'not a url',
  ])('%s is not', (url) => expect(isEnterpriseServer(url)).toBe(false))
})
