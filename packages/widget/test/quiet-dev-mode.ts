// Lit's development build warns once per page that it is in dev mode; every browser test file is a
// page of its own, so the warning would repeat for each. Marking it as issued before Lit loads keeps
// Lit's other warnings (which point at real mistakes) and drops only this one.
const scope = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
(scope.litIssuedWarnings ??= new Set()).add('dev-mode');

export {};
