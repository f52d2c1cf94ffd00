import { makeStyles } from "@fluentui/react-components";

/**
 * Fluent's Select is as wide as its longest option unless told otherwise: in a 320 px pane an English
 * sign convention ran out of its card. `select` on a Select's root lets it, and the native <select> in
 * it, shrink to the width it is given (an option too long for it is cut with an ellipsis).
 */
export const useFitStyles = makeStyles({
  select: { minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
});
