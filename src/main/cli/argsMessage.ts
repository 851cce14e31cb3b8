/**
 * A parseArgs failure in plain words: an unknown option is named ("unknown option --wat"), not
 * explained with Node's advice about "--" (whose quotes do not balance); any other keeps its message.
 */
export function argsMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text;
  // Node's message quotes the option first: "Unknown option '--wat'. To specify …".
  const start = text.indexOf("'");
  const end = start < 0 ? -1 : text.indexOf("'", start + 1);
  const option = end > start ? text.slice(start + 1, end) : '';
  return option ? `unknown option ${option}.` : 'unknown option.';
}
