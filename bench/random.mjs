// A fixed pseudo-random sequence (xorshift32), so that benchmark runs are comparable.
let seed = 0x2026_0217;

/** The next number of the sequence, in [0, 1). */
export function random() {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
}
