import { encryptedExportSchema, type EncryptedExport, type EncryptionHeader, exportFormat } from './envelope';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; never lower. */
export const minPbkdf2Iterations = 600_000;
export const damagedMessage = 'wrong passphrase or damaged file';

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The clear header, bound to the ciphertext so that editing it (e.g. lowering iterations) breaks decryption. */
function additionalData(version: number, header: EncryptionHeader): Uint8Array<ArrayBuffer> {
  const { alg, kdf, iterations, salt, iv } = header;
  return new TextEncoder().encode(JSON.stringify({ format: exportFormat, version, alg, kdf, iterations, salt, iv }));
}

export interface EncryptOptions {
  passphrase: string;
  version: number;
  iterations?: number;
  /** Injected for tests; defaults to crypto.getRandomValues. */
  randomBytes?: (length: number) => Uint8Array<ArrayBuffer>;
}

/** Seals a plaintext export (the JSON text) under a passphrase. */
export async function encryptExport(plaintext: string, options: EncryptOptions): Promise<EncryptedExport> {
  if (!options.passphrase) throw new Error('A passphrase is required to encrypt an export.');
  const iterations = Math.max(options.iterations ?? minPbkdf2Iterations, minPbkdf2Iterations);
  const random = options.randomBytes ?? ((n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n)));
  const salt = random(16);
  const iv = random(12);
  const encryption: EncryptionHeader = {
    alg: 'AES-GCM',
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: bytesToBase64(salt),
    iv: bytesToBase64(iv),
  };
  const key = await deriveKey(options.passphrase, salt, iterations);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(options.version, encryption) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return {
    format: exportFormat,
    version: options.version,
    encryption,
    ciphertext: bytesToBase64(new Uint8Array(sealed)),
  };
}

export type DecryptResult = { ok: true; plaintext: string } | { ok: false; message: string };

/** Opens a sealed export; any failure (wrong passphrase, flipped byte, edited header) reads the same. */
export async function decryptExport(sealed: EncryptedExport, passphrase: string): Promise<DecryptResult> {
  const checked = encryptedExportSchema.safeParse(sealed);
  if (!checked.success) return { ok: false, message: damagedMessage };
  try {
    const { encryption, version } = checked.data;
    const key = await deriveKey(passphrase, base64ToBytes(encryption.salt), encryption.iterations);
    const opened = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(encryption.iv), additionalData: additionalData(version, encryption) },
      key,
      base64ToBytes(checked.data.ciphertext),
    );
    return { ok: true, plaintext: new TextDecoder('utf-8', { fatal: true }).decode(opened) };
  } catch {
    return { ok: false, message: damagedMessage };
  }
}
