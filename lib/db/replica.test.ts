import { describe, expect, it } from "vitest";
import { lsnValue } from "@/lib/db/replica";

describe("lsnValue", () => {
  it("orders WAL positions as PostgreSQL does (the high word first)", () => {
    expect(lsnValue("0/30170A8")).toBe(0x30170a8n);
    expect(lsnValue("1/0")! > lsnValue("0/FFFFFFFF")!).toBe(true);
    expect(lsnValue("16/b374d848")).toBe((0x16n << 32n) + 0xb374d848n);
  });

  it("refuses what is not a position (a cookie can hold anything)", () => {
    for (const v of ["", "0", "0/", "x/1", "1/2/3", "123456789/0", null, undefined]) expect(lsnValue(v)).toBeNull();
  });
});
