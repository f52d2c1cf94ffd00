/** `npm run sample`: writes the bundled sample workbook from the fixtures in test/fixtures. */
import { mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { buildSampleWorkbook } from "./buildSampleWorkbook";

export const SAMPLE_PATH = join(__dirname, "..", "assets", "sample", "uppfoljning-exempel.xlsx");

async function makeSample(): Promise<void> {
  mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
  await buildSampleWorkbook().xlsx.writeFile(SAMPLE_PATH);
  process.stdout.write(`Skrev ${relative(process.cwd(), SAMPLE_PATH)}\n`);
}

if (require.main === module) {
  makeSample().catch((error: unknown) => {
    process.stderr.write(
      `Kunde inte skriva exempelfilen: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
