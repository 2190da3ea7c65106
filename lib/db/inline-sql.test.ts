import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/client";
import { inlineSql } from "@/lib/db/inline-sql";

describe("inlineSql", () => {
  it("writes booleans, numbers and strings as literals in place of the parameters", () => {
    const q = Prisma.sql`SELECT 1 WHERE a = ${true} AND b >= ${-3} AND c IN (${Prisma.join(["Homs", "Dar'a"])}) AND d >= ${"2016-01-01"}::date`;
    expect(inlineSql(q)).toBe(`SELECT 1 WHERE a = TRUE AND b >= (-3) AND c IN ('Homs','Dar''a') AND d >= '2016-01-01'::date`);
  });

  it("escapes quotes and backslashes so a value cannot end its literal", () => {
    const q = Prisma.sql`x = ${"a\\'; DROP TABLE t; --"}`;
    expect(inlineSql(q)).toBe(`x =  E'a\\\\''; DROP TABLE t; --'`);
  });

  it("refuses values it cannot write safely", () => {
    expect(() => inlineSql(Prisma.sql`x = ${Number.NaN}`)).toThrow(TypeError);
    expect(() => inlineSql(Prisma.sql`x = ${new Date(0)}`)).toThrow(TypeError);
    expect(() => inlineSql(Prisma.sql`x = ${{ a: 1 }}`)).toThrow(TypeError);
  });
});
