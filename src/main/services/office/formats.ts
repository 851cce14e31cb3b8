// The Office formats by extension, apart from their readers, so a Markdown talk loads none of them.

/** The document and presentation formats Sticky reads as talks, by extension. */
export const OFFICE_EXTENSIONS = ['.docx', '.odt', '.pptx', '.odp'];
/** Formats from before 2007 that Sticky cannot read, with what to do instead. */
export const OLD_OFFICE_EXTENSIONS = ['.doc', '.ppt'];
/** The presentation formats: each slide a section, the speaker notes spoken. */
export const PRESENTATION_EXTENSIONS = ['.pptx', '.odp'];
