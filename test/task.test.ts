import { describe, expect, it } from 'vitest'
import { DEFAULT_METRICS } from '../src/core/catalogue.js'
import { InputError } from '../src/core/errors.js'
import { resolveTask, selectMetrics } from '../src/core/task.js'

describe('resolveTask without positive-label', () => {
  it.each([
    [['0', '1'], '1'],
    [['false', 'true'], 'true'],
    [['no', 'yes'], 'yes'],
    [['negative', 'positive'], 'positive'],
  ])('makes %j binary with positive class %j', (labels, positive) => {
    expect(resolveTask(labels, undefined)).toEqual({ kind: 'binary', positiveLabel: positive })
  })

  it('matches the pairs case-insensitively and keeps the spelling found', () => {
    expect(resolveTask(['False', 'True'], undefined)).toEqual({ kind: 'binary', positiveLabel: 'True' })
    expect(resolveTask(['NO', 'Yes'], undefined)).toEqual({ kind: 'binary', positiveLabel: 'Yes' })
    expect(resolveTask(['Negative', 'POSITIVE'], undefined)).toEqual({
      kind: 'binary',
      positiveLabel: 'POSITIVE',
    })
  })

  it('treats a single-class run of either member as binary, with the conventional spelling when absent', () => {
    expect(resolveTask(['1'], undefined)).toEqual({ kind: 'binary', positiveLabel: '1' })
    expect(resolveTask(['0'], undefined)).toEqual({ kind: 'binary', positiveLabel: '1' })
    expect(resolveTask(['No'], undefined)).toEqual({ kind: 'binary', positiveLabel: 'yes' })
    expect(resolveTask(['TRUE'], undefined)).toEqual({ kind: 'binary', positiveLabel: 'TRUE' })
  })

  it('leaves anything else multiclass, mixed pairs and case variants included', () => {
    expect(resolveTask(['a', 'b'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask(['0', '1', '2'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask(['1', 'true'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask(['no', 'true'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask(['cat'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask([], undefined)).toEqual({ kind: 'multiclass' })
    // Three distinct classes are never a pair, even when they all read as yes/no.
    expect(resolveTask(['no', 'yes', 'Yes'], undefined)).toEqual({ kind: 'multiclass' })
    expect(resolveTask(['no', 'No'], undefined)).toEqual({ kind: 'multiclass' })
  })
})

describe('resolveTask with positive-label', () => {
  it('makes a two-label or one-label task binary with that class', () => {
    expect(resolveTask(['cat', 'dog'], 'cat')).toEqual({ kind: 'binary', positiveLabel: 'cat' })
    expect(resolveTask(['0', '1'], '0')).toEqual({ kind: 'binary', positiveLabel: '0' })
    expect(resolveTask(['spam'], 'spam')).toEqual({ kind: 'binary', positiveLabel: 'spam' })
  })

  it('refuses a positive label that is not among the labels, counting them instead of quoting data', () => {
    expect(() => resolveTask(['cat', 'SECRETVAL'], 'Cat')).toThrowError(
      new InputError(
        'positive-label "Cat" is not among the 2 labels found (labels are compared exactly, case included)',
      ),
    )
  })

  it('refuses a positive label for three labels or more, naming no label', () => {
    expect(() => resolveTask(['a', 'b', 'c'], 'a')).toThrowError(
      /^positive-label makes the task binary, but 3 labels were found; remove positive-label to evaluate it as multiclass$/,
    )
    const many = Array.from({ length: 12 }, (_, i) => `c${i}`)
    expect(() => resolveTask(many, 'zz')).toThrowError(
      /^positive-label "zz" is not among the 12 labels found \(labels are compared exactly, case included\)$/,
    )
  })
})

describe('selectMetrics', () => {
  it('uses the task defaults when none are requested', () => {
    expect(selectMetrics(undefined, { kind: 'binary', positiveLabel: '1' }, 2)).toEqual([
      'accuracy',
      'precision',
      'recall',
      'f1',
    ])
    expect(selectMetrics([], { kind: 'multiclass' }, 3)).toEqual([
      'accuracy',
      'precision_macro',
      'recall_macro',
      'f1_macro',
    ])
    // A copy, not the catalogue's own list.
    expect(selectMetrics(undefined, { kind: 'multiclass' }, 3)).not.toBe(DEFAULT_METRICS.multiclass)
  })

  it('keeps the requested metrics in their order', () => {
    expect(selectMetrics(['f1', 'accuracy'], { kind: 'binary', positiveLabel: 'yes' }, 2)).toEqual([
      'f1',
      'accuracy',
    ])
    expect(selectMetrics(['f1_weighted', 'balanced_accuracy'], { kind: 'multiclass' }, 5)).toEqual([
      'f1_weighted',
      'balanced_accuracy',
    ])
  })

  it('refuses a binary metric on a multiclass task, naming the metric', () => {
    expect(() => selectMetrics(['accuracy', 'recall'], { kind: 'multiclass' }, 4)).toThrowError(
      /^metric "recall" needs a binary task, but 4 labels were found; use "recall_macro" \(or _micro\/_weighted\), or set positive-label for a two-label task$/,
    )
    expect(() => selectMetrics(['precision'], { kind: 'multiclass' }, 3)).toThrowError(InputError)
  })
})
