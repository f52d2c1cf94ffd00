import type { Forecast } from "../types";

/** A forecast already in the table: kept as the user wrote it. */
export function forecastManual(value: number): Forecast {
  return {
    method: "manual",
    value,
    explanation: "Manuell prognos: tabellens egen siffra behålls oförändrad.",
  };
}
