import { findTotals } from "../../../src/core/compute/findTotals";
import { makeTable } from "../../helpers/makeTable";
import * as F from "../../helpers/fixtureTables";
import type { Total } from "../../../src/core/types";

/** Breakdowns as sorted lists of signed rows: -4 is row 4 subtracted. */
const signed = (total: Total | undefined) =>
  (total?.breakdowns ?? []).map((b) => b.map((p) => p.row * p.sign).sort((x, y) => x - y));
const at = (totals: readonly Total[], row: number) => totals.find((t) => t.row === row);

describe("findTotals on the fixtures", () => {
  it("000 Sociala myndighetsnämnden: Summa nettokostnad = Kostnader − Intäkter, and = the unit row 39", () => {
    const totals = findTotals(F.socialaMyndighetsnamnden(), "absolute");
    const total = at(totals, 7);
    expect(total?.unbalanced).toBe(false);
    expect(signed(total)).toHaveLength(2);
    expect(signed(total)).toContainEqual([-4, 5]);
    expect(signed(total)).toContainEqual([3]);
    expect(signed(total).flat()).not.toContain(6);
    expect(signed(total).flat()).not.toContain(-6);
  });

  it("000 Social omsorg: the four unit rows, and Kostnader − Intäkter, neither added to the other", () => {
    const totals = findTotals(F.socialOmsorg(), "absolute");
    const total = at(totals, 10);
    expect(total?.unbalanced).toBe(false);
    expect(signed(total)).toHaveLength(2);
    expect(signed(total)).toContainEqual([3, 4, 5, 6]);
    expect(signed(total)).toContainEqual([-7, 8]);
    expect(totals.map((t) => t.row)).toEqual([10]);
  });

  it("synthetic: Summa kostnader = the three cost lines; Resultat = Intäkter + Summa kostnader", () => {
    const totals = findTotals(F.synthetic(), "ledger");
    expect(signed(at(totals, 7))).toEqual([[4, 5, 6]]);
    expect(signed(at(totals, 8))).toEqual([[3, 7]]);
    expect(totals.every((t) => !t.unbalanced)).toBe(true);
  });

  it("003 Ekonomi: Nettokostnader = Kostnader − Intäkter; the Budget rows are not lines", () => {
    const totals = findTotals(F.ekonomi003(), "absolute");
    expect(totals).toHaveLength(1);
    expect(signed(at(totals, 5))).toEqual([[-3, 4]]);
  });

  it("001: Totalt adds up to none of its lines (its sign is missing): unbalanced, its lines kept", () => {
    const total = at(findTotals(F.ekonomiVerksamhet(), "result"), 8);
    expect(total?.unbalanced).toBe(true);
    expect(signed(total)).toEqual([[3, 4, 5, 6, 7]]);
  });

  it("key-figure tables have no totals", () => {
    expect(findTotals(F.verksamhetsmatt(), "ledger")).toEqual([]);
  });
});

