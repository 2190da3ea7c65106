import { describe, expect, it } from "vitest";
import { formatView, parseView, urlWithView } from "./view";

describe("the map view in the URL", () => {
  it("round-trips centre and zoom, rounded for a link", () => {
    const s = formatView({ lat: 35.123456, lon: 38.654321, zoom: 7.25 });
    expect(s).toBe("35.1235,38.6543,7.25");
    expect(parseView(s)).toEqual({ lat: 35.1235, lon: 38.6543, zoom: 7.25 });
  });

  it("ignores what cannot be a view", () => {
    for (const bad of [null, "", "35,38", "abc,1,7", "95,38,7", "35,38,2", "35,38,20", "35,38,7,1"]) expect(parseView(bad)).toBeNull();
  });

  it("keeps the filters when it sets the view", () => {
    expect(urlWithView("http://x/?province=Homs&year=2024#incidents", { lat: 34.7, lon: 36.7, zoom: 9 })).toBe(
      "/?province=Homs&year=2024&map=34.7,36.7,9#incidents",
    );
  });
});
