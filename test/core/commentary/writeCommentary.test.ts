import { writeCommentary } from "../../../src/core/commentary/writeCommentary";
import { analyse } from "../../helpers/analyse";
import * as F from "../../helpers/fixtureTables";
import { makeTable } from "../../helpers/makeTable";

const text = (sentences: readonly string[]) => sentences.join(" ");

describe("writeCommentary on the fixtures", () => {
  it("000 Sociala myndighetsnämnden: the report's own sentence, 8 814 tkr as 8,8 mnkr", () => {
    expect(analyse(F.socialaMyndighetsnamnden()).commentary).toContain(
      "Årets resultat för sociala myndighetsnämnden var ett underskott på 8,8 mnkr.",
    );
  });
  it("000 Social omsorg: under 1 mnkr in tusen kronor", () => {
    expect(analyse(F.socialOmsorg()).commentary).toContain(
      "Årets resultat för social omsorg var ett underskott på 165 tusen kronor.",
    );
  });
  it("003 Ekonomi: a surplus of 2,7 mnkr, 2 719 / 131 727 = 2,1 procent of the net budget", () => {
    const sentences = analyse(F.ekonomi003()).commentary;
    expect(sentences).toContain("Årets resultat för ekonomi var ett överskott på 2,7 mnkr.");
    expect(sentences).toContain("Det motsvarar 2,1 procent av nettobudgeten.");
  });
  it("001: the deficit of the lines (−2 036), not the sign-less Totalt's apparent surplus", () => {
    const sentences = analyse(F.ekonomiVerksamhet()).commentary;
    expect(sentences).toContain("Årets resultat för ekonomi – verksamhet var ett underskott på 2,0 mnkr.");
    expect(text(sentences)).toContain("Störst negativ avvikelse har Äldreomsorg, −5,1 mnkr.");
    expect(text(sentences)).toContain("Störst positiv avvikelse har Individ– och familjeomsorg, +2,7 mnkr.");
  });
  it("synthetic: the period's deficit, the forecast's, and the largest lines (not totals)", () => {
    const sentences = analyse(F.synthetic()).commentary;
    expect(sentences).toContain("Periodens resultat är ett underskott om 6,8 mnkr.");
    // Budget profile: the rest of the year as budgeted, so the full year ends where the period does.
    expect(sentences).toContain("Helårsprognosen pekar mot ett underskott om 6,8 mnkr.");
    expect(sentences).toContain("Störst negativ avvikelse har Köp av verksamhet, −7,3 mnkr.");
    expect(sentences).toContain("Störst positiv avvikelse har Personalkostnader, +1,1 mnkr.");
  });
  it("run-rate forecast of the synthetic table: 165 000 − 175 200 = a 10,2 mnkr deficit", () => {
    // Lines × 12/8: Intäkter −27 750, Personal 118 350, Köp 70 950, Övriga 13 650 → 175 200 net.
    const sentences = analyse(F.synthetic(), { method: "run-rate" }).commentary;
    expect(sentences).toContain("Helårsprognosen pekar mot ett underskott om 10,2 mnkr.");
  });
  it("always leaves the cause to a person", () => {
    for (const make of [F.socialOmsorg, F.synthetic, F.ekonomi003]) {
      expect(analyse(make()).commentary).toContain("Orsak: [skriv orsaken]");
    }
  });
});

describe("writeCommentary edge cases", () => {
  it("a table without title or total gives the result of its lines summed, and names the largest lines", () => {
    const table = makeTable({
      columns: [
        { header: "Budget 2024", role: "budget", year: 2024 },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
      ],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [1000, 1250] },
        { label: "LSS", kind: "net", values: [800, 700] },
      ],
    });
    const t = analyse(table);
    // Hemtjänst 1 000 − 1 250 = −250, LSS 800 − 700 = +100: −150 in all.
    expect(writeCommentary(t)).toEqual([
      "Årets resultat, räknat som summan av tabellens rader, var ett underskott på 150 tusen kronor.",
      "Störst positiv avvikelse har LSS, +100 tusen kronor.",
      "Störst negativ avvikelse har Hemtjänst, −250 tusen kronor.",
      "Orsak: [skriv orsaken]",
    ]);
  });
  it("an interim table without a total: the period's result of its lines summed", () => {
    const table = makeTable({
      title: "Äldreomsorg",
      columns: [
        { header: "Budget jan-aug 2025", role: "budget", year: 2025, toMonth: 8 },
        { header: "Utfall jan-aug 2025", role: "outcome", year: 2025, toMonth: 8 },
        { header: "Budget 2025", role: "budget", year: 2025 },
      ],
      rows: [
        { label: "Hemtjänst", kind: "net", values: [8000, 8600, 12000] },
        { label: "Särskilt boende", kind: "net", values: [16000, 15800, 24000] },
      ],
    });
    // −600 + 200 = −400 tkr.
    expect(analyse(table).commentary[0]).toBe(
      "Periodens resultat, räknat som summan av tabellens rader, är ett underskott om 400 tusen kronor.",
    );
  });
  it("a budget table whose budget column is empty throughout says so and leaves the comment to a person", () => {
    const table = makeTable({
      columns: [
        { header: "Budget 2024", role: "budget", year: 2024 },
        { header: "Utfall 2024", role: "outcome", year: 2024 },
      ],
      rows: [
        { label: "A", kind: "net", values: [null, 1100] },
        { label: "B", kind: "net", values: [null, 1900] },
      ],
    });
    expect(analyse(table).commentary).toEqual([
      "Budgeten saknas på alla rader, så ingen avvikelse mot budget kan räknas fram.",
      "Kommentar: [skriv kommentaren]",
    ]);
  });
  it("a key-figure table has no commentary on results", () => {
    expect(text(analyse(F.verksamhetsmatt()).commentary)).not.toMatch(/resultat|avvikelse/i);
  });
});
