// The benchmark's log line, and the one error it prints without a stack.
export const log = (s: string) => console.log(`[bench:api] ${s}`);

/** A mistake on the command line: its message is the whole story, no stack trace. */
export class UsageError extends Error {}