describe("findTotals from the arithmetic", () => {
  const columns = [
    { header: "Budget 2024", role: "budget", year: 2024 },
    { header: "Utfall 2024", role: "outcome", year: 2024 },
  ] as const;

  it("finds an unlabelled row equal to the sum of the rows above it", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [100, 120] },
        { label: "Särskilt boende", kind: "net", values: [300, 280] },
        { label: "Äldreomsorg", kind: "net", values: [400, 400] },
      ],
    });
    expect(signed(at(findTotals(table, "ledger"), 5))).toEqual([[3, 4]]);
  });

  it("compares an unlabelled row with at most the 200 lines above it", () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        label: `Konto ${4000 + i}`,
        kind: "net" as const,
        values: [1, 1],
      }));
    const near = makeTable({
      columns: [...columns],
      rows: [...lines(200), { label: "Ansvar 1", kind: "net", values: [200, 200] }],
    });
    const far = makeTable({
      columns: [...columns],
      rows: [...lines(201), { label: "Ansvar 1", kind: "net", values: [201, 201] }],
    });
    // Rows start at 3 under the header: the unlabelled row is 203 and 204.
    expect(signed(at(findTotals(near, "ledger"), 203))[0]).toHaveLength(200);
    expect(at(findTotals(far, "ledger"), 204)).toBeUndefined();
  });

  it("does not take a row for a total when it matches in one column only", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [100, 120] },
        { label: "Särskilt boende", kind: "net", values: [300, 280] },
        { label: "LSS", kind: "net", values: [400, 390] },
      ],
    });
    expect(findTotals(table, "ledger")).toEqual([]);
  });

  it("stops at the previous section, and a grand total adds the section totals", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Äldreomsorg", kind: "section", values: [], section: "Äldreomsorg" },
        { label: "Hemtjänst", kind: "net", values: [100, 120], section: "Äldreomsorg" },
        { label: "Särskilt boende", kind: "net", values: [300, 280], section: "Äldreomsorg" },
        { label: "Summa äldreomsorg", kind: "total", values: [400, 400], section: "Äldreomsorg" },
        { label: "IFO", kind: "section", values: [], section: "IFO" },
        { label: "Försörjningsstöd", kind: "net", values: [50, 70], section: "IFO" },
        { label: "Placeringar", kind: "net", values: [80, 95], section: "IFO" },
        { label: "Summa IFO", kind: "total", values: [130, 165], section: "IFO" },
        { label: "Totalt", kind: "total", values: [530, 565], section: "IFO" },
      ],
    });
    const totals = findTotals(table, "ledger");
    expect(signed(at(totals, 6))).toEqual([[4, 5]]);
    expect(signed(at(totals, 10))).toEqual([[8, 9]]);
    expect(signed(at(totals, 11))).toEqual([[6, 10]]);
  });

  it("keeps a plain line that happens to equal the lines above a line when the Summa below needs it", () => {
    // Övrigt 3 000 / 3 000 is 1 000 + 2 000 and 1 100 + 1 900, but Summa 6 000 / 6 000 is
    // Hemtjänst + Boende + Övrigt only with Övrigt as a line (3 000 + 3 000 = 6 000).
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [1000, 1100] },
        { label: "Boende", kind: "net", values: [2000, 1900] },
        { label: "Övrigt", kind: "net", values: [3000, 3000] },
        { label: "Summa", kind: "total", values: [6000, 6000] },
      ],
    });
    const totals = findTotals(table, "ledger");
    expect(totals.map((t) => t.row)).toEqual([6]);
    expect(at(totals, 6)?.unbalanced).toBe(false);
    expect(signed(at(totals, 6))).toEqual([[3, 4, 5]]);
  });

  it("keeps an unlabelled subtotal that the Summa below adds up with", () => {
    // Äldreomsorg 400 = 100 + 300; Summa 450 = Äldreomsorg + LSS, not the lines counted twice.
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [100, 120] },
        { label: "Särskilt boende", kind: "net", values: [300, 280] },
        { label: "Äldreomsorg", kind: "net", values: [400, 400] },
        { label: "LSS", kind: "net", values: [50, 60] },
        { label: "Summa", kind: "total", values: [450, 460] },
      ],
    });
    const totals = findTotals(table, "ledger");
    expect(signed(at(totals, 5))).toEqual([[3, 4]]);
    expect(signed(at(totals, 7))).toEqual([[5, 6]]);
  });

  it("accepts a labelled total one unit off per term (rounding) as balanced", () => {
    const table = makeTable({
      columns: [...columns],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [100, 120] },
        { label: "Särskilt boende", kind: "net", values: [300, 280] },
        { label: "Summa", kind: "total", values: [401, 400] },
      ],
    });
    const total = at(findTotals(table, "ledger"), 5);
    expect(total?.unbalanced).toBe(false);
    expect(signed(total)).toEqual([[3, 4]]);
  });
});
