// What the domain and the database layer throw when a request cannot be done: a kind, a
// message for the person, and the parameter at fault. Only lib/api/errors.ts turns a kind into
// an HTTP status.
export type DomainErrorKind = "invalid" | "not_found" | "conflict" | "unauthorized" | "forbidden";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly param?: string,
    /** More for the client to act on, in the error body beside the message (a 409's current values). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const invalid = (message: string, param?: string) => new DomainError("invalid", message, param);
export const notFound = (message: string, param?: string) => new DomainError("not_found", message, param);
export const conflict = (message: string, param?: string, details?: Record<string, unknown>) => new DomainError("conflict", message, param, details);
export const unauthorized = (message: string) => new DomainError("unauthorized", message);
export const forbidden = (message: string) => new DomainError("forbidden", message);
