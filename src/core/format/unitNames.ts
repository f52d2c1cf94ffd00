import type { Unit } from "../types";

/** A table's unit as the command line and the pane name it, in Swedish and in English. */
export const UNIT_NAMES: Readonly<Record<"sv" | "en", Readonly<Record<Unit, string>>>> = {
  sv: {
    tkr: "tkr",
    kr: "kr",
    mnkr: "mnkr",
    mdkr: "mdkr",
    percent: "procent",
    count: "antal",
    months: "månader",
    other: "blandad",
  },
  en: {
    tkr: "tkr (thousand SEK)",
    kr: "SEK",
    mnkr: "mnkr (million SEK)",
    mdkr: "mdkr (billion SEK)",
    percent: "percent",
    count: "count",
    months: "months",
    other: "mixed",
  },
};
