import { computeKeyFigures } from "../../../src/core/compute/computeKeyFigures";
import { computeTrends } from "../../../src/core/compute/computeTrends";
import * as F from "../../helpers/fixtureTables";

describe("computeKeyFigures", () => {
  const changes = computeKeyFigures(F.verksamhetsmatt());
  const change = (row: number, fromYear: number) =>
    changes.find((k) => k.row === row && k.fromYear === fromYear)!;

  it("Antal hushåll 291 → 162 (2021 → 2022) is −129, −44,3 %", () => {
    expect(change(7, 2021)).toMatchObject({ toYear: 2022, from: 291, to: 162, change: -129 });
    expect(change(7, 2021).changePercent).toBeCloseTo(-44.33, 2);
  });
  it("Försörjningsstöd, belopp 9 323 → 5 489 is −3 834 tkr, −41,1 %", () => {
    expect(change(6, 2021)).toMatchObject({ change: -3834, unit: "tkr" });
    expect(change(6, 2021).changePercent).toBeCloseTo(-41.125, 2);
  });
  it("Beläggningsgrad totalt 80 → 81 is +1 procentenhet", () => {
    expect(change(4, 2021)).toMatchObject({ change: 1, changePoints: 1, unit: "percent" });
    expect(change(6, 2021).changePoints).toBeUndefined();
  });
  it("reads decimals: bidragstid 5,8 → 3,8 is −2 months", () => {
    expect(change(8, 2021).change).toBe(-2);
  });
  it("Antal hushåll is the largest relative change 2021 → 2022", () => {
    const last = changes.filter((k) => k.fromYear === 2021);
    const largest = [...last].sort((a, b) => Math.abs(b.changePercent!) - Math.abs(a.changePercent!))[0];
    expect(largest?.row).toBe(7);
  });
  it("003 Nyckeltal, newest year first: 1 666 → 1 345 (2019 → 2020) is −321, −19,3 %", () => {
    const k = computeKeyFigures(F.nyckeltal003()).find((x) => x.row === 3 && x.fromYear === 2019)!;
    expect(k).toMatchObject({ toYear: 2020, from: 1666, to: 1345, change: -321 });
    expect(k.changePercent).toBeCloseTo(-19.27, 2);
  });
  it("003 Ekonomi orders by year, not by column: Nettokostnader 2018 → 2019 → 2020", () => {
    const net = computeKeyFigures(F.ekonomi003()).filter((k) => k.row === 5);
    expect(net.map((k) => [k.fromYear, k.toYear])).toEqual([
      [2018, 2019],
      [2019, 2020],
    ]);
    expect(net[1]?.change).toBe(129008 - 122863);
  });
});

describe("computeTrends", () => {
  const trends = computeTrends(F.verksamhetsmatt());
  it("Antal brukare rises 230 … 302: slope 19,5 a year by least squares", () => {
    // x = -2..2, y = 230 235 270 286 302: Σxy = -460 - 235 + 0 + 286 + 604 = 195, Σx² = 10.
    expect(trends.find((t) => t.row === 3)).toMatchObject({
      direction: "up",
      slopePerYear: 19.5,
      fromYear: 2018,
      toYear: 2022,
    });
  });
  it("003 Nyckeltal: Försörjningsstöd 1 456, 1 666, 1 345 from 2018: slope (1 345 − 1 456) / 2 = −55,5", () => {
    expect(computeTrends(F.nyckeltal003()).find((t) => t.row === 3)).toMatchObject({
      slopePerYear: -55.5,
      direction: "down",
    });
  });
});
