import { createContext, useContext } from "react";
import { SV, type Language, type Texts } from "./texts";

export const TextsContext = createContext<{ readonly language: Language; readonly texts: Texts }>({
  language: "sv",
  texts: SV,
});

/** The pane's texts in the user's language, and which language that is. */
export function useTexts(): { readonly language: Language; readonly texts: Texts } {
  return useContext(TextsContext);
}
