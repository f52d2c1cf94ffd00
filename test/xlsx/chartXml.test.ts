import { seriesRef } from "../../src/xlsx/chartXml";

describe("seriesRef", () => {
  it("joins cells that follow each other into a block", () => {
    expect(seriesRef("'Delår'!$A$7,'Delår'!$A$8,'Delår'!$A$9")).toBe("'Delår'!$A$7:$A$9");
  });
  it("keeps cells with gaps as a union in parentheses", () => {
    expect(seriesRef("Blad1!$D$7,Blad1!$D$9")).toBe("(Blad1!$D$7,Blad1!$D$9)");
  });
  it("keeps a single cell as it is, and a sheet name with a comma whole", () => {
    expect(seriesRef("Blad1!$D$7")).toBe("Blad1!$D$7");
    expect(seriesRef("'Resultat, delår'!$A$7,'Resultat, delår'!$A$8")).toBe("'Resultat, delår'!$A$7:$A$8");
  });
});
