/** Offers text as a file download (saves, logs), without a server. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a user-chosen file as text, with a size cap so a wrong file cannot hang the page. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: `${file.name} is ${Math.round(file.size / 1024)} KB; at most ${Math.round(maxBytes / 1024)} KB can be opened`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      reason: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}
