import { describeExcelError, ExcelHostError, toUserMessage } from "../../src/excel";
import { FakeOfficeError } from "../fakes/fakeErrors";

const CODES = [
  "InvalidOperationInCellEditMode",
  "ItemNotFound",
  "ItemAlreadyExists",
  "AccessDenied",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "ApiNotFound",
  "InvalidArgument",
  "GeneralException",
  "SomethingNew",
];

describe("error messages", () => {
  it.each(CODES)("turn an Office error %s into a Swedish and an English message", (code) => {
    const message = describeExcelError(new FakeOfficeError(code, "x"));
    expect(message?.sv).toMatch(/[åäö]|försök/i);
    expect(message?.en).toMatch(/try again/i);
    expect(message?.sv).not.toBe(message?.en);
  });

  it("say what to do for the common ones", () => {
    expect(toUserMessage({ code: "InvalidOperationInCellEditMode" }).sv).toContain("Tryck Enter eller Esc");
    expect(toUserMessage({ code: "AccessDenied" }).sv).toContain("Ta bort skydd");
  });

  it("keep our own errors' messages and causes", () => {
    const cause = new FakeOfficeError("ItemNotFound", "gone");
    const error = new ExcelHostError("name-clash", { sv: "Byt namn.", en: "Rename." }, { cause });
    expect(describeExcelError(error)).toEqual({ sv: "Byt namn.", en: "Rename." });
    expect(error.cause).toBe(cause);
  });

  it("leave an unknown error to the pane, and still give a message for it", () => {
    expect(describeExcelError(new TypeError("x is undefined"))).toBeUndefined();
    expect(toUserMessage(new TypeError("x is undefined")).sv).toBe(
      "Något gick fel: x is undefined. Försök igen; kvarstår felet, kontakta den som installerade tillägget.",
    );
  });
});
