import { classifyLabel } from "../../../src/core/parse/classifyLabel";

describe("classifyLabel: a line's kind and unit from its label", () => {
  it.each([
    ["Intäkter", "revenue"],
    ["Externa intäkter", "revenue"],
    ["Hyresintäkter", "revenue"],
    ["Bidrag", "revenue"],
    ["Statsbidrag", "revenue"],
    ["Riktade statsbidrag", "revenue"],
    ["Avgifter", "revenue"],
    ["Taxor och avgifter", "revenue"],
    ["Kostnader", "cost"],
    ["Personalkostnader", "cost"],
    ["Köp av verksamhet", "cost"],
    ["Övriga kostnader", "cost"],
    ["Lokalkostnader", "cost"],
    ["Sociala avgifter", "cost"],
    ["Lämnade bidrag", "cost"],
    ["33. Individ- och familjeomsorg", "net"],
    ["Förvaltningsgemensamt", "net"],
    ["Äldreomsorg", "net"],
    ["Summa nettokostnad", "total"],
    ["Summa kostnader", "total"],
    ["Totalt", "total"],
    ["Total", "total"],
    ["Resultat", "total"],
    ["Nettokostnader", "total"],
    ["Nettokostnad", "total"],
    ["Netto", "total"],
    ["Därav kapitalkostnader", "ofWhich"],
    ["varav statsbidrag", "ofWhich"],
    ["* Exklusive semesterlöneskuld", "note"],
    ["¹ Exklusive moms", "note"],
    ["† Avser helår", "note"],
    ["Not 3", "note"],
    ["Källa: Kolada", "note"],
  ])("%j is %s", (label, kind) => expect(classifyLabel(label).kind).toBe(kind));

  it.each([
    ["Beläggningsgrad totalt, i genomsnitt, %", "percent"],
    ["Andel heltidsarbetande i förvaltningen, %", "percent"],
    ["Försörjningsstöd, belopp, tkr", "tkr"],
    ["Försörjningsstöd, nettokostnad, Tkr", "tkr"],
    ["Kostnad per brukare, mnkr", "mnkr"],
    ["Investeringar, mkr", "mnkr"],
    ["Genomsnittlig bidragstid med försörjningsstöd, månader", "months"],
    ["Antal hushåll med försörjningsstöd under året", "count"],
    ["Socialpsykiatri, antal insatser daglig sysselsättning", "count"],
    ["Antal brukare i hemtjänst (exklusive larm, mattjänst)", "count"],
  ])("%j is in %s", (label, unit) => expect(classifyLabel(label).unit).toBe(unit));

  it("names no unit where the label has none", () =>
    expect(classifyLabel("Äldreomsorg").unit).toBeUndefined());
});
