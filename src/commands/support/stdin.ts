/** Standard input as text, read with a size limit: what is over it is not kept in memory. */
import {CliError} from '../../io/errors.js';
import {decodeText} from '../../io/read-text.js';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** All of standard input as UTF-8 text, or a CliError once it passes `maxBytes`. */
export function readStdin(maxBytes: number, label = 'standard input', stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (error?: Error) => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      if (error) {
        stream.pause();
        reject(error);
        return;
      }
      try {
        resolve(decodeText(Buffer.concat(chunks), label));
      } catch (decodeError) {
        reject(decodeError as Error);
      }
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) return done(new CliError(`${label}: more than ${mb(maxBytes)}; reports over ${mb(maxBytes)} are refused`));
      chunks.push(buffer);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(new CliError(`${label}: cannot read: ${error.message}`));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
}
