/** Decimals shown for every metric value and delta, so columns line up and runs compare at a glance. */
export const DECIMALS = 4

/** A metric value, e.g. `0.8123`, `−0.2500` with a real minus sign; `—` when there is none. */
export function formatValue(value: number | undefined): string {
  if (value === undefined) return '—'
  const text = Math.abs(value).toFixed(DECIMALS)
  // A value that rounds to zero shows no sign: `-0.0000` would read as a negative.
  return value < 0 && Number(text) !== 0 ? `\u2212${text}` : text
}

/** A signed change with a real minus sign, e.g. `+0.0120`, `−0.0213`, `±0.0000` for no change at this precision. */
export function formatDelta(delta: number | undefined): string {
  if (delta === undefined) return '—'
  const text = Math.abs(delta).toFixed(DECIMALS)
  if (Number(text) === 0) return `±${text}`
  return `${delta < 0 ? '\u2212' : '+'}${text}`
}

/** A whole count with thousands separators, e.g. `12,345`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US')
}
