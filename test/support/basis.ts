/**
 * The explanation a deadline carries (`basis` of intakeDeadline and processingDeadline), read in tests.
 */

/** The codes of the steps of `r.basis`, in order. */
export function basisCodes(r: { basis: ReadonlyArray<{ code: string }> }): string[] {
  return r.basis.map((b) => b.code);
}
