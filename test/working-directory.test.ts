import { describe, expect, test } from 'vitest'
import { parseSettings } from '../src/core/settings.js'
import { inWorkingDirectory, parseWorkingDirectory } from '../src/core/working-directory.js'

function settings(inputs: Record<string, string>) {
  return parseSettings((name) => inputs[name] ?? '')
}

describe('working-directory', () => {
  test('a folder of the repository, normalised; empty and "." are the root', () => {
    expect(parseWorkingDirectory('packages/model')).toBe('packages/model')
    expect(parseWorkingDirectory(' ./packages//model/ ')).toBe('packages/model')
    expect(parseWorkingDirectory('packages\\model')).toBe('packages/model')
    expect(parseWorkingDirectory('packages/model/../other')).toBe('packages/other')
    expect(parseWorkingDirectory('')).toBeUndefined()
    expect(parseWorkingDirectory('.')).toBeUndefined()
    expect(parseWorkingDirectory('a/..')).toBeUndefined()
  })

  test('a folder outside the repository, or an absolute one, is refused naming the input', () => {
    expect(() => parseWorkingDirectory('../elsewhere')).toThrow(
      'input "working-directory" must be a folder inside the repository, got "../elsewhere"',
    )
    expect(() => parseWorkingDirectory('a/../../b')).toThrow('must be a folder inside the repository')
    expect(() => parseWorkingDirectory('/home/runner/work')).toThrow(
      'input "working-directory" must be a folder relative to the repository root, got "/home/runner/work"',
    )
    expect(() => parseWorkingDirectory('C:\\work')).toThrow('relative to the repository root')
  })

  test('every relative path of the inputs resolves from the folder, the default baseline path too', () => {
    const moved = inWorkingDirectory(
      settings({
        predictions: 'out/*.csv\nvendor=../shared/vendor.csv',
        'metrics-files': 'results/{a,b}.json',
        'baseline-predictions': 'base/predictions.csv',
        'id-column': 'id',
      }),
      'packages/model',
      true,
    )
    expect(moved.baselinePath).toBe('packages/model/.github/eval-baseline.json')
    expect(moved.predictions).toEqual(['packages/model/out/*.csv'])
    expect(moved.models.specs.map((spec) => [spec.name, spec.patterns])).toEqual([
      ['candidate', ['packages/model/out/*.csv']],
      ['vendor', ['packages/shared/vendor.csv']],
    ])
    expect(moved.metricsFiles).toEqual(['packages/model/results/{a,b}.json'])
    expect(moved.statistics.baselinePredictions).toEqual(['packages/model/base/predictions.csv'])
  })

  test('shard and merge paths move with it; absolute paths stay', () => {
    const shard = inWorkingDirectory(
      settings({ mode: 'shard', predictions: '/data/part-1.csv', 'stats-output': 'stats/1.json' }),
      'svc',
      true,
    )
    expect(shard.predictions).toEqual(['/data/part-1.csv'])
    expect(shard.statsOutput).toBe('svc/stats/1.json')
    const merge = inWorkingDirectory(settings({ mode: 'merge', 'stats-files': 'stats/*.json' }), 'svc', true)
    expect(merge.statsFiles).toEqual(['svc/stats/*.json'])
  })

  test('files from an artifact keep its layout: only the baseline moves', () => {
    const moved = inWorkingDirectory(
      settings({ predictions: 'predictions.csv', baseline: 'eval.json' }),
      'svc',
      false,
    )
    expect(moved.predictions).toEqual(['predictions.csv'])
    expect(moved.models.specs[0]!.patterns).toEqual(['predictions.csv'])
    expect(moved.baselinePath).toBe('svc/eval.json')
  })
})
