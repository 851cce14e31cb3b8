import type { ApiServices } from './services';
import type { ApiHandlers } from './types';
import { UserError } from '../services/userError';

/** The calls that let the page read a recording the user picked ("Analyse a recording…"). */
export type RecordingFileMethod = 'openRecording' | 'readRecording' | 'closeRecording';

/** Reading a picked recording in parts: the page names a token main gave it, never a path. */
export function recordingFileApi(services: ApiServices): ApiHandlers<RecordingFileMethod> {
  const { recordingFiles } = services;
  return {
    openRecording: async () => {
      if (!services.pickRecordingFile) throw new UserError('bad-request', 'Recordings can only be chosen in the app.');
      const path = await services.pickRecordingFile();
      return path ? recordingFiles.openPicked(path) : null;
    },
    readRecording: async (token, offset, length) => (await recordingFiles.read(token, offset, length)).toString('base64'),
    closeRecording: (token) => recordingFiles.close(token),
  };
}
