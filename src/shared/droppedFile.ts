/**
 * The channel on which the preload tells the main process the path of a file the user dropped
 * (read with webUtils.getPathForFile, so the page cannot name it). Not part of window.sticky.
 */
export const DROPPED_PATH_CHANNEL = 'sticky:dropped-path';
