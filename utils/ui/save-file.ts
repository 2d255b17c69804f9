/** Hands a built file to the browser's download (a click on a temporary link); `doc` is the page's document. */
export function saveFile(file: { text: string; fileName: string; mimeType: string }, doc: Document = document) {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.fileName;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
