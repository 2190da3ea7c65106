// The words every layer shares about an incident: governorates, precisions, event types.
import { z } from "zod";

export const GOVERNORATES = [
  "Aleppo",
  "Damascus",
  "Daraa",
  "Deir ez-Zor",
  "Hama",
  "Hasakah",
  "Homs",
  "Idlib",
  "Latakia",
  "Quneitra",
  "Raqqa",
  "Rif Dimashq",
  "Suwayda",
  "Tartus",
] as const;
export const Governorate = z.enum(GOVERNORATES);
export type Governorate = z.infer<typeof Governorate>;

export const DatePrecision = z.enum(["day", "week", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** How an incident was carried out (docs/labelling.md defines each). */
export const EVENT_TYPES = [
  "armed-clash",
  "ambush-raid",
  "ied-landmine",
  "suicide-car-bomb",
  "air-drone-strike",
  "shelling",
  "execution-abduction",
  "other",
] as const;
export const EventType = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventType>;

/** How a person reads each event type. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  "armed-clash": "Armed clash",
  "ambush-raid": "Ambush or raid",
  "ied-landmine": "IED or landmine",
  "suicide-car-bomb": "Suicide or car bomb",
  "air-drone-strike": "Air or drone strike",
  shelling: "Shelling",
  "execution-abduction": "Execution or abduction",
  other: "Other",
};

/** ACLED's geo precision: 1 the town itself, 2 near a town or a small area, 3 a governorate or region. */
export const GeoPrecision = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type GeoPrecision = z.infer<typeof GeoPrecision>;
