import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { findFiles, refuseLinkOutOf } from '../src/adapters/files.js'

// Symbolic links that lead out of the workspace are refused (issue 12, item 6); the end-to-end cases are in
// test/e2e/trust.test.ts.

const root = mkdtempSync(path.join(os.tmpdir(), 'eval-gate-links-'))
const workspace = path.join(root, 'workspace')
const outside = path.join(root, 'outside')
mkdirSync(path.join(workspace, 'data'), { recursive: true })
mkdirSync(outside)
writeFileSync(path.join(workspace, 'data', 'p.csv'), 'label,prediction\n')
writeFileSync(path.join(workspace, '..p.csv'), 'label,prediction\n')
writeFileSync(path.join(outside, 'secret.csv'), 'label,prediction\n')
symlinkSync(path.join(outside, 'secret.csv'), path.join(workspace, 'out.csv'))
symlinkSync('data/p.csv', path.join(workspace, 'in.csv'))
symlinkSync('out.csv', path.join(workspace, 'chain.csv'))
symlinkSync(outside, path.join(workspace, 'linked'))
symlinkSync(path.join(workspace, 'missing.csv'), path.join(workspace, 'dangling.csv'))

afterAll(() => rmSync(root, { recursive: true, force: true }))

const refusal = (link: string) =>
  `${link}: is a symbolic link to a file outside the workspace; eval-gate reads only files inside it: copy the file in`

describe('refuseLinkOutOf', () => {
  it.each(['out.csv', 'chain.csv', 'linked/secret.csv'])('refuses %s, naming it', async (link) => {
    await expect(refuseLinkOutOf(workspace, path.join(workspace, link), link)).rejects.toThrow(refusal(link))
  })

  it.each(['data/p.csv', 'in.csv', '..p.csv', 'dangling.csv'])('lets %s through', async (file) => {
    await expect(refuseLinkOutOf(workspace, path.join(workspace, file), file)).resolves.toBeUndefined()
  })

  it('lets through a path the workflow names outside the workspace', async () => {
    const file = path.join(outside, 'secret.csv')
    await expect(refuseLinkOutOf(workspace, file, file)).resolves.toBeUndefined()
  })
})

describe('findFiles', () => {
  it('refuses a link out of the workspace among the matches of a glob', async () => {
    await expect(findFiles(['*.csv'], workspace)).rejects.toThrow(refusal('chain.csv'))
  })

  it('finds files through links that stay inside', async () => {
    const found = await findFiles(['in.csv', 'data/*.csv'], workspace)
    expect(found.map((file) => file.shown)).toEqual(['in.csv', path.join('data', 'p.csv')])
  })
})
