// Works around prisma/orm#27403: @prisma/adapter-pg 6.x cannot decode the catalog types
// `"char"` (OID 18) and `name` (OID 19), which the WebAssembly schema engine reads while
// introspecting, so every migrate command fails. We have pg report them (and their arrays)
// as text before the adapter looks at the column types. Used by the Prisma CLI only.
import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const AS_TEXT: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };

type Field = { dataTypeID: number };
const proto = pg.Result.prototype as unknown as { addFields(fields: Field[]): void; __catalogPatched?: boolean };
if (!proto.__catalogPatched) {
  const addFields = proto.addFields;
  proto.addFields = function (this: unknown, fields: Field[]) {
    for (const f of fields) f.dataTypeID = AS_TEXT[f.dataTypeID] ?? f.dataTypeID;
    return addFields.call(this, fields);
  };
  proto.__catalogPatched = true;
}
