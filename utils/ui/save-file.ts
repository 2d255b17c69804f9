/** Hands a built file to the browser's download (a click on a temporary link); `doc` is the page's document. */
export function saveFile(
  file: { text: string; fileName: string; mimeType: string } | { blob: Blob; fileName: string },
  doc: Document = document,
) {
  const blob = 'blob' in file ? file.blob : new Blob([file.text], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
