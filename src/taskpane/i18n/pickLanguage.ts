import type { Language } from "./texts";

/** English when Office's display language is English ("en-US", "en-GB"); Swedish otherwise. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "sv";
}
