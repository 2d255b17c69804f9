import { decryptExport, encryptExport, minPbkdf2Iterations } from '@/utils/core/export/crypto';
import { encryptedExportSchema } from '@/utils/core/export/envelope';

describe('passphrase encryption (AES-GCM, PBKDF2-SHA256)', () => {
  const plaintext = JSON.stringify({ hello: '回访', n: 1 });

  it('round-trips, with ≥600k iterations and a fresh salt and iv in the header', async () => {
    const a = await encryptExport(plaintext, { passphrase: 'correct horse', version: 2 });
    const b = await encryptExport(plaintext, { passphrase: 'correct horse', version: 2, iterations: 1000 });
    expect(a.encryption.iterations).toBeGreaterThanOrEqual(minPbkdf2Iterations);
    expect(b.encryption.iterations).toBe(minPbkdf2Iterations);
    expect(a.encryption.salt).not.toBe(b.encryption.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
    expect(atob(a.ciphertext)).not.toContain('hello');
    expect(await decryptExport(a, 'correct horse')).toEqual({ ok: true, plaintext });
  });

  it('says "wrong passphrase or damaged file" for a wrong passphrase, a flipped byte or an edited header', async () => {
    const sealed = await encryptExport(plaintext, { passphrase: 'pw-1', version: 2 });
    const bytes = atob(sealed.ciphertext);
    const flippedChar = String.fromCharCode(bytes.charCodeAt(5) ^ 0x01);
    const flipped = { ...sealed, ciphertext: btoa(bytes.slice(0, 5) + flippedChar + bytes.slice(6)) };
    const edited = { ...sealed, encryption: { ...sealed.encryption, iterations: sealed.encryption.iterations + 1 } };
    for (const [file, pass] of [
      [sealed, 'pw-2'],
      [flipped, 'pw-1'],
      [edited, 'pw-1'],
    ] as const) {
      expect(await decryptExport(file, pass)).toEqual({ ok: false, message: 'wrong passphrase or damaged file' });
    }
    expect(encryptedExportSchema.safeParse(sealed).success).toBe(true);
  });
});
