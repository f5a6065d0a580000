/** Holds code that must type-check (or fail to) but must never run: the type tests' wrapper. */
export function typeOnly(_body: () => void): void {}
