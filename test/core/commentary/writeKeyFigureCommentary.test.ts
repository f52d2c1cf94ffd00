import { analyse } from "../../helpers/analyse";
import * as F from "../../helpers/fixtureTables";

describe("writeKeyFigureCommentary on the fixtures", () => {
  it("001 Verksamhetsmått: Antal hushåll 291 → 162 is the largest change 2021–2022 (−44,3 %)", () => {
    expect(analyse(F.verksamhetsmatt()).commentary).toEqual([
      "Störst förändring 2021–2022 har Antal hushåll med försörjningsstöd under året, \u221244,3 procent (291 → 162).",
      "Förklaring: [skriv förklaringen]",
    ]);
  });
});
