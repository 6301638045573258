#!/usr/bin/env node
// The release workflow's first check: a tag vX.Y.Z, package.json, package-lock.json, src/version.ts and
// CHANGELOG.md must name one version, and the changelog must have that version's section, which is printed on stdout
// as the release notes. Without a tag it checks that the files agree and prints the section of their version.
//
// Usage: node scripts/release-notes.mjs [vX.Y.Z] [--root DIR]
// Exit codes: 0 agreed (notes on stdout), 2 a disagreement, named in one line on stderr.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const SEMVER = /^\d+\.\d+\.\d+$/
const VERSION_LINE = /^export const VERSION = '([^']*)'$/m
const SECTION_HEADING = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/

class ReleaseError extends Error {}

function readText(root, file) {
  try {
    return readFileSync(path.join(root, file), 'utf8')
  } catch (error) {
    throw new ReleaseError(`${file}: cannot be read (${error.code ?? error.message})`)
  }
}

function readJson(root, file) {
  try {
    return JSON.parse(readText(root, file))
  } catch (error) {
    if (error instanceof ReleaseError) throw error
    throw new ReleaseError(`${file}: not valid JSON (${error.message})`)
  }
}

/**
 * The body of the changelog section `## [version] - YYYY-MM-DD`: the lines up to the next `## ` heading or the link
 * references at the end, trimmed.
 * @param {string} changelog
 * @param {string} version
 */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const start = lines.findIndex((line) => SECTION_HEADING.exec(line)?.[1] === version)
  if (start < 0) {
    throw new ReleaseError(
      `CHANGELOG.md: no section "## [${version}] - YYYY-MM-DD"; move the Unreleased entries there`,
    )
  }
  const rest = lines.slice(start + 1)
  const end = rest.findIndex((line) => line.startsWith('## ') || /^\[[^\]\n]+\]: /.test(line))
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim()
  if (body === '') throw new ReleaseError(`CHANGELOG.md:${start + 1}: the section of ${version} is empty`)
  return body
}

/** The newest version the changelog has a section for (the first versioned heading), or undefined. */
export function newestChangelogVersion(changelog) {
  for (const line of changelog.split('\n')) {
    const match = SECTION_HEADING.exec(line)
    if (match) return match[1]
  }
  return undefined
}

/**
 * Checks that the tag (if any) and the version files agree; returns the version and its release notes.
 * @param {string} root the repository
 * @param {string | undefined} tag
 */
export function releaseNotes(root, tag) {
  const version = readJson(root, 'package.json').version
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    throw new ReleaseError(`package.json: "version" must be X.Y.Z, found ${JSON.stringify(version)}`)
  }
  if (tag !== undefined && tag !== `v${version}`) {
    throw new ReleaseError(
      `tag ${tag} does not match package.json's version ${version}: tag v${version}, or bump it`,
    )
  }
  const lock = readJson(root, 'package-lock.json')
  for (const [field, value] of [
    ['version', lock.version],
    ['packages[""].version', lock.packages?.['']?.version],
  ]) {
    if (value !== version) {
      throw new ReleaseError(
        `package-lock.json: ${field} is ${value}, package.json's is ${version}: run npm install`,
      )
    }
  }
  const source = readText(root, 'src/version.ts')
  const declared = VERSION_LINE.exec(source)?.[1]
  if (declared !== version) {
    throw new ReleaseError(
      `src/version.ts: VERSION is ${declared ?? 'not declared'}, package.json's is ${version}`,
    )
  }
  const changelog = readText(root, 'CHANGELOG.md')
  const notes = changelogSection(changelog, version)
  const newest = newestChangelogVersion(changelog)
  if (newest !== version) {
    throw new ReleaseError(
      `CHANGELOG.md: the newest section is ${newest}, package.json's version is ${version}`,
    )
  }
  return { version, notes }
}

function main(argv) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string' } },
    })
    if (positionals.length > 1) throw new ReleaseError('give at most one tag')
    const root = values.root ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
    const { notes } = releaseNotes(root, positionals[0])
    process.stdout.write(notes + '\n')
    return 0
  } catch (error) {
    if (!(error instanceof ReleaseError) && !error.code?.startsWith('ERR_PARSE_ARGS')) throw error
    process.stderr.write(`release-notes: error: ${error.message}\n`)
    return 2
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2))
