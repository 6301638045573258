import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { VERSION } from '../src/version.js'

// scripts/release-notes.mjs: the release workflow's check that the tag and the version files agree, and the
// changelog section it publishes as the release notes.

const ROOT = path.join(import.meta.dirname, '..')
const SCRIPT = path.join(ROOT, 'scripts', 'release-notes.mjs')
const temporary: string[] = []
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function releaseNotes(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const CHANGELOG_020 = `# Changelog

## [Unreleased]

- Something not released yet.

## [0.2.0] - 2026-12-10

### Added

- A JSON report.

## [0.1.0] - 2026-11-29

- The first version.

[Unreleased]: https://github.com/eval-gate/eval-gate/compare/v0.2.0...main
[0.2.0]: https://github.com/eval-gate/eval-gate/releases/tag/v0.2.0
`

interface Release {
  version?: string
  lockVersion?: string
  sourceVersion?: string
  changelog?: string
}

/** A repository root with the four files that carry the version. */
function repository({
  version = '0.2.0',
  lockVersion,
  sourceVersion,
  changelog = CHANGELOG_020,
}: Release): string {
  const root = mkdtempSync(path.join(tmpdir(), 'eval-gate-release-'))
  temporary.push(root)
  const lock = lockVersion ?? version
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'eval-gate', version }))
  writeFileSync(
    path.join(root, 'package-lock.json'),
    JSON.stringify({ name: 'eval-gate', version: lock, packages: { '': { version: lock } } }),
  )
  mkdirSync(path.join(root, 'src'))
  writeFileSync(
    path.join(root, 'src', 'version.ts'),
    `export const VERSION = '${sourceVersion ?? version}'\n`,
  )
  writeFileSync(path.join(root, 'CHANGELOG.md'), changelog)
  return root
}

describe('this repository', () => {
  test('package.json, package-lock.json, src/version.ts and CHANGELOG.md name one version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { version: string }
    expect(pkg.version).toBe(VERSION)
    expect(lock.version).toBe(VERSION)
    const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')
    const newest = /^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$/m.exec(changelog)?.[1]
    expect(newest).toBe(VERSION)
  })

  test('the tag of its version passes the release check and gets its changelog section', () => {
    const result = releaseNotes([`v${VERSION}`])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('### Added')
    expect(result.stdout).not.toContain('## [')
  })
})

describe('scripts/release-notes.mjs', () => {
  test("prints exactly the tagged version's section", () => {
    const result = releaseNotes(['v0.2.0', '--root', repository({})])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('### Added\n\n- A JSON report.\n')
  })

  test('the last section ends at the link references', () => {
    const changelog = CHANGELOG_020.replace(
      '## [0.2.0] - 2026-12-10\n\n### Added\n\n- A JSON report.\n\n',
      '',
    )
    const result = releaseNotes(['v0.1.0', '--root', repository({ version: '0.1.0', changelog })])
    expect(result.stdout).toBe('- The first version.\n')
  })

  test.each([
    [
      'a tag of another version',
      ['v0.2.1'],
      {},
      "tag v0.2.1 does not match package.json's version 0.2.0: tag v0.2.0, or bump it",
    ],
    ['a tag that is not vX.Y.Z', ['0.2.0'], {}, "tag 0.2.0 does not match package.json's version 0.2.0"],
    [
      'src/version.ts behind',
      ['v0.2.0'],
      { sourceVersion: '0.1.0' },
      "src/version.ts: VERSION is 0.1.0, package.json's is 0.2.0",
    ],
    [
      'package-lock.json behind',
      [],
      { lockVersion: '0.1.0' },
      "package-lock.json: version is 0.1.0, package.json's is 0.2.0: run npm install",
    ],
    [
      'no changelog section',
      ['v0.3.0'],
      { version: '0.3.0' },
      'CHANGELOG.md: no section "## [0.3.0] - YYYY-MM-DD"; move the Unreleased entries there',
    ],
    [
      'a newer section than the version',
      [],
      { version: '0.1.0' },
      "CHANGELOG.md: the newest section is 0.2.0, package.json's version is 0.1.0",
    ],
    [
      'an empty section',
      [],
      { changelog: CHANGELOG_020.replace('### Added\n\n- A JSON report.\n', '') },
      'CHANGELOG.md:7: the section of 0.2.0 is empty',
    ],
  ] satisfies [string, string[], Release, string][])('refuses %s', (_, args, release, message) => {
    const result = releaseNotes([...args, '--root', repository(release)])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.startsWith(`release-notes: error: ${message}`), result.stderr).toBe(true)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
