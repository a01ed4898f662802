/** Below the engine's argument limit for String.fromCharCode(...chunk). */
const chunkSize = 0x8000;

/** A file's bytes as the base64 the contract's file methods take. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
};
