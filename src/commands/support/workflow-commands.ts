/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), escaped the way
 * the runner unescapes them, so that no text of a report (a line break, a `::`) can end one
 * annotation and start another command.
 */

/** The message part: %, CR and LF escaped. */
export const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A property value: also `:` and `,`, which end a property. */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export type Annotation = {level: 'error' | 'warning' | 'notice'; file?: string | undefined; line?: number | undefined; title?: string | undefined; message: string};

/** One workflow command line, ending in a line feed. */
export function workflowCommand({level, file, line, title, message}: Annotation): string {
  const props = [
    file === undefined ? null : `file=${escapeProperty(file)}`,
    line === undefined ? null : `line=${line}`,
    title === undefined ? null : `title=${escapeProperty(title)}`,
  ].filter((p) => p !== null);
  return `::${level}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}\n`;
}
