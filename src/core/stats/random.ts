/**
 * A seeded pseudo-random generator and exact binomial / multinomial samplers. Everything here runs on 32-bit
 * integer arithmetic (`Math.imul`, `>>>`) and IEEE doubles, so a seed gives the same stream on every platform.
 */

/** xoshiro128** (Blackman & Vigna), seeded through splitmix32. Period 2^128 − 1. */
export class Random {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  /** A generator from a seed: an integer (any 53-bit safe integer) or a string (hashed). */
  constructor(seed: number | string = 0) {
    let state = typeof seed === 'string' ? hashString(seed) : seedFromNumber(seed)
    const next = (): number => {
      state = (state + 0x9e3779b9) | 0
      let z = state
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.s0 = next()
    this.s1 = next()
    this.s2 = next()
    this.s3 = next()
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9)
    const t = s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result >>> 0
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const high = this.nextUint32() >>> 5 // 27 bits
    const low = this.nextUint32() >>> 6 // 26 bits
    return (high * 67108864 + low) / 9007199254740992
  }

  /** An independent generator for a sub-task, derived from this one's stream. */
  fork(): Random {
    return new Random(this.nextUint32() * 2097152 + (this.nextUint32() >>> 11))
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

function seedFromNumber(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`)
  const low = seed >>> 0
  const high = Math.floor(Math.abs(seed) / 4294967296) >>> 0
  return (Math.imul(high ^ (seed < 0 ? 0x5bd1e995 : 0), 0x27d4eb2d) ^ low) | 0
}

/** FNV-1a over the UTF-16 code units of a string. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash | 0
}

const LOG_FACTORIAL_TABLE_SIZE = 1024
const LOG_FACTORIALS = (() => {
  const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE)
  for (let k = 2; k < LOG_FACTORIAL_TABLE_SIZE; k++) table[k] = table[k - 1]! + Math.log(k)
  return table
})()
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI)

/** ln(k!) for an integer k ≥ 0: a table below 1024, Stirling's series (error < 1e-16 there) above. */
export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE_SIZE) return LOG_FACTORIALS[k]!
  const x = k + 1
  const inverse = 1 / x
  const inverse2 = inverse * inverse
  return (
    (x - 0.5) * Math.log(x) -
    x +
    HALF_LOG_2PI +
    inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)))
  )
}

/**
 * One draw from Binomial(n, p), exactly: inversion (sequential search of the CDF, O(n·p) steps) when
 * n·min(p, 1−p) < 10, else Hörmann's transformed rejection with squeeze (BTRS, 1993), O(1) expected per draw.
 */
export function binomial(random: Random, n: number, p: number): number {
  if (!(n >= 0) || !Number.isInteger(n))
    throw new RangeError(`binomial: n must be a non-negative integer, got ${n}`)
  if (!(p >= 0 && p <= 1)) throw new RangeError(`binomial: p must be in [0, 1], got ${p}`)
  if (n === 0 || p === 0) return 0
  if (p === 1) return n
  if (p > 0.5) return n - binomialLow(random, n, 1 - p)
  return binomialLow(random, n, p)
}

/** Binomial(n, p) for 0 < p ≤ 0.5. */
function binomialLow(random: Random, n: number, p: number): number {
  return n * p < 10 ? binomialInversion(random, n, p) : binomialBtrs(random, n, p)
}

function binomialInversion(random: Random, n: number, p: number): number {
  const q = 1 - p
  const s = p / q
  const a = (n + 1) * s
  const r0 = Math.exp(n * Math.log1p(-p))
  for (;;) {
    let u = random.nextDouble()
    let r = r0
    let x = 0
    while (u > r) {
      u -= r
      x++
      if (x > n) break
      r *= a / x - s
    }
    if (x <= n) return x
    // Rounding left u above the whole CDF (probability ~1e-16): draw again.
  }
}

function binomialBtrs(random: Random, n: number, p: number): number {
  const spq = Math.sqrt(n * p * (1 - p))
  const b = 1.15 + 2.53 * spq
  const a = -0.0873 + 0.0248 * b + 0.01 * p
  const c = n * p + 0.5
  const vr = 0.92 - 4.2 / b
  const alpha = (2.83 + 5.1 / b) * spq
  const lpq = Math.log(p / (1 - p))
  const m = Math.floor((n + 1) * p)
  const h = logFactorial(m) + logFactorial(n - m)
  for (;;) {
    const u = random.nextDouble() - 0.5
    let v = random.nextDouble()
    const us = 0.5 - Math.abs(u)
    const k = Math.floor(((2 * a) / us + b) * u + c)
    if (k < 0 || k > n) continue
    if (us >= 0.07 && v <= vr) return k
    v = Math.log((v * alpha) / (a / (us * us) + b))
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k
  }
}

/**
 * One draw from Multinomial(n, weights / Σweights) by conditional binomials, written into `out` (same length as
 * `weights`). Weights are non-negative (typically counts); cells of weight 0 get 0. Returns `out`.
 */
export function multinomial(
  random: Random,
  n: number,
  weights: ArrayLike<number>,
  out: Float64Array | number[] = new Float64Array(weights.length),
): Float64Array | number[] {
  let mass = 0
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!
    if (!(w >= 0)) throw new RangeError(`multinomial: weights must be non-negative, got ${w}`)
    mass += w
  }
  if (n > 0 && !(mass > 0)) throw new RangeError('multinomial: the weights sum to 0')
  let remaining = n
  let last = -1
  for (let i = weights.length - 1; i >= 0; i--)
    if (weights[i]! > 0) {
      last = i
      break
    }
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!
    if (w === 0 || remaining === 0) {
      out[i] = 0
      continue
    }
    if (i === last) {
      out[i] = remaining
      remaining = 0
      continue
    }
    const x = binomial(random, remaining, Math.min(1, w / mass))
    out[i] = x
    remaining -= x
    mass -= w
  }
  return out
}
