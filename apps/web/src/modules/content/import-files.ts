/** The API's limit per file; larger files are flagged here rather than uploaded to be refused. */
export const MAX_ARTICLE_FILE_BYTES = 1024 * 1024;

const ACCEPTED = /\.(md|markdown|txt)$/i;
export const acceptedExtensions = '.md,.markdown,.txt';

/** A picked file: its text when it can be imported, or why it cannot. */
export type PickedFile = { name: string; size: number; content: string; problem: null } | { name: string; size: number; content: null; problem: string };

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file's text, as UTF-8. FileReader rather than Blob.text(), which older browsers (and jsdom) lack. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/** Reads the files as text, flagging those that are too large or not markdown or text without reading them. */
export async function readPickedFiles(files: File[]): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (file): Promise<PickedFile> => {
      const base = { name: file.name, size: file.size };
      if (!ACCEPTED.test(file.name)) return { ...base, content: null, problem: 'Not a .md, .markdown or .txt file' };
      if (file.size > MAX_ARTICLE_FILE_BYTES) return { ...base, content: null, problem: `Too large (${fileSize(file.size)}): the limit is 1 MB` };
      return { ...base, content: await readText(file), problem: null };
    }),
  );
}

/** Adds newly picked files, a file picked again (same name) replacing the earlier one. */
export function mergePicked(current: PickedFile[], added: PickedFile[]): PickedFile[] {
  const names = new Set(added.map((file) => file.name));
  return [...current.filter((file) => !names.has(file.name)), ...added];
}
