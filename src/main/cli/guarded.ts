import { asUserError } from '../services/userError';
import { EXIT } from './exitCodes';
import { withoutControls } from './safeText';

/** Where a command writes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs a command's work, turning a user's problem into exit 1 and a defect into exit 4 with what to report. */
export async function guarded(io: CliIo, fileNow: () => string, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    const file = fileNow();
    const plain = asUserError(error);
    if (plain) {
      io.err(`sticky: ${withoutControls(file)}: ${withoutControls(plain.message)}`);
      return EXIT.unreadable;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(
      `sticky: ${withoutControls(file)}: internal error in Sticky, please report it (with the talk if you can share it):\n${withoutControls(detail)}`,
    );
    return EXIT.internal;
  }
}
