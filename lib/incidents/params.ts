// Request parameters as data: a zod item schema, whether it may repeat, and its documentation.
// Query strings, the OpenAPI document and the pages' URLs are read through these.
import { z } from "zod";
import { isoDate } from "./fields";
import { storableString } from "./text";

export interface ParamSpec {
  item: z.ZodType<unknown, string>;
  many: boolean;
  description: string;
  example?: string;
}

/** A parameter that may be given several times (`?province=Homs&province=Raqqa`). */
export const many = <T extends z.ZodType<unknown, string>>(item: T, description: string, example?: string) => ({
  item,
  many: true as const,
  description,
  example,
});
/** A parameter given at most once. */
export const one = <T extends z.ZodType<unknown, string>>(item: T, description: string, example?: string) => ({
  item,
  many: false as const,
  description,
  example,
});

/** A whole number within bounds, read from a query string. */
export const intInRange = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    // The OpenAPI document describes what the text stands for, an integer, not a string pattern.
    .meta({ type: "integer", minimum: min, maximum: max });

/** A date as YYYY-MM-DD that exists in the calendar, read from a query string. */
export const isoDateParam = isoDate;

export const textParam = storableString().trim().min(1, "must not be empty").max(200, "too long");

type ItemOut<T extends ParamSpec> = z.output<T["item"]>;
/** What a table of parameters parses into: arrays for repeatable ones, a value or undefined for the others. */
export type ParsedParams<T extends Record<string, ParamSpec>> = { [P in keyof T]: T[P]["many"] extends true ? ItemOut<T[P]>[] : ItemOut<T[P]> | undefined };

/** A zod object for parameters given as { key: string[] }: repeated keys arrive as arrays. */
export function paramsObject<T extends Record<string, ParamSpec>>(specs: T): z.ZodType<ParsedParams<T>, Record<string, string[]>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(specs)) {
    shape[name] = spec.many
      ? z.array(spec.item).max(50, "too many values").default([])
      : z
          .array(z.string())
          .max(1, "give this parameter once")
          .default([])
          .transform((v) => v[0])
          .pipe(spec.item.optional());
  }
  return z.object(shape) as unknown as z.ZodType<ParsedParams<T>, Record<string, string[]>>;
}

/** URLSearchParams (or Next's searchParams object) to { key: string[] } so repeated keys survive. */
export function paramsToArrays(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) (out[k] ??= []).push(v);
  } else {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      out[k] = Array.isArray(v) ? v : [v];
    }
  }
  return out;
}
