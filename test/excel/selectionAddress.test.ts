import { selectCell, selectionAddress } from "../../src/excel";
import { installFake, syncsOf } from "./sampleHost";

describe("selectionAddress", () => {
  it("names the selected range with its sheet, in one request", async () => {
    const { host } = installFake({
      sheets: [
        {
          name: "Blad 1",
          cells: [
            ["Tkr", "Budget 2025"],
            ["Intäkter", 5],
          ],
        },
      ],
    });
    await selectCell("'Blad 1'!B2");
    const before = syncsOf(host);
    expect(await selectionAddress()).toBe("'Blad 1'!B2");
    expect(syncsOf(host) - before).toBe(1);
  });
});
