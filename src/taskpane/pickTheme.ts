import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black – 1 white) of "#rrggbb"; undefined for anything else. */
function luminance(colour: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** Fluent's dark theme when Office's body background is dark, the light one otherwise (and when Office says nothing). */
export function pickTheme(bodyBackgroundColor: string | undefined): Theme {
  const l = bodyBackgroundColor === undefined ? undefined : luminance(bodyBackgroundColor);
  return l !== undefined && l < 0.2 ? webDarkTheme : webLightTheme;
}
