import { createInterface } from 'node:readline';

/**
 * Reads a secret from standard input: piped text as is, or typed at a hidden
 * prompt. Never from argv, where it would land in shell history and `ps`.
 */
export async function readSecret(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8').trim();
  }
  output.write(prompt);
  const reader = createInterface({ input, output, terminal: true });
  // Echo nothing while the secret is typed.
  (reader as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => reader.question('', resolve));
  reader.close();
  output.write('\n');
  return answer.trim();
}
