import { LAST_ERROR_KEY, clearRibbonError, readWorkbook } from "../../src/excel";
import { readFakeWorkbook } from "../fakes/readFakeWorkbook";
import { installFake, syncsOf } from "./sampleHost";

const failure = { sv: "Arbetsboken är låst.", en: "The workbook is locked.", at: "2026-11-25T08:00:00.000Z" };
const sheets = [
  {
    name: "Blad1",
    cells: [
      ["Tkr", "Budget 2025", "Utfall 2025"],
      ["Intäkter", -100, -90],
    ],
  },
];

describe("the ribbon button's last failure, for the pane", () => {
  it("is read with the workbook, in the same request (one sheet, read whole with the sheet list)", async () => {
    const { host } = installFake({ sheets, settings: { [LAST_ERROR_KEY]: JSON.stringify(failure) } });
    const contents = await readWorkbook();
    expect(contents.ribbonError).toEqual({ sv: failure.sv, en: failure.en });
    expect(syncsOf(host)).toBe(1);
  });

  it("is absent when the button has not failed, or left something unreadable", async () => {
    installFake({ sheets });
    expect((await readWorkbook()).ribbonError).toBeUndefined();
    installFake({ sheets, settings: { [LAST_ERROR_KEY]: "{not json" } });
    expect((await readWorkbook()).ribbonError).toBeUndefined();
  });

  it("is forgotten once the pane has shown it", async () => {
    const { host } = installFake({ sheets, settings: { [LAST_ERROR_KEY]: JSON.stringify(failure) } });
    await clearRibbonError();
    expect(readFakeWorkbook(host).settings[LAST_ERROR_KEY]).toBeUndefined();
    await clearRibbonError(); // nothing left to forget: no error
    expect((await readWorkbook()).ribbonError).toBeUndefined();
  });
});
