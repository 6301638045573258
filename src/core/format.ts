/** Decimals shown for every metric value and delta, so columns line up and runs compare at a glance. */
export const DECIMALS = 4

/** A metric value, e.g. `0.8123`; `—` when there is none. */
export function formatValue(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(DECIMALS)
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
